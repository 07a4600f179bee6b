/**
 * What a case counts as, written once for every place that counts cases (the worklist's stat cards in
 * worklist-stats.ts and the analytics in case-analytics.ts), so two screens never disagree on what
 * "open" or "recovered" means. Each is a condition on the alias `c` (appeal_cases).
 */
export const OPEN_CASE = `c.stage not in ('closed', 'overturned')`;
export const SUBMITTED_CASE = `c.stage in ('submitted', 'awaiting_decision')`;
/** The payer reversed the denial in full: the only outcome whose amount counts as recovered. */
export const FULLY_OVERTURNED = `c.outcome = 'overturned'`;
/** A decision on the appeal (withdrawn is not one). */
export const DECIDED = `c.outcome in ('overturned', 'partially_overturned', 'upheld')`;
/** Money recovered: amountAtStake of fully overturned cases (a partial overturn has no amount yet). */
export const RECOVERED_AMOUNT = `coalesce(sum(c.amount_at_stake) filter (where ${FULLY_OVERTURNED}), 0)`;
