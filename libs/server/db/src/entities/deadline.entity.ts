import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DayType } from '@claimlane/shared-contracts';

/**
 * `needs_date`: the rule applies but its anchor date is unknown; the row has no due values and is
 * never timed, reminded or missed until the date is supplied (then it becomes `open`).
 */
export type DeadlineStatus = 'open' | 'met' | 'missed' | 'extended' | 'cancelled' | 'needs_date';

@Entity('deadlines')
export class DeadlineEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') kind!: string;
  @Column('text', { nullable: true }) label!: string | null;
  /**
   * The instant the deadline ends (end of the due day in the case's time zone for date deadlines);
   * null exactly when the status is `needs_date`.
   */
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  /** The due value as the engine computed it: an ISO date, or a date-time for hour clocks. */
  @Column('text', { name: 'due_text', nullable: true }) dueText!: string | null;
  @Column('text', { name: 'anchor_event', nullable: true }) anchorEvent!: string | null;
  @Column('text', { name: 'anchor_date', nullable: true }) anchorDate!: string | null;
  @Column('text', { name: 'day_type', nullable: true }) dayType!: DayType | null;
  @Column('int', { nullable: true }) amount!: number | null;
  @Column('text', { name: 'rule_id', nullable: true }) ruleId!: string | null;
  @Column('text', { nullable: true }) citation!: string | null;
  @Column('jsonb') assumptions!: string[];
  @Column('text') status!: DeadlineStatus;
  /** Whose clock this is: the member's filing windows, the payer's decision clocks, a reviewer's. */
  @Column('text') party!: 'member' | 'payer' | 'reviewer';
  @Column('jsonb', { nullable: true }) extension!: Record<string, unknown> | null;
  /** For `needs_date`: the question whose answer (a date) times the deadline. */
  @Column('text', { nullable: true }) question!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
