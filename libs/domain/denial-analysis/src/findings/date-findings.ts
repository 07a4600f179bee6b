import type { Finding } from '../record-check.types';
import { REGIME_CITATIONS } from './regime-citations.data';
import type { FindingContext } from './finding-context';

/**
 * Dates that cannot all be true. (Notice vs receipt and claim receipt vs notice are checked by the
 * deadline engine, which receives those dates.) A service dated after the notice is only
 * impossible for a claim already rendered; a pre-service request may well start later.
 */
export function dateFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const notice = ctx.noticeDate;
  if (!notice) return out;
  const preService =
    ctx.serviceType === 'pre_service' ||
    ctx.serviceType === 'urgent' ||
    ctx.serviceType === 'concurrent';
  if (!preService) {
    const later = ctx.serviceDates.filter((d) => d > notice);
    if (later.length > 0) {
      const f: Finding = {
        id: 'inconsistent_dates:service_after_notice',
        kind: 'inconsistent_dates',
        severity: 'medium',
        citation: REGIME_CITATIONS[ctx.regime].notice,
        explanation: `The date of service (${later.join(', ')}) is after the notice date (${notice}): a claim cannot be decided before the service it pays for. Ask the plan to confirm which claim and which dates this notice covers.`,
      };
      const span = ctx.x.fields.serviceDates?.spans?.[ctx.serviceDates.indexOf(later[0] as string)];
      if (span) f.span = span;
      out.push(f);
    }
  }
  const claimReceived = ctx.x.fields.claimReceivedDate;
  const firstService = [...ctx.serviceDates].sort()[0];
  if (claimReceived && firstService && !preService && claimReceived.value < firstService) {
    out.push({
      id: 'inconsistent_dates:claim_received_before_service',
      kind: 'inconsistent_dates',
      severity: 'low',
      citation: REGIME_CITATIONS[ctx.regime].notice,
      explanation: `The claim is shown as received (${claimReceived.value}) before the date of service (${firstService}).`,
      span: claimReceived.span,
    });
  }
  return out;
}
