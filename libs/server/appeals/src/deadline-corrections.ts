import type { EntityManager } from 'typeorm';
import {
  computeDeadlines,
  type ComputedDeadline,
  type DeadlineFacts,
  type PendingDeadline,
} from '@claimlane/domain-deadlines';
import { localDay, localIsoWithOffset } from '@claimlane/domain-appeal-process';
import {
  appendTimelineEvent,
  cancelDeadline,
  insertComputedDeadlines,
  insertNeedsDateDeadlines,
  partyOf,
  refreshNextDeadline,
  replaceComputedDeadline,
  tenantTimeZone,
  untimeDeadline,
} from '@claimlane/server-db';

interface CaseRow {
  id: string;
  stage: string;
  level: number;
  submitted_at: Date | null;
  regime: string;
  service_type: string | null;
  notice_date: string | null;
  received_date: string | null;
  /** The window the letter states for the member's appeal (analysis fields.statedDeadline.value). */
  stated: { days: number; anchor: 'notice' | 'receipt'; purpose: string } | null;
  determination_level: string | null;
}
interface DeadlineRow {
  id: string;
  kind: string;
  party: string;
  status: string;
  due_text: string | null;
  rule_id: string | null;
  citation: string | null;
}

/** Member deadlines a case opens with; later levels' windows come from decisions, not the denial. */
const INITIAL_MEMBER_KINDS = new Set(['member_appeal_filing']);

/** The letter's own window for the first-level appeal survives a correction of the dates. */
function statedWindow(c: CaseRow): DeadlineFacts['statedWindow'] {
  const s = c.stated;
  if (!s || s.purpose !== 'plan_appeal' || c.determination_level === 'final_internal')
    return undefined;
  if (!Number.isInteger(s.days) || s.days < 0 || (s.anchor !== 'notice' && s.anchor !== 'receipt'))
    return undefined;
  return { days: s.days, anchor: s.anchor, appliesTo: 'member_appeal_filing' };
}

/**
 * After a correction of the denial (regime, notice or received date, service type) or a re-analysis:
 * recompute each open case's deadlines from the corrected facts. A deadline whose date, rule or
 * citation changed is updated in place (its id, and so its reminders' keys, stay) with the old values
 * kept on the timeline; one the facts no longer produce is cancelled; a new one is added. Returns the
 * cases whose deadlines changed, whose workflows must be told (after commit) so their timers move.
 */
export async function recomputeCaseDeadlines(
  m: EntityManager,
  tenantId: string,
  denialId: string,
  reason: string,
): Promise<string[]> {
  const cases: CaseRow[] = await m.query(
    `select c.id, c.stage, c.level, c.submitted_at, d.regime, d.service_type,
            d.notice_date::text as notice_date, d.received_date::text as received_date,
            d.analysis #> '{fields,statedDeadline,value}' as stated,
            d.analysis ->> 'determinationLevel' as determination_level
       from appeal_cases c join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
      where c.denial_id = $1 and c.stage <> 'closed'`,
    [denialId],
  );
  if (!cases.length) return [];
  const zone = await tenantTimeZone(m, tenantId);
  const changed: string[] = [];
  for (const c of cases) {
    const submitted = c.submitted_at ? localIsoWithOffset(new Date(c.submitted_at), zone) : null;
    const result = computeDeadlines({
      regime: c.regime as never,
      serviceType: (c.service_type ?? undefined) as never,
      noticeDate: c.notice_date ?? undefined,
      receivedDate: c.received_date ?? undefined,
      statedWindow: statedWindow(c),
      asOf: localDay(new Date(), zone),
    });
    // Before submission the member's first-level window; after it, the payer's clock for this level.
    let wanted: ComputedDeadline[] = result.deadlines.filter(
      (d) => partyOf(d.kind) === 'member' && INITIAL_MEMBER_KINDS.has(d.kind),
    );
    // Still no anchor date: the window stays (or goes back to) `needs_date`, never timed from today.
    let untimed: PendingDeadline[] = result.pending.filter((p) => INITIAL_MEMBER_KINDS.has(p.kind));
    const scope = new Set(INITIAL_MEMBER_KINDS);
    if (submitted) {
      const after = computeDeadlines({
        regime: c.regime as never,
        serviceType: (c.service_type ?? undefined) as never,
        noticeDate: c.notice_date ?? undefined,
        appealSubmittedAt: submitted,
        level: c.level,
        asOf: submitted.slice(0, 10),
      }).deadlines.filter((d) => d.kind === 'payer_appeal_decision');
      wanted = after;
      untimed = [];
      scope.clear();
      scope.add('payer_appeal_decision');
    }
    const existing: DeadlineRow[] = await m.query(
      `select id, kind, party, status, due_text, rule_id, citation from deadlines
        where case_id = $1 and kind = any($2) and status in ('open', 'missed', 'needs_date')`,
      [c.id, [...scope]],
    );
    let touched = false;
    const note = (kind: string, summary: string, data: object) =>
      appendTimelineEvent(m, {
        tenantId,
        caseId: c.id,
        kind,
        stage: c.stage,
        summary,
        data: { ...data, reason },
      });
    for (const row of existing) {
      const next = wanted.find((w) => w.kind === row.kind);
      const stillUntimed = untimed.find((p) => p.kind === row.kind);
      if (!next && stillUntimed) {
        if (
          row.status === 'needs_date' &&
          row.rule_id === stillUntimed.rule &&
          row.citation === stillUntimed.citation
        )
          continue;
        await untimeDeadline(m, row.id, stillUntimed);
        await note(
          'deadline_needs_date',
          `${row.kind} needs the notice date: ${stillUntimed.question} (${reason})`,
          {
            deadlineId: row.id,
            before: { due: row.due_text, rule: row.rule_id, citation: row.citation },
            after: { due: null, rule: stillUntimed.rule, citation: stillUntimed.citation },
          },
        );
        touched = true;
        continue;
      }
      if (!next) {
        await cancelDeadline(m, row.id);
        await note(
          'deadline_cancelled',
          `${row.kind} (${row.due_text ?? 'not timed'}) no longer applies after the correction (${reason})`,
          {
            deadlineId: row.id,
            before: { due: row.due_text, rule: row.rule_id, citation: row.citation },
          },
        );
        touched = true;
        continue;
      }
      if (next.due === row.due_text && next.rule === row.rule_id && next.citation === row.citation)
        continue;
      await replaceComputedDeadline(m, row.id, next, zone);
      await note(
        row.status === 'needs_date' ? 'deadline_timed' : 'deadline_recomputed',
        row.status === 'needs_date'
          ? `${row.kind} is now due ${next.due}, counted from the ${next.anchor.event.replace(/_/g, ' ')} ${next.anchor.date} under ${next.citation} (${reason})`
          : `${row.kind} moved from ${row.due_text} to ${next.due} after the correction (${reason})`,
        {
          deadlineId: row.id,
          before: { due: row.due_text, rule: row.rule_id, citation: row.citation },
          after: { due: next.due, rule: next.rule, citation: next.citation },
        },
      );
      touched = true;
    }
    const added = wanted.filter((w) => !existing.some((e) => e.kind === w.kind));
    const addedKinds = [...added, ...untimed]
      .map((x) => x.kind)
      .filter((k) => !existing.some((e) => e.kind === k));
    // A kind that was met, extended or cancelled already stays as it is.
    const settled: Array<{ kind: string }> = addedKinds.length
      ? await m.query(`select kind from deadlines where case_id = $1 and kind = any($2)`, [
          c.id,
          addedKinds,
        ])
      : [];
    const fresh = added.filter((a) => !settled.some((s) => s.kind === a.kind));
    if (fresh.length) {
      await insertComputedDeadlines(m, tenantId, c.id, fresh);
      for (const a of fresh)
        await note('deadline_added', `${a.kind} due ${a.due} after the correction (${reason})`, {
          after: { due: a.due, rule: a.rule, citation: a.citation },
        });
      touched = true;
    }
    const freshUntimed = untimed.filter(
      (p) =>
        !existing.some((e) => e.kind === p.kind) &&
        !settled.some((s) => s.kind === p.kind) &&
        !wanted.some((w) => w.kind === p.kind),
    );
    if (freshUntimed.length) {
      await insertNeedsDateDeadlines(m, tenantId, c.id, freshUntimed);
      for (const p of freshUntimed)
        await note('deadline_added', `${p.kind} needs the notice date (${reason})`, {
          after: { due: null, rule: p.rule, citation: p.citation },
        });
      touched = true;
    }
    if (touched) {
      await refreshNextDeadline(m, c.id);
      changed.push(c.id);
    }
  }
  return changed;
}
