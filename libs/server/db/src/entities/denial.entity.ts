import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DenialCategory, Regime, ServiceType } from '@claimlane/shared-contracts';
import { numericToNumber } from './column-transformers';

@Entity('denials')
export class DenialEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'claim_id', nullable: true }) claimId!: string | null;
  @Column('uuid', { name: 'payer_id', nullable: true }) payerId!: string | null;
  @Column('uuid', { name: 'source_document_id', nullable: true }) sourceDocumentId!: string | null;
  @Column('date', { name: 'notice_date', nullable: true }) noticeDate!: string | null;
  @Column('date', { name: 'received_date', nullable: true }) receivedDate!: string | null;
  @Column('text', { name: 'stated_reason', nullable: true }) statedReason!: string | null;
  @Column('text', { array: true }) carc!: string[];
  @Column('text', { array: true }) rarc!: string[];
  @Column('text') category!: DenialCategory;
  @Column('text') regime!: Regime;
  @Column('text', { name: 'service_type', nullable: true }) serviceType!: ServiceType | null;
  @Column('numeric', { name: 'denied_amount', nullable: true, transformer: numericToNumber })
  deniedAmount!: number | null;
  @Column('text', { name: 'letter_text', nullable: true, select: false }) letterText!:
    string | null;
  @Column('jsonb', { nullable: true }) analysis!: Record<string, unknown> | null;
  @Column('timestamptz', { name: 'analyzed_at', nullable: true }) analyzedAt!: Date | null;
  @Column('text', { name: 'source_ref', nullable: true }) sourceRef!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
