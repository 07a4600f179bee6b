import { escalationOptions } from '@claimlane/domain-deadlines';
import type { LevelKind, Regime } from '@claimlane/shared-contracts';
import { AppealCaseEntity, TenantContext } from '@claimlane/server-db';
import { Errors } from '@claimlane/server-common';

/**
 * A case goes up only to a next level of its regime's path (domain data with citations), and only
 * once that step's conditions hold: a decision upheld, or the payer's clock run out (deemed
 * exhaustion). An MA case is not at the ALJ seconds after submission; an ERISA case never goes to a
 * state fair hearing. Refusals answer CONFLICT with the next levels the path allows now.
 */
export async function assertNextLevel(
  c: AppealCaseEntity,
  to: LevelKind,
  asserted: { amountInControversyMet?: boolean },
): Promise<void> {
  const [d]: Array<{ regime: Regime }> = await TenantContext.manager().query(
    `select regime from denials where id = $1`,
    [c.denialId],
  );
  const regime = d?.regime ?? 'unknown';
  const options = escalationOptions(regime, c.levelKind, {
    decisionUpheld: c.outcome === 'upheld' || c.outcome === 'partially_overturned',
    payerClockExpired: c.payerLateSince !== null,
    amountInControversyMet: asserted.amountInControversyMet === true,
  });
  const chosen = options.find((o) => o.step.to === to);
  if (chosen?.allowed) return;
  const allowedNextLevels = options.filter((o) => o.allowed).map((o) => o.step.to);
  const reason = chosen
    ? `${chosen.step.description} needs ${chosen.missing.join(' and ').replace(/_/g, ' ')} (${chosen.step.citation})`
    : regime === 'unknown'
      ? 'The plan type is unknown: set the regime on the denial before escalating'
      : `${to.replace(/_/g, ' ')} is not a next level after ${c.levelKind.replace(/_/g, ' ')} under ${regime.replace(/_/g, ' ')} rules`;
  throw Errors.conflict(reason, {
    reason: chosen ? 'ESCALATION_PRECONDITION' : 'NOT_NEXT_LEVEL',
    allowedNextLevels,
    pathNextLevels: options.map((o) => ({
      levelKind: o.step.to,
      allowedNow: o.allowed,
      missing: o.missing,
      citation: o.step.citation,
    })),
  });
}
