import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type DocumentKind =
  | 'denial_letter'
  | 'eob'
  | 'remittance_835'
  | 'medical_record'
  | 'policy'
  | 'letter'
  | 'exhibit_packet'
  | 'recording'
  | 'other';
export type DocumentStatus = 'ready' | 'needs_ocr' | 'processing' | 'failed';

@Entity('documents')
export class DocumentEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') kind!: DocumentKind;
  @Column('text', { nullable: true }) filename!: string | null;
  @Column('text') mime!: string;
  @Column('text') sha256!: string;
  @Column('bigint', {
    name: 'size_bytes',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  sizeBytes!: number;
  @Column('int', { nullable: true }) pages!: number | null;
  @Column('jsonb', { name: 'page_text', nullable: true }) pageText!: string[] | null;
  @Column('text') status!: DocumentStatus;
  @Column('text', { name: 'storage_key', nullable: true }) storageKey!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
