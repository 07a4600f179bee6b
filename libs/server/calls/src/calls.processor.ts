import { createHash } from 'node:crypto';
import { Inject, Optional } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { DelayedError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  callFindings,
  isWithinBusinessHours,
  nextOpening,
  summarizeCall,
} from '@claimlane/domain-record-call';
import { redactText } from '@claimlane/domain-redaction';
import { callJobSchema } from '@claimlane/shared-contracts';
import { REDIS } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import { objectKeyFor, tenantObjectStore, type ObjectStore } from '@claimlane/server-documents';
import { queueNotificationEmails } from '@claimlane/server-notifications';
import {
  JobProducer,
  PermanentJobError,
  RetryableJobError,
  TenantJobDeps,
  TenantJobProcessor,
  type JobErrorInfo,
  type TenantJob,
} from '@claimlane/server-queue';
import { CALL_PROVIDER, CallProviderError, type CallProvider } from './call-provider.port';
import { acquirePayerLine, releasePayerLine } from './call-limits';
import { knownIdentifiersFor, scriptInputFor } from './record-call-plan';
import { markCallFailed, writeCallOutputs, type PreparedCall } from './record-call-outputs';
import { hoursOf, loadCallContext } from './record-calls.repository';
import { CALL_ENTITLEMENTS, type CallEntitlements } from './record-call.service';
import { runCall } from './run-call';
import { TranscriptCipher, transcriptAad } from './transcript-cipher';

/**
 * The `calls` queue: places one Record Call per job. Before the job's transaction (prepare) it marks
 * the call in progress, holds the payer line, runs the conversation, redacts, encrypts and stores the
 * recording; then (handle) writes every output in one transaction. A hang-up mid-answer fails the
 * call with CALL_DISCONNECTED and writes none of the outputs.
 */
@Processor('calls')
export class CallsProcessor extends TenantJobProcessor<
  'calls',
  PreparedCall | null,
  { written: boolean }
> {
  protected readonly queue = 'calls';
  private readonly cipher: TranscriptCipher;
  private readonly store: ObjectStore;

  constructor(
    deps: TenantJobDeps,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CALL_PROVIDER) private readonly provider: CallProvider,
    private readonly producer: JobProducer,
    // Absent in processes without billing (a bare CallsWorkerModule): then nothing is refunded.
    @Optional()
    @Inject(CALL_ENTITLEMENTS)
    private readonly entitlements: CallEntitlements | null = null,
  ) {
    super(deps);
    this.cipher = TranscriptCipher.fromConfig(deps.config);
    this.store = tenantObjectStore(deps.config, deps.db);
  }

  protected override concurrency(): number {
    return 4;
  }

  /**
   * Business hours and the one-call-per-line rule are checked before the wrapper runs, so a job
   * that must wait is delayed (BullMQ DelayedError) without spending an attempt.
   */
  override async process(
    job: Job,
    token?: string,
    signal?: AbortSignal,
  ): Promise<{ written: boolean }> {
    const parsed = callJobSchema.safeParse(job.data);
    if (!parsed.success || !token) return super.process(job, token, signal);
    const { tenantId, callId } = parsed.data;
    const line = await this.deps.db.runInTenantTx(tenantId, async (m) => {
      const rows: Array<{ status: string; phoneId: string }> = await m.query(
        `select status, payer_phone_id as "phoneId" from record_calls where id = $1`,
        [callId],
      );
      const r = rows[0];
      if (!r || r.status === 'completed' || r.status === 'failed') return null;
      const ctx = await loadCallContext(m, callId);
      return ctx ? { phoneId: r.phoneId, hours: hoursOf(ctx.phone) } : null;
    });
    if (!line) return super.process(job, token, signal);
    const now = new Date();
    if (!isWithinBusinessHours(now, line.hours)) {
      await job.moveToDelayed(nextOpening(now, line.hours).getTime(), token);
      throw new DelayedError();
    }
    const ttl = this.deps.config.RECORD_CALL_LINE_LOCK_MS;
    if (!(await acquirePayerLine(this.redis, tenantId, line.phoneId, callId, ttl))) {
      await job.moveToDelayed(Date.now() + this.deps.config.RECORD_CALL_LINE_RETRY_MS, token);
      throw new DelayedError();
    }
    try {
      return await super.process(job, token, signal);
    } finally {
      await releasePayerLine(this.redis, tenantId, line.phoneId, callId).catch(() => undefined);
    }
  }

  protected override async prepare(job: TenantJob<'calls'>): Promise<PreparedCall | null> {
    const { tenantId, callId } = job.data;
    const ctx = await this.deps.db.runInTenantTx(tenantId, async (m) => {
      const c = await loadCallContext(m, callId);
      if (!c) throw new PermanentJobError('CALL_NOT_FOUND', 'The Record Call no longer exists');
      if (c.call.status === 'completed' || c.call.status === 'failed') return null;
      if (!c.phone.active)
        throw new PermanentJobError(
          'PAYER_PHONE_NOT_ON_FILE',
          'The payer line is no longer on file; the call was not placed',
        );
      try {
        await m.query(
          `update record_calls set status = 'in_progress', attempts = attempts + 1,
             started_at = now(), updated_at = now() where id = $1`,
          [callId],
        );
      } catch (e) {
        if ((e as { code?: string }).code === '23505')
          throw new RetryableJobError('PAYER_LINE_BUSY', 'Another call holds this payer line');
        throw e;
      }
      return c;
    });
    if (!ctx) return null;
    const total = ctx.call.topics.length;
    await job.progress({ stage: 'calling', done: 0, total });

    let run;
    try {
      run = await runCall(
        this.provider,
        { callId, tenantId, to: ctx.phone.phoneE164 },
        scriptInputFor(ctx),
        job.signal,
      );
    } catch (e) {
      job.throwIfReturned();
      if (e instanceof CallProviderError) throw new RetryableJobError(e.code, e.message);
      throw e;
    }
    job.throwIfReturned();
    const script = run.script;
    if (script.outcome === 'disconnected')
      throw new PermanentJobError(
        'CALL_DISCONNECTED',
        'The payer line hung up before the call finished; nothing from the call was stored',
      );
    const outcome = script.outcome ?? 'completed';
    await job.progress({
      stage: 'redacting',
      done: script.outcomes.filter((o) => o.status !== 'not_asked').length,
      total,
    });
    if (outcome === 'consent_refused')
      // Someone who declined to be recorded leaves no transcript and no recording behind.
      return {
        ctx,
        outcome,
        providerCallId: run.providerCallId,
        startedAt: run.startedAt,
        endedAt: run.endedAt,
        transcript: null,
        ciphertext: null,
        keyId: null,
        summary: null,
        findings: [],
        representative: null,
        recording: null,
      };

    const known = knownIdentifiersFor(ctx);
    const transcript = script.turns.map((t) => ({ ...t, text: redactText(t.text, known).text }));
    const summary = summarizeCall(transcript, script.outcomes, {
      outcome,
      callbackTurn: script.callbackTurn,
      holds: script.holds,
      transfers: script.transfers,
    });
    let recording: PreparedCall['recording'] = null;
    if (run.recording) {
      const sha256 = createHash('sha256').update(run.recording.bytes).digest('hex');
      const storageKey = objectKeyFor(tenantId, sha256);
      // Content-addressed: a retried job writes the same object under the same key.
      await this.store.put(storageKey, run.recording.bytes, run.recording.mime);
      recording = {
        sha256,
        size: run.recording.bytes.length,
        mime: run.recording.mime,
        storageKey,
      };
    }
    return {
      ctx,
      outcome,
      providerCallId: run.providerCallId,
      startedAt: run.startedAt,
      endedAt: run.endedAt,
      transcript,
      ciphertext: this.cipher.encrypt(
        JSON.stringify(script.turns),
        transcriptAad(tenantId, callId),
      ),
      keyId: this.cipher.keyId,
      summary,
      findings: callFindings(summary),
      representative: representativeName(transcript),
      recording,
    };
  }

  protected override async handle(
    job: TenantJob<'calls'>,
    prepared: PreparedCall | null,
  ): Promise<{ written: boolean }> {
    if (!prepared) return { written: false };
    const written = await writeCallOutputs(TenantContext.manager(), job.tenantId, prepared);
    // The assignee's e-mail goes through the `notifications` queue once the outputs commit, so a
    // mail server that is down delays it (retries, then a dead letter) instead of losing it.
    if (written)
      await queueNotificationEmails(
        TenantContext.manager(),
        this.producer,
        job.tenantId,
        `record-call:${prepared.ctx.call.id}:completed`,
      );
    const total = prepared.ctx.call.topics.length;
    await job.progress({ stage: 'completed', done: total, total });
    return { written };
  }

  protected override async onDeadLetter(
    job: TenantJob<'calls'>,
    error: JobErrorInfo,
  ): Promise<void> {
    const failed = await markCallFailed(
      TenantContext.manager(),
      job.tenantId,
      job.data.callId,
      error.code,
    );
    // A call that never happened (no answer, busy, a machine, a hang-up, a line gone) is not charged:
    // the unit counted at request goes back, in the same transaction as the `failed` status.
    if (failed)
      await this.entitlements?.refundEntitlement(
        job.tenantId,
        'record_calls',
        1,
        failed.requestedAt,
      );
  }
}

/** "…, this is Karen." — payer staff introduce themselves by first name; kept for the contact log. */
function representativeName(turns: Array<{ speaker: string; text: string }>): string | null {
  for (const t of turns) {
    if (t.speaker !== 'representative') continue;
    const m = /\b[Tt]his is ([A-Z][a-z]+)\b/.exec(t.text);
    if (m) return m[1]!;
  }
  return null;
}
