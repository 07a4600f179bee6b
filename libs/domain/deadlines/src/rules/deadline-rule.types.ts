import type { Regime, ServiceType } from '@claimlane/shared-contracts';
import type { AnchorEvent, DeadlineKind, DeadlineParty, DeadlineUnit } from '../deadline.types';

/** Which cases a rule covers beyond regime and kind; the most specific matching rule wins. */
export interface RuleSelector {
  /** Effective service type (unknown → post_service, concurrent → pre_service; see the engine). */
  serviceTypes?: readonly ServiceType[];
  partBDrug?: boolean;
  internalAppealLevels?: 1 | 2;
}

export interface RuleExtension {
  amount: number;
  unit: DeadlineUnit;
  citation: string;
  /** When the payer may take it. */
  condition: string;
}

export interface DeadlineRule {
  /** Stable across versions, e.g. `erisa.member_appeal_filing`. Output ids are `${id}@${version}`. */
  id: string;
  /** `YYYY-MM` the encoded text took effect (approximate where `notes` say so). */
  version: string;
  /** The rule governs cases whose governing date (see `anchor`) is on or after this date. */
  effectiveFrom: string | null;
  /** …and on or before this date. */
  effectiveUntil: string | null;
  /** When someone last checked the text; see `notes` for against what. */
  lastVerified: string;
  regime: Regime;
  kind: DeadlineKind;
  party: DeadlineParty;
  when?: RuleSelector;
  amount: number;
  unit: DeadlineUnit;
  /** The event the regulation counts from. `receipt` = receipt of the adverse determination. */
  anchor: AnchorEvent;
  /** The regulation counts from receipt of the anchor notice, not from its date. */
  countsFromReceipt?: boolean;
  /** Receipt is presumed this many days after the notice date (Medicare). */
  presumedReceiptDays?: number;
  presumptionCitation?: string;
  /** Months with no corresponding date end on the first day of the following month. */
  monthOverflow?: 'first_day_of_next_month';
  /** A last day on a weekend or federal holiday moves to the next day that is neither. */
  rollForward?: 'weekend_or_federal_holiday';
  extension?: RuleExtension;
  citation: string;
  label: string;
  notes: string;
}
