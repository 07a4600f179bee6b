import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { numericToNumber } from './column-transformers';

@Entity('claims')
export class ClaimEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'payer_id', nullable: true }) payerId!: string | null;
  @Column('uuid', { name: 'patient_id', nullable: true }) patientId!: string | null;
  @Column('text', { name: 'claim_number', nullable: true }) claimNumber!: string | null;
  @Column('text', { name: 'payer_claim_control_number', nullable: true }) payerClaimControlNumber!:
    string | null;
  @Column('date', { name: 'service_date_from', nullable: true }) serviceDateFrom!: string | null;
  @Column('date', { name: 'service_date_to', nullable: true }) serviceDateTo!: string | null;
  @Column('text', { name: 'cpt_hcpcs', array: true }) cptHcpcs!: string[];
  @Column('text', { array: true }) icd10!: string[];
  @Column('numeric', { name: 'billed_amount', nullable: true, transformer: numericToNumber })
  billedAmount!: number | null;
  @Column('numeric', { name: 'allowed_amount', nullable: true, transformer: numericToNumber })
  allowedAmount!: number | null;
  @Column('numeric', { name: 'paid_amount', nullable: true, transformer: numericToNumber })
  paidAmount!: number | null;
  @Column('numeric', {
    name: 'patient_responsibility',
    nullable: true,
    transformer: numericToNumber,
  })
  patientResponsibility!: number | null;
  @Column('text', { name: 'status_code', nullable: true }) statusCode!: string | null;
  @Column('text') source!: 'manual' | 'letter' | 'remittance_835';
  @Column('text', { name: 'source_ref', nullable: true }) sourceRef!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
