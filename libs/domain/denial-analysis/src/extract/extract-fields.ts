import type { CodeDetail, Field, RecordFields } from '../record-check.types';
import { type PreparedText, hasAny, withoutZones } from '../text/prepare-text';
import { listField } from '../text/text-utils';
import { extractAmounts } from './extract-amounts';
import {
  type DeadlineExtraction,
  extractAppealInstructions,
  extractStatedDeadline,
} from './extract-appeal';
import {
  type AdjustmentCodes,
  extractAdjustmentCodes,
  extractIcd10,
  extractProcedureCodes,
} from './extract-codes';
import { type CriteriaExtraction, extractCriteria } from './extract-criteria';
import { classifyDates } from './extract-dates';
import { extractIdentifiers } from './extract-identifiers';
import { extractParties } from './extract-parties';
import { extractPlanHints } from './extract-plan-hints';
import { type ProvisionExtraction, extractProvision } from './extract-provision';
import { type ReasonExtraction, extractReason } from './extract-reason';
import { parseEobTable } from './eob-table';
import { withOnlyRefusedClaimBlock } from './denied-claim-block';
import {
  deniedClaimNumber,
  onlyRefusedLines,
  outsidePaidPeriods,
  printedBesideAmount,
} from './denied-lines';

/** Everything read from the letter: the contract fields plus the raw material the rules need. */
export interface Extraction {
  fields: RecordFields;
  codes: AdjustmentCodes;
  reason: ReasonExtraction;
  provision: ProvisionExtraction;
  criteria: CriteriaExtraction;
  deadlines: DeadlineExtraction;
  /**
   * What the whole letter paid when it prints several claim blocks and the fields are read from
   * the refused one (the other claims' payments make the letter a partial denial); else null.
   */
  paidInOtherClaims: Field<number> | null;
}

const FULL_DENIAL =
  /\b(?:have denied|has been denied|was denied|were denied|is denied|denied payment|denied this claim|not covered|claim denial|we denied|our decision: denied|will\s+not\s+be\s+paid|(?:will\s+not|cannot)\s+pay\s+(?:this|the|your)\s+claim)\b/i;

export function extractFields(p: PreparedText): Extraction {
  const table = parseEobTable(p);
  // The claim the letter refused, when it prints several claim blocks: what identifies and
  // prices the denied claim is read from its block only.
  const claim = withOnlyRefusedClaimBlock(p);
  const dates = classifyDates(claim, table.serviceDates);
  const procedures = extractProcedureCodes(claim, table.codes, table.modifiers);
  const icd = extractIcd10(claim, new Set(procedures.codes.map((c) => c.span[0])));
  const codes = extractAdjustmentCodes(p);
  // Zones each extractor reads: the plan provision and the criteria relied on are never taken
  // from taglines, glossaries or FAQ inserts.
  const noBoilerplate = withoutZones(p, ['boilerplate']);
  const reason = extractReason(p, codes.carc, codes.explained);
  const provision = extractProvision(noBoilerplate);
  const criteria = extractCriteria(noBoilerplate);
  const deadlines = extractStatedDeadline(p);
  const ids = extractIdentifiers(claim);
  const parties = extractParties(p);
  // A grid with some lines paid is a partial denial: billed − denied is not what was paid.
  const partial = table.lines.some((l) => (l.amounts.paid ?? 0) > 0);
  const amounts = extractAmounts(
    claim,
    table,
    !partial &&
      hasAny(p, ['denied', 'covered', 'denial', 'paid', 'pay']) &&
      FULL_DENIAL.test(p.masked),
  );

  // The denial is about the refused lines: codes and dates only the paid lines carry are left out.
  // A grid whose refused rows carry their dates says when the refused services were: a statement
  // period or a visit date printed elsewhere is not one of them.
  const serviceDates = listField(
    onlyRefusedLines(
      outsidePaidPeriods(claim, dates.serviceDates),
      table.lines,
      (l) => [l.date, l.dateTo],
      () => false,
    ),
    0.85,
  );
  const fields: RecordFields = {
    payer: parties.payer,
    memberId: ids.memberId,
    groupNumber: ids.groupNumber,
    claimNumber: deniedClaimNumber(p, table.lines) ?? ids.claimNumber,
    patient: parties.patient,
    provider: parties.provider,
    serviceDates,
    noticeDate: dates.noticeDate,
    cptHcpcs: listField(
      onlyRefusedLines(
        procedures.codes,
        table.lines,
        (l) => l.code,
        (code) => printedBesideAmount(p, code),
      ),
      0.85,
    ),
    icd10: listField(icd, 0.85),
    billedAmount: amounts.billedAmount,
    deniedAmount: amounts.deniedAmount,
    paidAmount: amounts.paidAmount,
    statedReason: reason.statedReason,
    planProvision: provision.planProvision,
    criteria: criteria.criteria,
    planName: parties.planName,
    memberName: parties.memberName,
    receivedDate: dates.receivedDate,
    claimReceivedDate: dates.claimReceivedDate,
    relatedClaimNumber: ids.relatedClaimNumber,
    modifiers: listField(procedures.modifiers, 0.8),
    allowedAmount: amounts.allowedAmount,
    patientResponsibility: amounts.patientResponsibility,
    reviewer: parties.reviewer,
    appealInstructions: extractAppealInstructions(p),
    statedDeadline: deadlines.statedDeadline,
    planTypeHints: extractPlanHints(p),
    serviceLines: table.lines,
    state: parties.state,
  };
  const paidInOtherClaims = claim === p ? null : extractAmounts(p, table, false).paidAmount;
  return { fields, codes, reason, provision, criteria, deadlines, paidInOtherClaims };
}

export function codeStrings(details: readonly CodeDetail[]): string[] {
  return details.map((d) => d.code);
}
