import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AppealOutcome, AppealStage } from '@claimlane/shared-contracts';
import { numericToNumber } from './column-transformers';

export type AppealLevelKind =
  | 'internal_first'
  | 'internal_second'
  | 'external_review'
  | 'state_fair_hearing'
  | 'medicare_reconsideration'
  | 'alj'
  | 'other';

@Entity('appeal_cases')
export class AppealCaseEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'denial_id' }) denialId!: string;
  @Column('uuid', { name: 'claim_id', nullable: true }) claimId!: string | null;
  @Column('uuid', { name: 'payer_id', nullable: true }) payerId!: string | null;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('text') stage!: AppealStage;
  @Column('int') level!: number;
  @Column('text', { name: 'level_kind' }) levelKind!: AppealLevelKind;
  @Column('uuid', { name: 'assignee_user_id', nullable: true }) assigneeUserId!: string | null;
  @Column('numeric', { name: 'amount_at_stake', nullable: true, transformer: numericToNumber })
  amountAtStake!: number | null;
  @Column('text', { nullable: true }) outcome!: AppealOutcome | null;
  @Column('timestamptz', { name: 'next_deadline_at', nullable: true }) nextDeadlineAt!: Date | null;
  @Column('text', { name: 'workflow_id', nullable: true }) workflowId!: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('int') version!: number;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('text', { name: 'submission_channel', nullable: true }) submissionChannel!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @Column('timestamptz', { name: 'payer_late_since', nullable: true }) payerLateSince!: Date | null;
  @Column('timestamptz', { name: 'records_requested_at', nullable: true })
  recordsRequestedAt!: Date | null;
  @Column('timestamptz', { name: 'records_received_at', nullable: true })
  recordsReceivedAt!: Date | null;
  @Column('timestamptz', { name: 'criteria_received_at', nullable: true })
  criteriaReceivedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
