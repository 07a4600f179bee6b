import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { Errors, LOGGER, assertUuid } from '@claimlane/server-common';
import { TenantContext, TenantDatabase } from '@claimlane/server-db';
import { OBJECT_STORE, objectKeyFor, type ObjectStore } from '@claimlane/server-documents';
import { ExhibitsService, requireCase, sql, one } from '@claimlane/server-evidence';
import { JobProducer } from '@claimlane/server-queue';
import { FileLinksService, type FileLink } from '../file-links.service';
import { LettersService } from '../letters.service';
import { buildPacket, PacketError } from './build-packet';
import { PacketInputsLoader } from './packet-inputs.loader';
import type { PacketManifest } from './packet.types';

export interface PacketRow {
  id: string;
  caseId: string;
  letterId: string | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  stage: string | null;
  totalPages: number | null;
  sha256: string | null;
  storageKey: string | null;
  manifest: PacketManifest | null;
  errorCode: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const SELECT = `select id, case_id as "caseId", letter_id as "letterId", status, progress, stage, total_pages as "totalPages",
  sha256, storage_key as "storageKey", manifest, error_code as "errorCode", created_at as "createdAt", finished_at as "finishedAt" from packets`;

/**
 * Packets are built as jobs on the `packets` BullMQ queue (enqueued after the request commits), with
 * progress written to the packet row (`packet(id)`) and to the job (`jobProgress(queue: packets)`).
 */
@Injectable()
export class PacketsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly letters: LettersService,
    private readonly exhibits: ExhibitsService,
    private readonly inputs: PacketInputsLoader,
    private readonly links: FileLinksService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly jobs: JobProducer,
  ) {}

  async get(id: string): Promise<PacketRow> {
    const row = await one<PacketRow>(`${SELECT} where id = $1`, [assertUuid(id, 'packetId')]);
    if (!row) throw Errors.notFound('Packet');
    return row;
  }

  /** The case's packets, newest first: a finished packet stays downloadable after a reload. */
  async listForCase(caseId: string, first: number): Promise<PacketRow[]> {
    await requireCase(caseId);
    return sql<PacketRow>(
      `${SELECT} where case_id = $1 order by created_at desc, id desc limit $2`,
      [caseId, first],
    );
  }

  link(p: PacketRow): FileLink | null {
    if (p.status !== 'done' || !p.storageKey) return null;
    return this.links.issue({
      key: p.storageKey,
      kind: 'packet',
      id: p.id,
      mime: 'application/pdf',
      name: `packet-${p.id.slice(0, 8)}.pdf`,
    });
  }

  /** Queues a packet for the case (cover letter = the given letter, else the case's latest appeal letter). */
  async request(caseId: string, letterId: string | null): Promise<PacketRow> {
    await requireCase(caseId);
    const letter = letterId
      ? await this.letters.get(letterId)
      : ((await this.letters.list(caseId)).filter((l) => l.kind !== 'claim_file_request').pop() ??
        null);
    if (!letter || letter.caseId !== caseId)
      throw Errors.badInput('Generate the cover letter first', { reason: 'LETTER_REQUIRED' });
    const exhibits = await this.exhibits.list(caseId);
    if (exhibits.length === 0)
      throw Errors.badInput('Create at least one exhibit first', { reason: 'NO_EXHIBITS' });
    // Every exhibit in a packet is sealed: the manifest carries the seal, and the exhibit can never change.
    for (const e of exhibits) if (!e.sealedAt) await this.exhibits.seal(e.id);
    const rows = await sql<{ id: string }>(
      `insert into packets (tenant_id, case_id, letter_id, created_by, stage) values ($1, $2, $3, $4, 'queued') returning id`,
      [TenantContext.tenantId(), caseId, letter.id, TenantContext.current().userId],
    );
    const id = rows[0]!.id;
    // The build runs on the `packets` queue once this transaction commits.
    this.jobs.enqueueAfterCommit('packets', {
      tenantId: TenantContext.tenantId(),
      idempotencyKey: id,
      packetId: id,
      requestedBy: TenantContext.current().userId,
    });
    return this.get(id);
  }

  /** Builds one packet; never throws (failures land on the row as error_code). */
  async run(
    tenantId: string,
    packetId: string,
    userId: string | null,
    onProgress: (percent: number, stage: string) => Promise<void> = () => Promise.resolve(),
  ): Promise<void> {
    const progress = async (pct: number, stage: string) => {
      await onProgress(pct, stage);
      await this.db.runInTenantTx(
        tenantId,
        (m) =>
          m.query(
            `update packets set progress = $2, stage = $3 where id = $1 and status = 'running'`,
            [packetId, pct, stage],
          ),
        { userId },
      );
    };
    try {
      const input = await this.db.runInTenantTx(
        tenantId,
        async () => {
          const p = await this.get(packetId);
          await sql(
            `update packets set status = 'running', progress = 1, stage = 'loading' where id = $1`,
            [packetId],
          );
          return this.inputs.load(p.caseId, p.letterId!, new Date().toISOString().slice(0, 10));
        },
        { userId },
      );
      let last = 0;
      const built = await buildPacket(input, async (pct, stage) => {
        // A progress row per 10 %: enough for a bar, few enough writes for a 2,000-page packet.
        if (pct - last >= 10 || pct === 100) {
          last = pct;
          await progress(Math.min(pct, 99), stage);
        }
      });
      const key = objectKeyFor(tenantId, built.sha256);
      await this.store.put(key, Buffer.from(built.bytes), 'application/pdf');
      await this.db.runInTenantTx(
        tenantId,
        (m) =>
          m.query(
            `update packets set status = 'done', progress = 100, stage = 'done', total_pages = $2, sha256 = $3,
               storage_key = $4, manifest = $5::jsonb, finished_at = now() where id = $1`,
            [packetId, built.totalPages, built.sha256, key, JSON.stringify(built.manifest)],
          ),
        { userId },
      );
      await onProgress(100, 'done');
    } catch (e) {
      const code =
        e instanceof PacketError
          ? e.code
          : typeof (e as { extensions?: { reason?: unknown } }).extensions?.reason === 'string'
            ? String((e as { extensions: { reason: string } }).extensions.reason)
            : 'PACKET_FAILED';
      this.logger.warn(
        { event: 'packet.failed', packetId, code, errName: (e as Error).name },
        'packet build failed',
      );
      await this.db
        .runInTenantTx(
          tenantId,
          (m) =>
            m.query(
              `update packets set status = 'failed', error_code = $2, finished_at = now() where id = $1`,
              [packetId, code],
            ),
          { userId },
        )
        .catch(() => undefined);
    }
  }
}
