import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import { nextOpening, type TranscriptTurn } from '@claimlane/domain-record-call';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantContext, appendTimelineEvent, insertAuditEvent } from '@claimlane/server-db';
import { Errors, REDIS, assertUuid, type RequestAuth } from '@claimlane/server-common';
import { JobProducer } from '@claimlane/server-queue';
import { CallErrors } from './call-errors';
import { callLimitsFor, returnCallSlots, takeCallSlots } from './call-limits';
import { planTopics } from './record-call-plan';
import {
  RecordCallsRepository,
  hoursOf,
  type CallContext,
  type RecordCallRow,
} from './record-calls.repository';
import { TranscriptCipher, transcriptAad } from './transcript-cipher';

/** Counts a Record Call against the plan (the billing entitlement service implements it). */
export interface CallEntitlements {
  assertWithinEntitlement(
    tenantId: string,
    metric: 'record_calls',
    amount?: number,
  ): Promise<unknown>;
  /** Gives back a call counted at `countedAt` that failed (the worker, once per call). */
  refundEntitlement(
    tenantId: string,
    metric: 'record_calls',
    amount: number,
    countedAt: Date,
  ): Promise<unknown>;
}
export const CALL_ENTITLEMENTS = Symbol('CALL_ENTITLEMENTS');

/**
 * Requesting and reading Record Calls. Runs in the operation's transaction (TenantContext); the call
 * itself is placed by the `calls` worker after commit.
 */
@Injectable()
export class RecordCallService {
  private readonly cipher: TranscriptCipher;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly jobs: JobProducer,
    @Optional()
    @Inject(CALL_ENTITLEMENTS)
    private readonly entitlements: CallEntitlements | null = null,
  ) {
    this.cipher = TranscriptCipher.fromConfig(config);
  }

  private get m(): EntityManager {
    return TenantContext.manager();
  }

  async request(auth: RequestAuth, caseId: string, payerPhoneId: string): Promise<RecordCallRow> {
    assertUuid(caseId, 'caseId');
    assertUuid(payerPhoneId, 'payerPhoneId');
    const tenantId = TenantContext.tenantId();
    const cases: Array<{
      payerId: string | null;
      category: string;
      analysis: CallContext['analysis'];
    }> = await this.m.query(
      `select c.payer_id as "payerId", d.category, d.analysis
         from appeal_cases c join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
         where c.id = $1 for update of c`,
      [caseId],
    );
    const kase = cases[0];
    if (!kase) throw Errors.notFound('Appeal case');
    const phone = await RecordCallsRepository.phone(this.m, payerPhoneId);
    if (!phone) throw CallErrors.phoneNotOnFile();
    if (!phone.active) throw CallErrors.phoneInactive();
    if (!kase.payerId) throw CallErrors.caseHasNoPayer();
    if (kase.payerId !== phone.payerId) throw CallErrors.phoneOtherPayer();
    const active = await RecordCallsRepository.activeCallForCase(this.m, caseId);
    if (active) throw CallErrors.callActive(active);

    const limits = callLimitsFor(tenantId, phone.payerId, {
      perTenantPerHour: this.config.RECORD_CALLS_PER_TENANT_PER_HOUR,
      perPayerPerHour: this.config.RECORD_CALLS_PER_PAYER_PER_HOUR,
    });
    const taken = await takeCallSlots(this.redis, limits);
    if (!taken.ok) throw CallErrors.limited(taken.limit, taken.retryAfterMs);
    try {
      // Counted in this transaction: a refused or rolled-back request uses none of the plan.
      await this.entitlements?.assertWithinEntitlement(tenantId, 'record_calls', 1);
      const now = new Date();
      const scheduledFor = nextOpening(now, hoursOf(phone));
      const call = await RecordCallsRepository.insertCall(this.m, tenantId, {
        caseId,
        payerPhoneId,
        provider: this.config.RECORD_CALL_PROVIDER,
        scheduledFor,
        topics: planTopics(kase.analysis, kase.category),
        consentStates: phone.state ? [phone.state] : [],
        requestedBy: auth.userId,
      });
      await appendTimelineEvent(this.m, {
        tenantId,
        caseId,
        kind: 'record_call_requested',
        summary:
          scheduledFor > now
            ? `Record Call requested; the payer line opens at ${scheduledFor.toISOString()}`
            : 'Record Call requested',
        data: { callId: call.id, payerPhoneId, topics: call.topics },
        dedupeKey: `record-call:${call.id}:requested`,
        actorUserId: auth.userId,
      });
      this.jobs.enqueueAfterCommit(
        'calls',
        { tenantId, idempotencyKey: call.id, callId: call.id },
        { delayMs: Math.max(0, scheduledFor.getTime() - now.getTime()) },
      );
      return call;
    } catch (e) {
      await returnCallSlots(this.redis, limits).catch(() => undefined);
      throw e;
    }
  }

  async get(id: string): Promise<RecordCallRow> {
    const call = await RecordCallsRepository.call(this.m, assertUuid(id));
    if (!call) throw Errors.notFound('Record call');
    await this.auditRead('recordCall.read', [call.id]);
    return call;
  }

  async forCase(caseId: string): Promise<RecordCallRow[]> {
    const id = assertUuid(caseId, 'caseId');
    const found: unknown[] = await this.m.query(`select 1 from appeal_cases where id = $1`, [id]);
    if (found.length === 0) throw Errors.notFound('Appeal case');
    const calls = await RecordCallsRepository.callsForCase(this.m, id);
    await this.auditRead(
      'recordCall.read',
      calls.map((c) => c.id),
    );
    return calls;
  }

  /** The unredacted words of a call: decrypted on demand, and every read is audited. */
  async unredactedTranscript(auth: RequestAuth, id: string): Promise<TranscriptTurn[]> {
    const callId = assertUuid(id);
    const tenantId = TenantContext.tenantId();
    const call = await RecordCallsRepository.call(this.m, callId);
    if (!call) throw Errors.notFound('Record call');
    const stored = await RecordCallsRepository.ciphertext(this.m, callId);
    if (!stored) throw CallErrors.noTranscript();
    if (stored.keyId !== this.cipher.keyId)
      throw Errors.conflict('The transcript was encrypted with a key this server does not hold');
    const turns = JSON.parse(
      this.cipher.decrypt(stored.blob, transcriptAad(tenantId, callId)),
    ) as TranscriptTurn[];
    await insertAuditEvent(this.m, {
      tenantId,
      actorUserId: auth.userId,
      actorApiKeyId: auth.apiKeyId,
      action: 'recordCall.transcript.unredacted.read',
      entityType: 'RecordCall',
      entityId: callId,
      meta: { turns: turns.length },
    });
    return turns;
  }

  private async auditRead(action: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const scope = TenantContext.current();
    if (!scope.tenantId) return;
    await insertAuditEvent(this.m, {
      tenantId: scope.tenantId,
      actorUserId: scope.userId,
      action,
      entityType: 'RecordCall',
      entityId: ids.length === 1 ? ids[0]! : null,
      entityIds: ids,
      meta: { count: ids.length },
    });
  }
}
