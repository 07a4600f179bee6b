import { appendTimelineEvent } from '@claimlane/server-db';
import type { EntityManager } from 'typeorm';
import type { CallFinding, CallSummary, TranscriptTurn } from '@claimlane/domain-record-call';
import type { CallContext } from './record-calls.repository';

/** What a finished call produced, computed before the transaction (redacted, encrypted, stored). */
export interface PreparedCall {
  ctx: CallContext;
  outcome: 'completed' | 'callback_promised' | 'consent_refused';
  providerCallId: string;
  startedAt: Date;
  endedAt: Date;
  transcript: TranscriptTurn[] | null;
  ciphertext: Buffer | null;
  keyId: string | null;
  summary: CallSummary | null;
  findings: CallFinding[];
  representative: string | null;
  recording: { sha256: string; size: number; mime: string; storageKey: string } | null;
}

const TOPIC_LABEL: Record<string, string> = {
  specificReason: 'Reason',
  planProvision: 'Plan provision',
  criteriaApplied: 'Criteria',
  reviewerName: 'Reviewer',
  reviewerCredentials: 'Credentials',
  recordsReviewed: 'Records reviewed',
  appealDeadline: 'Appeal deadline',
  appealSubmission: 'Send appeals to',
};

/** The contact-log line: answers as said (already redacted), refusals named. */
export function contactSummary(s: CallSummary): string {
  const parts: string[] = [];
  for (const [key, label] of Object.entries(TOPIC_LABEL)) {
    const f = s[key as keyof CallSummary] as { status: string; value: string | null } | null;
    if (f?.status === 'answered' && f.value) parts.push(`${label}: ${f.value}`);
  }
  for (const r of s.refusals)
    parts.push(
      `Refused: ${r.topic.replace(/_/g, ' ')}${r.proprietary ? ' (called proprietary)' : ''}`,
    );
  if (s.callback) parts.push('A call-back was promised');
  const text = parts.join(' | ') || `Call ended: ${s.outcome}`;
  return text.slice(0, 8000);
}

/**
 * Writes every output of a finished call in the job's transaction: all of it or none. Guarded by the
 * call's status, so a retried or duplicated job that reaches here again writes nothing twice.
 * Returns false when the call was already finished.
 */
export async function writeCallOutputs(
  m: EntityManager,
  tenantId: string,
  p: PreparedCall,
): Promise<boolean> {
  const call = p.ctx.call;
  const [, updated]: [unknown[], number] = await m.query(
    `update record_calls set status = 'completed', outcome = $2, provider_call_id = $3,
       transcript_redacted = $4, transcript_ciphertext = $5, transcript_key_id = $6, summary = $7,
       reference_numbers = $8, started_at = $9, ended_at = $10, error_code = null, updated_at = now()
     where id = $1 and status = 'in_progress'`,
    [
      call.id,
      p.outcome,
      p.providerCallId,
      p.transcript ? JSON.stringify(p.transcript) : null,
      p.ciphertext,
      p.keyId,
      p.summary ? JSON.stringify(p.summary) : null,
      p.summary?.referenceNumbers.map((r) => r.value) ?? [],
      p.startedAt,
      p.endedAt,
    ],
  );
  if (updated === 0) return false;

  if (p.recording) {
    const docs: Array<{ id: string }> = await m.query(
      `insert into documents (tenant_id, kind, filename, mime, sha256, size_bytes, status, storage_key, created_by)
       values ($1, 'recording', $2, $3, $4, $5, 'ready', $6, $7)
       on conflict (tenant_id, sha256) do update set storage_key = excluded.storage_key
       returning id`,
      [
        tenantId,
        `record-call-${call.id}.wav`,
        p.recording.mime,
        p.recording.sha256,
        p.recording.size,
        p.recording.storageKey,
        call.requestedBy,
      ],
    );
    const docId = docs[0]!.id;
    await m.query(`update record_calls set recording_document_id = $2 where id = $1`, [
      call.id,
      docId,
    ]);
    await m.query(
      `insert into case_documents (tenant_id, case_id, document_id, kind, title, document_date, created_by)
       values ($1, $2, $3, 'call_record', $4, $5::date, $6)
       on conflict (tenant_id, case_id, document_id) do nothing`,
      [
        tenantId,
        call.caseId,
        docId,
        `Record Call recording ${p.startedAt.toISOString().slice(0, 10)}`,
        p.startedAt.toISOString().slice(0, 10),
        call.requestedBy,
      ],
    );
  }

  if (p.findings.length > 0) {
    // A later call on the same case updates the call findings instead of stacking duplicates.
    await m.query(
      `delete from findings where denial_id = $1 and kind = 'record_call' and code = any($2)`,
      [p.ctx.denialId, p.findings.map((f) => f.code)],
    );
    await m.query(
      `insert into findings (tenant_id, denial_id, code, kind, severity, element, citation, explanation)
       select $1, $2, f.code, f.kind, f.severity, f.element, null, f.explanation
       from jsonb_to_recordset($3::jsonb) as f(code text, kind text, severity text, element text, explanation text)`,
      [tenantId, p.ctx.denialId, JSON.stringify(p.findings)],
    );
  }

  if (p.summary) {
    await m.query(
      `insert into carrier_contacts (tenant_id, case_id, channel, occurred_at, representative, reference_number, summary, source, created_by)
       values ($1, $2, 'phone', $3, $4, $5, $6, 'record_call', $7)`,
      [
        tenantId,
        call.caseId,
        p.startedAt,
        p.representative,
        p.summary.referenceNumbers[0]?.value ?? null,
        `Record Call. ${contactSummary(p.summary)}`,
        call.requestedBy,
      ],
    );
  }

  const refs = p.summary?.referenceNumbers.map((r) => r.value) ?? [];
  const headline =
    p.outcome === 'consent_refused'
      ? 'Record Call ended: the representative did not consent to recording'
      : `Record Call ${p.outcome === 'callback_promised' ? 'ended with a promised call-back' : 'completed'}${refs.length ? `; reference ${refs.join(', ')}` : ''}`;
  await appendTimelineEvent(m, {
    tenantId,
    caseId: call.caseId,
    kind: 'record_call_completed',
    summary: headline,
    data: {
      callId: call.id,
      outcome: p.outcome,
      referenceNumbers: refs,
      refusals: p.summary?.refusals.map((r) => r.topic) ?? [],
      findings: p.findings.map((f) => f.code),
    },
    dedupeKey: `record-call:${call.id}:completed`,
  });
  const recipient = p.ctx.assigneeUserId ?? call.requestedBy;
  if (recipient)
    await m.query(
      `insert into notifications (tenant_id, user_id, case_id, kind, title, body, dedupe_key)
       values ($1, $2, $3, 'record_call_completed', $4, $5, $6)
       on conflict (tenant_id, user_id, dedupe_key) do nothing`,
      [
        tenantId,
        recipient,
        call.caseId,
        'Record Call finished',
        headline,
        `record-call:${call.id}:completed`,
      ],
    );
  return true;
}

/**
 * The failure side: the call row says why, the timeline says it happened; nothing else is written.
 * Returns when the call was requested (what the plan counted) the first time the call turns
 * `failed`, null when it had already ended: `failed` is final, so a caller refunding on a non-null
 * answer refunds each call once.
 */
export async function markCallFailed(
  m: EntityManager,
  tenantId: string,
  callId: string,
  code: string,
): Promise<{ requestedAt: Date } | null> {
  const [rows] = (await m.query(
    `update record_calls set status = 'failed', error_code = $2, ended_at = now(), updated_at = now()
     where id = $1 and status not in ('completed', 'failed')
     returning case_id as "caseId", created_at as "requestedAt"`,
    [callId, code.slice(0, 60)],
  )) as [Array<{ caseId: string; requestedAt: Date }>, number];
  const row = rows[0];
  if (!row) return null;
  await appendTimelineEvent(m, {
    tenantId,
    caseId: row.caseId,
    kind: 'record_call_failed',
    summary: `Record Call failed (${code}); nothing from the call was stored`,
    data: { callId, code },
    dedupeKey: `record-call:${callId}:failed`,
  });
  return { requestedAt: row.requestedAt };
}
