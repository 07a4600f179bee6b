import type { ClaimContext } from './claim-builder';
import type { ProviderAdjustment } from './remittance-envelope.types';
import type { X12Separators } from './separators';
import type { SegmentView } from './segment-view';
import { readReportedDate } from './transaction-header-reader';
import { x12Error, type X12Error } from './x12-error';

const PLB_PAIRS = 6;

function name(index: number): string {
  return `PLB${String(index).padStart(2, '0')}`;
}

/** Reads the up to six reason/amount pairs of a PLB; a bad pair is reported and skipped. */
export function readProviderAdjustments(
  segment: SegmentView,
  n: number,
  separators: X12Separators,
  context: ClaimContext,
  report: (error: X12Error) => void,
): ProviderAdjustment[] {
  const adjustments: ProviderAdjustment[] = [];
  const providerId = segment.get(1);
  const fiscalPeriodDate = readReportedDate(segment, 2, n, report);
  for (let pair = 0; pair < PLB_PAIRS; pair++) {
    const index = 3 + pair * 2;
    if (index >= segment.size) break;
    if (segment.isEmpty(index) && segment.isEmpty(index + 1)) continue;
    const [reason = '', reference] = segment.get(index).split(separators.component);
    const amount = segment.decimal(index + 1);
    if (reason === '') {
      report(
        x12Error('X12_BAD_SEGMENT', n, 'PLB', `expected an adjustment reason in ${name(index)}`),
      );
      continue;
    }
    if (Number.isNaN(amount)) {
      report(
        x12Error(
          'X12_BAD_AMOUNT',
          n,
          'PLB',
          `expected an amount in ${name(index + 1)}, found ${JSON.stringify(segment.get(index + 1))}`,
        ),
      );
      continue;
    }
    const adjustment: ProviderAdjustment = {
      providerId,
      reason,
      amount,
      transactionControlNumber: context.transactionControlNumber,
      segmentNumber: n,
    };
    if (fiscalPeriodDate !== undefined) adjustment.fiscalPeriodDate = fiscalPeriodDate;
    if (reference !== undefined && reference !== '') adjustment.reference = reference;
    if (context.traceNumber !== undefined) adjustment.traceNumber = context.traceNumber;
    adjustments.push(adjustment);
  }
  return adjustments;
}
