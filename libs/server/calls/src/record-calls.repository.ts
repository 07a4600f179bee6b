import type { EntityManager } from 'typeorm';
import type { BusinessHours, CallSummary, TranscriptTurn } from '@claimlane/domain-record-call';

/** One data-access module for Record Calls: the API service and the worker use the same queries. */

export interface PayerPhoneRow {
  id: string;
  payerId: string;
  label: string;
  phoneE164: string;
  timeZone: string;
  opens: string;
  closes: string;
  days: number[];
  state: string | null;
  active: boolean;
  createdAt: Date;
}

export type RecordCallStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

export interface RecordCallRow {
  id: string;
  caseId: string;
  payerPhoneId: string;
  status: RecordCallStatus;
  outcome: string | null;
  errorCode: string | null;
  provider: 'simulator' | 'twilio';
  providerCallId: string | null;
  scheduledFor: Date | null;
  topics: string[];
  consentStates: string[];
  transcriptRedacted: TranscriptTurn[] | null;
  summary: CallSummary | null;
  referenceNumbers: string[];
  recordingDocumentId: string | null;
  attempts: number;
  requestedBy: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
  createdAt: Date;
}

const PHONE_COLS = `id, payer_id as "payerId", label, phone_e164 as "phoneE164", time_zone as "timeZone",
  opens, closes, days, state, active, created_at as "createdAt"`;

const CALL_COLS = `id, case_id as "caseId", payer_phone_id as "payerPhoneId", status, outcome,
  error_code as "errorCode", provider, provider_call_id as "providerCallId", scheduled_for as "scheduledFor",
  topics, consent_states as "consentStates", transcript_redacted as "transcriptRedacted", summary,
  reference_numbers as "referenceNumbers", recording_document_id as "recordingDocumentId", attempts,
  requested_by as "requestedBy", started_at as "startedAt", ended_at as "endedAt", created_at as "createdAt"`;

export const hoursOf = (p: PayerPhoneRow): BusinessHours => ({
  timeZone: p.timeZone,
  opens: p.opens,
  closes: p.closes,
  days: p.days,
});

export const RecordCallsRepository = {
  async phone(m: EntityManager, id: string): Promise<PayerPhoneRow | null> {
    const rows: PayerPhoneRow[] = await m.query(
      `select ${PHONE_COLS} from payer_phones where id = $1`,
      [id],
    );
    return rows[0] ?? null;
  },

  async phones(m: EntityManager, payerId: string | null): Promise<PayerPhoneRow[]> {
    return m.query(
      `select ${PHONE_COLS} from payer_phones where ($1::uuid is null or payer_id = $1) order by label, id`,
      [payerId],
    );
  },

  async insertPhone(
    m: EntityManager,
    tenantId: string,
    p: Omit<PayerPhoneRow, 'id' | 'createdAt' | 'active'>,
    createdBy: string | null,
  ): Promise<PayerPhoneRow | null> {
    const rows: PayerPhoneRow[] = await m.query(
      `insert into payer_phones (tenant_id, payer_id, label, phone_e164, time_zone, opens, closes, days, state, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       on conflict (tenant_id, payer_id, phone_e164) do nothing
       returning ${PHONE_COLS}`,
      [
        tenantId,
        p.payerId,
        p.label,
        p.phoneE164,
        p.timeZone,
        p.opens,
        p.closes,
        p.days,
        p.state,
        createdBy,
      ],
    );
    return rows[0] ?? null;
  },

  async setPhoneActive(
    m: EntityManager,
    id: string,
    active: boolean,
  ): Promise<PayerPhoneRow | null> {
    const rows: [PayerPhoneRow[], number] = await m.query(
      `update payer_phones set active = $2 where id = $1 returning ${PHONE_COLS}`,
      [id, active],
    );
    return rows[0][0] ?? null;
  },

  async call(m: EntityManager, id: string): Promise<RecordCallRow | null> {
    const rows: RecordCallRow[] = await m.query(
      `select ${CALL_COLS} from record_calls where id = $1`,
      [id],
    );
    return rows[0] ?? null;
  },

  async callsForCase(m: EntityManager, caseId: string): Promise<RecordCallRow[]> {
    return m.query(
      `select ${CALL_COLS} from record_calls where case_id = $1 order by created_at desc, id`,
      [caseId],
    );
  },

  async activeCallForCase(m: EntityManager, caseId: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await m.query(
      `select id from record_calls where case_id = $1 and status in ('queued', 'in_progress') limit 1`,
      [caseId],
    );
    return rows[0]?.id ?? null;
  },

  async insertCall(
    m: EntityManager,
    tenantId: string,
    c: {
      caseId: string;
      payerPhoneId: string;
      provider: 'simulator' | 'twilio';
      scheduledFor: Date;
      topics: string[];
      consentStates: string[];
      requestedBy: string | null;
    },
  ): Promise<RecordCallRow> {
    const rows: RecordCallRow[] = await m.query(
      `insert into record_calls (tenant_id, case_id, payer_phone_id, provider, scheduled_for, topics, consent_states, requested_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       returning ${CALL_COLS}`,
      [
        tenantId,
        c.caseId,
        c.payerPhoneId,
        c.provider,
        c.scheduledFor,
        c.topics,
        c.consentStates,
        c.requestedBy,
      ],
    );
    return rows[0]!;
  },

  async ciphertext(m: EntityManager, id: string): Promise<{ blob: Buffer; keyId: string } | null> {
    const rows: Array<{ blob: Buffer | null; keyId: string | null }> = await m.query(
      `select transcript_ciphertext as blob, transcript_key_id as "keyId" from record_calls where id = $1`,
      [id],
    );
    const r = rows[0];
    return r?.blob && r.keyId ? { blob: r.blob, keyId: r.keyId } : null;
  },
};

/** Everything the worker needs to place a call, read in one statement. */
export interface CallContext {
  call: RecordCallRow;
  phone: PayerPhoneRow;
  tenantName: string;
  denialId: string;
  category: string;
  analysis: { disclosures?: Array<{ element: string; status: string }> } | null;
  assigneeUserId: string | null;
  claimNumber: string | null;
  serviceDate: string | null;
  patient: {
    firstName: string | null;
    lastName: string | null;
    dateOfBirth: string | null;
    memberId: string | null;
  } | null;
}

export async function loadCallContext(
  m: EntityManager,
  callId: string,
): Promise<CallContext | null> {
  const call = await RecordCallsRepository.call(m, callId);
  if (!call) return null;
  const phone = await RecordCallsRepository.phone(m, call.payerPhoneId);
  const rows: Array<
    Omit<CallContext, 'call' | 'phone' | 'patient'> & {
      firstName: string | null;
      lastName: string | null;
      dateOfBirth: string | null;
      memberId: string | null;
      patientId: string | null;
    }
  > = await m.query(
    `select t.name as "tenantName", c.denial_id as "denialId", d.category, d.analysis,
            c.assignee_user_id as "assigneeUserId", cl.claim_number as "claimNumber",
            to_char(cl.service_date_from, 'YYYY-MM-DD') as "serviceDate",
            p.id as "patientId", p.first_name as "firstName", p.last_name as "lastName",
            to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.member_id as "memberId"
     from appeal_cases c
     join tenants t on t.id = c.tenant_id
     join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
     left join claims cl on cl.tenant_id = c.tenant_id and cl.id = c.claim_id
     left join patients p on p.tenant_id = cl.tenant_id and p.id = cl.patient_id
     where c.id = $1`,
    [call.caseId],
  );
  const r = rows[0];
  if (!r || !phone) return null;
  return {
    call,
    phone,
    tenantName: r.tenantName,
    denialId: r.denialId,
    category: r.category,
    analysis: r.analysis,
    assigneeUserId: r.assigneeUserId,
    claimNumber: r.claimNumber,
    serviceDate: r.serviceDate,
    patient: r.patientId
      ? {
          firstName: r.firstName,
          lastName: r.lastName,
          dateOfBirth: r.dateOfBirth,
          memberId: r.memberId,
        }
      : null,
  };
}
