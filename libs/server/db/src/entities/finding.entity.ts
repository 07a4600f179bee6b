import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('findings')
export class FindingEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'denial_id' }) denialId!: string;
  @Column('text') code!: string;
  @Column('text') kind!: string;
  @Column('text') severity!: 'high' | 'medium' | 'low';
  @Column('text', { nullable: true }) element!: string | null;
  @Column('text', { nullable: true }) citation!: string | null;
  @Column('text') explanation!: string;
  @Column('int', { name: 'span_start', nullable: true }) spanStart!: number | null;
  @Column('int', { name: 'span_end', nullable: true }) spanEnd!: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
