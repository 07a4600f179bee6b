import type { EntityManager } from 'typeorm';
import { computeDeadlines } from '@claimlane/domain-deadlines';
import { localIsoWithOffset } from '@claimlane/domain-appeal-process';
import type { Regime, ServiceType } from '@claimlane/shared-contracts';
import { Errors } from '@claimlane/server-common';

const DAY = 86_400_000;

export interface AllowedExtension {
  currentDueAt: Date;
  maxDueAt: Date;
  days: number;
  citation: string;
  condition: string;
}

/**
 * What the payer's rule lets a deadline be extended by (42 CFR 438.408(c) Medicaid 14 days, 29 CFR
 * 2560.503-1(f)(2)(iii) ERISA initial decisions 15 days with notice, 42 CFR 422.590(f) MA 14 days…),
 * from the deadline engine's rule data. The member's legal windows are never extended by the user:
 * a documented plan extension is a separate, cited fact. An extension is taken once.
 */
export async function allowedExtension(
  m: EntityManager,
  caseId: string,
  deadlineId: string,
): Promise<AllowedExtension> {
  const rows: Array<{
    kind: string;
    party: string;
    status: string;
    due_at: Date;
    base_due_at: Date | null;
    regime: Regime;
    service_type: ServiceType | null;
    notice_date: string | null;
    submitted_at: Date | null;
    level: number;
    time_zone: string;
  }> = await m.query(
    `select dl.kind, dl.party, dl.status, dl.due_at, dl.base_due_at, d.regime, d.service_type,
            d.notice_date::text as notice_date, c.submitted_at, c.level, t.time_zone
       from deadlines dl
       join appeal_cases c on c.tenant_id = dl.tenant_id and c.id = dl.case_id
       join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
       join tenants t on t.id = c.tenant_id
      where dl.id = $1 and dl.case_id = $2 and dl.status <> 'cancelled'`,
    [deadlineId, caseId],
  );
  const r = rows[0];
  if (!r) throw Errors.notFound('Deadline');
  if (r.party !== 'payer')
    throw Errors.badInput(
      "Only the payer's decision clocks can be extended. The member's window is set by law; if the plan documented a longer window, record it as a correction of the denial, with its source.",
      { reason: 'NOT_EXTENDABLE' },
    );
  if (r.base_due_at !== null)
    throw Errors.conflict('This deadline was already extended; a rule allows one extension', {
      reason: 'ALREADY_EXTENDED',
    });
  const submitted = r.submitted_at
    ? localIsoWithOffset(new Date(r.submitted_at), r.time_zone)
    : undefined;
  const computed = computeDeadlines({
    regime: r.regime,
    serviceType: r.service_type ?? undefined,
    noticeDate: r.notice_date ?? undefined,
    ...(submitted ? { appealSubmittedAt: submitted } : {}),
    level: r.level,
    asOf: (submitted ?? new Date().toISOString()).slice(0, 10),
  }).deadlines.find((d) => d.kind === r.kind);
  const ext = computed?.extension;
  if (!ext)
    throw Errors.badInput(
      `The ${r.regime.replace(/_/g, ' ')} rule for this deadline allows the payer no extension`,
      { reason: 'NO_EXTENSION_ALLOWED', citation: computed?.citation ?? null },
    );
  const currentDueAt = new Date(r.due_at);
  return {
    currentDueAt,
    // Counted from the clock's own due time (an hour clock stays an instant).
    maxDueAt: new Date(currentDueAt.getTime() + ext.amount * DAY),
    days: ext.amount,
    citation: ext.citation,
    condition: ext.condition,
  };
}
