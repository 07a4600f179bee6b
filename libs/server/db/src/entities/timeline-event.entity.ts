import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only case history (the runtime role may only INSERT and SELECT). */
@Entity('timeline_events')
export class TimelineEventEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') kind!: string;
  @Column('text', { nullable: true }) stage!: string | null;
  @Column('text') summary!: string;
  @Column('jsonb') data!: Record<string, unknown>;
  @Column('text', { name: 'dedupe_key', nullable: true }) dedupeKey!: string | null;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  /** When it happened, as the user gave it. */
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  /** When the server wrote it. */
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
}
