import { upsertPayer } from '@claimlane/server-db';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stream835Claims, type ClaimPayment, type X12Error } from '@claimlane/domain-x12';
import { claimSourceRef, denialOf } from './claim-denial';

export interface ImportProgress {
  claimsRead: number;
  deniedClaims: number;
}

export interface ImportSummary {
  claimsRead: number;
  deniedClaims: number;
  claimsCreated: number;
  denialsCreated: number;
  alreadyImported: number;
  totalCharge: number;
  totalPaid: number;
  totalDenied: number;
  payers: string[];
  /** Claims the parser refused (doubtful amounts, CLP02 outside the X12 list): reported, not imported. */
  rejectedClaims: number;
  /** Refused claims, warnings on kept claims (severity `warning`) and file-level problems. */
  errors: X12Error[];
}

const BATCH = 2000;

/** Errors that make the file as a whole untrustworthy: the import is refused and rolled back. */
const FILE_LEVEL_ERRORS = new Set(['X12_TRUNCATED', 'X12_BAD_ENVELOPE', 'X12_BAD_SEPARATORS']);

export class RemittanceRejectedError extends Error {
  constructor(readonly errors: X12Error[]) {
    super(`The 835 is incomplete or malformed: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'RemittanceRejectedError';
  }
}
const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * Streams an 835 and turns its denied and partly denied claims into Claim + Denial rows of the
 * current tenant, in the caller's transaction (so a file that fails midway leaves nothing behind).
 * A file that is truncated or has a broken envelope is refused (RemittanceRejectedError); a single bad
 * claim is skipped and reported while the rest import. Idempotent: a claim already imported (same
 * payer, control number and claim id) is skipped.
 */
export async function importRemittance(
  m: EntityManager,
  tenantId: string,
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    claimsRead: 0,
    deniedClaims: 0,
    claimsCreated: 0,
    denialsCreated: 0,
    alreadyImported: 0,
    totalCharge: 0,
    totalPaid: 0,
    totalDenied: 0,
    payers: [],
    rejectedClaims: 0,
    errors: [],
  };
  const payerIds = new Map<string, string>();
  let batch: ClaimPayment[] = [];

  const flush = async () => {
    if (!batch.length) return;
    await writeBatch(m, tenantId, batch, payerIds, summary);
    batch = [];
    onProgress?.({ claimsRead: summary.claimsRead, deniedClaims: summary.deniedClaims });
  };

  const gen = stream835Claims(source);
  for (;;) {
    const next = await gen.next();
    if (next.done) {
      summary.errors = [...next.value.errors];
      summary.rejectedClaims = new Set(
        summary.errors
          .filter((e) => e.claimId !== undefined && e.severity === undefined)
          .map((e) => e.claimId),
      ).size;
      break;
    }
    const claim = next.value;
    summary.claimsRead++;
    summary.totalCharge += claim.charge;
    summary.totalPaid += claim.paid;
    if (denialOf(claim)) {
      summary.deniedClaims++;
      batch.push(claim);
      if (batch.length >= BATCH) await flush();
    }
  }
  const fatal = summary.errors.filter((e) => FILE_LEVEL_ERRORS.has(e.code));
  // Claims already written in this transaction are rolled back by the caller when this throws.
  if (fatal.length) throw new RemittanceRejectedError(fatal);
  await flush();
  summary.totalCharge = cents(summary.totalCharge);
  summary.totalPaid = cents(summary.totalPaid);
  summary.totalDenied = cents(summary.totalDenied);
  summary.payers = [...payerIds.keys()];
  return summary;
}

async function payerId(
  m: EntityManager,
  tenantId: string,
  name: string,
  cache: Map<string, string>,
): Promise<string> {
  const known = cache.get(name);
  if (known) return known;
  const id = await upsertPayer(m, tenantId, name.slice(0, 300) || 'Unknown payer');
  cache.set(name, id);
  return id;
}

async function writeBatch(
  m: EntityManager,
  tenantId: string,
  claims: ClaimPayment[],
  payers: Map<string, string>,
  summary: ImportSummary,
): Promise<void> {
  const rows = [];
  for (const c of claims) {
    const d = denialOf(c)!;
    rows.push({
      c,
      d,
      ref: claimSourceRef(c),
      payer: await payerId(m, tenantId, c.payer.name, payers),
    });
  }
  const inserted: Array<{ id: string; source_ref: string }> = await m.query(
    `insert into claims (tenant_id, payer_id, claim_number, payer_claim_control_number, service_date_from, service_date_to,
                         cpt_hcpcs, billed_amount, paid_amount, patient_responsibility, status_code, source, source_ref)
     select $1, t.payer, t.num, t.pccn, t.dfrom, t.dto, coalesce(string_to_array(nullif(t.cpts, ''), ','), '{}'), t.charge, t.paid, t.pr, t.status, 'remittance_835', t.ref
     from unnest($2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[], $7::text[], $8::numeric[], $9::numeric[], $10::numeric[], $11::text[], $12::text[])
       as t(payer, num, pccn, dfrom, dto, cpts, charge, paid, pr, status, ref)
     on conflict (tenant_id, source_ref) where source_ref is not null do nothing
     returning id, source_ref`,
    [
      tenantId,
      rows.map((r) => r.payer),
      rows.map((r) => r.c.claimId.slice(0, 80)),
      rows.map((r) => r.c.payerClaimControlNumber?.slice(0, 80) ?? null),
      rows.map((r) => r.c.serviceDates?.from ?? null),
      rows.map((r) => r.c.serviceDates?.to ?? r.c.serviceDates?.from ?? null),
      rows.map((r) =>
        [
          ...new Set(r.c.serviceLines.filter((l) => l.qualifier === 'HC').map((l) => l.procedure)),
        ].join(','),
      ),
      rows.map((r) => r.c.charge),
      rows.map((r) => r.c.paid),
      rows.map((r) => r.c.patientResponsibility),
      rows.map((r) => r.c.status),
      rows.map((r) => r.ref),
    ],
  );
  summary.claimsCreated += inserted.length;
  summary.alreadyImported += rows.length - inserted.length;
  const claimIdByRef = new Map(inserted.map((r) => [r.source_ref, r.id]));
  const fresh = rows.filter((r) => claimIdByRef.has(r.ref));
  for (const r of fresh) summary.totalDenied += r.d.deniedAmount;
  if (!fresh.length) return;
  await attachPatients(
    m,
    tenantId,
    fresh.map((r) => ({ claimId: claimIdByRef.get(r.ref)!, claim: r.c })),
  );
  const denials: unknown[] = await m.query(
    `insert into denials (tenant_id, claim_id, payer_id, stated_reason, carc, rarc, category, regime, denied_amount, notice_date, source_ref)
     select $1, t.claim, t.payer, t.reason, coalesce(string_to_array(nullif(t.carc, ''), ','), '{}'), coalesce(string_to_array(nullif(t.rarc, ''), ','), '{}'), t.category, t.regime, t.denied, t.notice, t.ref
     from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::numeric[], $10::date[], $11::text[])
       as t(claim, payer, reason, carc, rarc, category, regime, denied, notice, ref)
     on conflict (tenant_id, source_ref) where source_ref is not null do nothing
     returning id`,
    [
      tenantId,
      fresh.map((r) => claimIdByRef.get(r.ref)!),
      fresh.map((r) => r.payer),
      fresh.map((r) => r.d.statedReason),
      fresh.map((r) => r.d.carc.join(',')),
      fresh.map((r) => r.d.rarc.join(',')),
      fresh.map((r) => r.d.category),
      fresh.map((r) => r.d.regime),
      fresh.map((r) => r.d.deniedAmount),
      // The remittance date is the notice date of a denial delivered by 835.
      fresh.map((r) => r.c.paymentDate ?? null),
      fresh.map((r) => r.ref),
    ],
  );
  summary.denialsCreated += denials.length;
}

/** Patients of newly imported claims only (so a re-import writes no PHI twice), one row per person. */
async function attachPatients(
  m: EntityManager,
  tenantId: string,
  items: Array<{ claimId: string; claim: ClaimPayment }>,
): Promise<void> {
  const people = new Map<string, number>();
  const first: Array<string | null> = [];
  const last: Array<string | null> = [];
  const member: Array<string | null> = [];
  const index = items.map(({ claim }) => {
    const p = claim.patient;
    if (!p) return -1;
    const key = `${p.last}|${p.first ?? ''}|${p.id ?? ''}`;
    let i = people.get(key);
    if (i === undefined) {
      i = last.length;
      people.set(key, i);
      first.push(p.first?.slice(0, 100) ?? null);
      last.push(p.last.slice(0, 100));
      member.push(p.id?.slice(0, 80) ?? null);
    }
    return i;
  });
  if (!last.length) return;
  // Ids are made here so each claim maps to its patient without relying on RETURNING order.
  const ids = last.map(() => randomUUID());
  await m.query(
    `insert into patients (tenant_id, id, first_name, last_name, member_id)
     select $1, * from unnest($2::uuid[], $3::text[], $4::text[], $5::text[])`,
    [tenantId, ids, first, last, member],
  );
  const linked = items
    .map((it, i) => ({ claimId: it.claimId, patientId: index[i]! >= 0 ? ids[index[i]!]! : null }))
    .filter((x) => x.patientId);
  await m.query(
    `update claims c set patient_id = t.patient from unnest($1::uuid[], $2::uuid[]) as t(claim, patient) where c.id = t.claim`,
    [linked.map((x) => x.claimId), linked.map((x) => x.patientId)],
  );
}
