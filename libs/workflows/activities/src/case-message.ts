import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, formatDue } from '@claimlane/domain-appeal-process';

export interface CaseMessageContext {
  title: string | null;
  payer: string | null;
  claimNumber: string | null;
  clinic: string;
  timeZone: string;
  deadlines: Array<{ dueAt: Date; dueText: string | null }>;
}

/** What a notification about a case needs to say which case it is (one query). */
export async function loadCaseMessageContext(
  m: EntityManager,
  caseId: string,
): Promise<CaseMessageContext | null> {
  const rows: Array<{
    title: string | null;
    payer: string | null;
    claim_number: string | null;
    clinic: string;
    time_zone: string | null;
    deadlines: Array<{ due_at: string; due_text: string | null }> | null;
  }> = await m.query(
    `select c.title, p.name as payer, cl.claim_number, t.name as clinic, t.time_zone,
            (select json_agg(json_build_object('due_at', d.due_at, 'due_text', d.due_text))
               from deadlines d where d.tenant_id = c.tenant_id and d.case_id = c.id and d.due_at is not null) as deadlines
       from appeal_cases c
       join tenants t on t.id = c.tenant_id
       left join payers p on p.tenant_id = c.tenant_id and p.id = c.payer_id
       left join claims cl on cl.tenant_id = c.tenant_id and cl.id = c.claim_id
      where c.id = $1`,
    [caseId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    title: r.title,
    payer: r.payer,
    claimNumber: r.claim_number,
    clinic: r.clinic,
    timeZone: r.time_zone ?? DEFAULT_TIME_ZONE,
    deadlines: (r.deadlines ?? []).map((d) => ({ dueAt: new Date(d.due_at), dueText: d.due_text })),
  };
}

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

/**
 * The workflow writes due times as UTC instants (it knows no zone); people read a date deadline as
 * its date in the clinic's zone ("Monday, September 14, 2026", never "2026-09-15T03:59:59Z"), and an
 * hour clock as a local time with its zone.
 */
export function localizeDueTimes(text: string, ctx: CaseMessageContext): string {
  return text.replace(INSTANT, (iso) => {
    const t = new Date(iso).getTime();
    const d = ctx.deadlines.find((x) => x.dueAt.getTime() === t);
    return formatDue(d?.dueText ?? null, new Date(t), ctx.timeZone);
  });
}

/** The lines that name the case, the clinic and link to it (no patient data in e-mail). */
export function caseFooter(ctx: CaseMessageContext, caseId: string, appUrl: string): string {
  const what = [
    ctx.title ? `Case: ${ctx.title}` : null,
    ctx.payer ? `Payer: ${ctx.payer}` : null,
    ctx.claimNumber ? `Claim: ${ctx.claimNumber}` : null,
  ].filter((x): x is string => x !== null);
  return [
    what.join(' · ') || 'Case without a title',
    `Clinic: ${ctx.clinic}`,
    `Open the case: ${appUrl.replace(/\/+$/, '')}/cases/${caseId}`,
  ].join('\n');
}
