import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the runtime role may only INSERT and SELECT (migration grants). */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('uuid', { name: 'actor_api_key_id', nullable: true }) actorApiKeyId!: string | null;
  @Column('text') action!: string;
  @Column('text', { name: 'entity_type', nullable: true }) entityType!: string | null;
  @Column('text', { name: 'entity_id', nullable: true }) entityId!: string | null;
  /** Reads: every record of `entityType` one operation returned (one row per operation and type). */
  @Column('uuid', { name: 'entity_ids', array: true, nullable: true }) entityIds!: string[] | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('jsonb') meta!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
