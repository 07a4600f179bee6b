import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { TenantKind } from '@claimlane/shared-contracts';

@Entity('tenants')
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: TenantKind;
  @Column('int', { name: 'seat_limit' }) seatLimit!: number;
  @Column('text') plan!: string;
  @Column('text') status!: 'active' | 'suspended' | 'closed' | 'deleted';
  /** Two-letter state of the clinic, when known (the time zone defaults from it). */
  @Column('text', { nullable: true }) state!: string | null;
  /** IANA zone: date deadlines end at 23:59:59 here and are shown as dates in it. */
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
