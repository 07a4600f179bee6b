import type {
  AdjustmentGroup,
  ClaimAdjustment,
  ClaimParty,
  ClaimPayment,
  DatePeriod,
  PayeeRef,
  PayerRef,
  ServiceLine,
} from './claim-payment.types';
import { claimStatusInfo } from './claim-status';
import type { X12Separators } from './separators';
import { readServiceComposite } from './service-composite';
import type { SegmentView } from './segment-view';
import { x12Error, type X12Error, type X12ErrorCode } from './x12-error';
import { parseDate8 } from './x12-values';

/** What a claim inherits from its transaction header. */
export interface ClaimContext {
  payer: PayerRef;
  payee?: PayeeRef;
  traceNumber?: string;
  paymentDate?: string;
  transactionControlNumber: string;
}

export interface FinishedClaim {
  /**
   * Undefined when the claim's own money is in doubt (CLP amounts, claim-level CAS, status): such a
   * claim is not handed to an importer. Problems inside a service line or a date only warn.
   */
  claim: ClaimPayment | undefined;
  /** The problems that dropped the claim, then the warnings (severity `warning`). */
  errors: X12Error[];
}

const ADJUSTMENT_GROUPS: ReadonlySet<string> = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);
/** CAS carries at most six reason/amount/quantity triples; more are read, with a warning. */
const CAS_TRIPLES = 6;
/** Spaces around, a leading `+`, or thousands separators (`1,200.00`): money, if not X12's form. */
const LENIENT_DECIMAL = /^\+?(-?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?$/;

function lenientDecimal(text: string): number | undefined {
  const match = LENIENT_DECIMAL.exec(text.trim());
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  const value = Number(`${sign}${whole.replaceAll(',', '') || '0'}${fraction}`);
  return Number.isFinite(value) ? value : undefined;
}
const MIA_REMARK_ELEMENTS = [5, 20, 21, 22, 23];
const MOA_REMARK_ELEMENTS = [3, 4, 5, 6, 7];

function elementName(segment: SegmentView, index: number): string {
  return `${segment.id}${index < 10 ? '0' : ''}${index}`;
}

function pushUnique(target: string[], code: string): void {
  if (code !== '' && !target.includes(code)) target.push(code);
}

/** Accumulates the segments of one CLP loop (2100 with its 2110 service lines) into a ClaimPayment. */
export class ClaimBuilder {
  private readonly claim: ClaimPayment;
  private readonly claimRemarks: string[] = [];
  private readonly problems: X12Error[] = [];
  private readonly warnings: X12Error[] = [];
  private line: ServiceLine | undefined;
  /** True while reading an SVC, before `line` exists: its problems belong to the line. */
  private readingLine = false;
  private pendingLineWarnings: string[] = [];
  private segmentNumber: number;
  readonly claimId: string;

  constructor(clp: SegmentView, segmentNumber: number, context: ClaimContext) {
    this.segmentNumber = segmentNumber;
    const claimId = clp.get(1);
    this.claimId = claimId;
    if (claimId === '') this.problem('X12_BAD_SEGMENT', clp, 'expected a claim id in CLP01');
    const status = clp.get(2);
    if (status === '') this.problem('X12_BAD_SEGMENT', clp, 'expected a claim status in CLP02');
    else if (claimStatusInfo(status) === undefined) {
      // An unknown status cannot be told apart from a denial or a payment: refuse the claim.
      this.problem(
        'X12_BAD_STATUS',
        clp,
        `expected a claim status code (1-5, 19-23, 25) in CLP02, found ${JSON.stringify(status)}`,
      );
    }
    const claim: ClaimPayment = {
      claimId,
      status,
      charge: this.amount(clp, 3, true) ?? 0,
      paid: this.amount(clp, 4, true) ?? 0,
      patientResponsibility: this.amount(clp, 5, false) ?? null,
      adjustments: [],
      remarks: [],
      serviceLines: [],
      payer: context.payer,
      transactionControlNumber: context.transactionControlNumber,
      segmentNumber,
    };
    if (!clp.isEmpty(6)) claim.claimFilingIndicator = clp.get(6);
    if (!clp.isEmpty(7)) claim.payerClaimControlNumber = clp.get(7);
    if (!clp.isEmpty(8)) claim.facilityTypeCode = clp.get(8);
    if (!clp.isEmpty(9)) claim.claimFrequencyCode = clp.get(9);
    if (context.payee !== undefined) claim.payee = context.payee;
    if (context.traceNumber !== undefined) claim.traceNumber = context.traceNumber;
    if (context.paymentDate !== undefined) claim.paymentDate = context.paymentDate;
    this.claim = claim;
  }

  add(segment: SegmentView, segmentNumber: number, separators: X12Separators): void {
    this.segmentNumber = segmentNumber;
    switch (segment.id) {
      case 'CAS':
        this.addAdjustments(segment);
        break;
      case 'SVC':
        this.startServiceLine(segment, separators);
        break;
      case 'DTM':
        if (this.line === undefined) this.addClaimDate(segment);
        else this.addServiceDate(this.line, segment);
        break;
      case 'LQ':
        if (this.line !== undefined && segment.is(1, 'HE')) {
          pushUnique(this.line.remarks, segment.get(2));
        }
        break;
      case 'AMT':
        if (this.line !== undefined && segment.is(1, 'B6')) {
          const allowed = this.amount(segment, 2, true);
          if (allowed !== undefined) this.line.allowed = allowed;
        }
        break;
      case 'REF':
        if (this.line !== undefined && segment.is(1, '6R')) {
          this.line.lineItemControlNumber = segment.get(2);
        }
        break;
      case 'NM1':
        this.addParty(segment);
        break;
      case 'MIA':
        for (const i of MIA_REMARK_ELEMENTS) pushUnique(this.claimRemarks, segment.get(i));
        break;
      case 'MOA':
        for (const i of MOA_REMARK_ELEMENTS) pushUnique(this.claimRemarks, segment.get(i));
        break;
      default:
        // QTY, PER, RDM and other situational segments carry nothing the contract needs.
        break;
    }
  }

  /**
   * Records a problem found outside this builder (e.g. a malformed segment id) against the claim: a
   * warning on the open service line, otherwise the claim is dropped.
   */
  reject(error: X12Error): void {
    const line = this.line;
    if (line === undefined) {
      this.problems.push({ ...error, claimId: this.claimId });
      return;
    }
    (line.warnings ??= []).push(error.message);
    this.warnings.push({ ...error, claimId: this.claimId, severity: 'warning' });
  }

  finish(): FinishedClaim {
    this.closeServiceLine();
    if (this.problems.length > 0) {
      return { claim: undefined, errors: [...this.problems, ...this.warnings] };
    }
    const claim = this.claim;
    const remarks = this.claimRemarks;
    for (const line of claim.serviceLines)
      for (const code of line.remarks) pushUnique(remarks, code);
    claim.remarks = remarks;
    const serviceDates = claim.statementPeriod ?? this.lineDateSpan();
    if (serviceDates !== undefined) claim.serviceDates = serviceDates;
    return { claim, errors: this.warnings };
  }

  /**
   * A problem with the claim's own money drops the claim; one inside a service line (or a date, with
   * `soft`) is a warning on the line and the claim is kept, so its CLP amounts are never lost.
   */
  private problem(code: X12ErrorCode, segment: SegmentView, message: string, soft = false): void {
    const error = x12Error(code, this.segmentNumber, segment.id, message, this.claimId);
    const inLine = this.readingLine || this.line !== undefined;
    if (!inLine && !soft) {
      this.problems.push(error);
      return;
    }
    error.severity = 'warning';
    this.warnings.push(error);
    if (this.line !== undefined) (this.line.warnings ??= []).push(error.message);
    else if (this.readingLine) this.pendingLineWarnings.push(error.message);
  }

  private amount(segment: SegmentView, index: number, required: boolean): number | undefined {
    if (segment.isEmpty(index)) {
      if (required) {
        this.problem(
          'X12_BAD_AMOUNT',
          segment,
          `expected an amount in ${elementName(segment, index)}, found nothing`,
        );
      }
      return undefined;
    }
    const value = segment.decimal(index);
    if (Number.isNaN(value)) {
      const text = segment.get(index);
      const lenient = lenientDecimal(text);
      if (lenient !== undefined) {
        // Unambiguous money in a non-X12 form: keep it, and say so.
        this.problem(
          'X12_BAD_AMOUNT',
          segment,
          `${elementName(segment, index)} ${JSON.stringify(text)} is not an X12 decimal; read as ${lenient}`,
          true,
        );
        return lenient;
      }
      this.problem(
        'X12_BAD_AMOUNT',
        segment,
        `expected an amount in ${elementName(segment, index)}, found ${JSON.stringify(segment.get(index))}`,
      );
      return undefined;
    }
    return value;
  }

  private date(segment: SegmentView): string | undefined {
    const text = segment.get(2);
    const date = parseDate8(text);
    if (date === undefined) {
      this.problem(
        'X12_BAD_DATE',
        segment,
        `expected a CCYYMMDD date in DTM02, found ${JSON.stringify(text)}`,
        true,
      );
    }
    return date;
  }

  private addAdjustments(segment: SegmentView): void {
    const group = segment.get(1);
    if (!ADJUSTMENT_GROUPS.has(group)) {
      this.problem(
        'X12_BAD_SEGMENT',
        segment,
        `expected adjustment group CO, PR, OA, PI or CR in CAS01, found ${JSON.stringify(group)}`,
      );
      return;
    }
    const line = this.line;
    let found = 0;
    for (let triple = 0; ; triple++) {
      const reasonIndex = 2 + triple * 3;
      if (reasonIndex >= segment.size) break;
      if (
        triple === CAS_TRIPLES &&
        !(segment.isEmpty(reasonIndex) && segment.isEmpty(reasonIndex + 1))
      ) {
        this.problem(
          'X12_BAD_SEGMENT',
          segment,
          `more than ${CAS_TRIPLES} reason/amount triples in CAS; the extra ones were read too`,
          true,
        );
      }
      const carc = segment.get(reasonIndex);
      if (carc === '' && segment.isEmpty(reasonIndex + 1)) continue;
      found++;
      if (carc === '') {
        this.problem(
          'X12_BAD_SEGMENT',
          segment,
          `expected a reason code in ${elementName(segment, reasonIndex)} before its amount`,
        );
        continue;
      }
      const amount = this.amount(segment, reasonIndex + 1, true);
      if (amount === undefined) continue;
      const adjustment: ClaimAdjustment = {
        group: group as AdjustmentGroup,
        carc,
        amount,
        level: line === undefined ? 'claim' : 'service',
      };
      const quantity = this.amount(segment, reasonIndex + 2, false);
      if (quantity !== undefined) adjustment.quantity = quantity;
      if (line !== undefined) {
        if (line.procedure !== '') adjustment.procedure = line.procedure;
        line.adjustments.push(adjustment);
      }
      this.claim.adjustments.push(adjustment);
    }
    if (found === 0)
      this.problem('X12_BAD_SEGMENT', segment, 'expected a reason code and amount in CAS02/CAS03');
  }

  private startServiceLine(segment: SegmentView, separators: X12Separators): void {
    this.closeServiceLine();
    this.readingLine = true;
    this.pendingLineWarnings = [];
    const composite = readServiceComposite(segment.get(1), separators.component);
    if (composite.warning !== undefined) {
      this.problem('X12_BAD_SEGMENT', segment, `SVC01: ${composite.warning}`);
    }
    const unitsText = segment.get(5);
    const line: ServiceLine = {
      qualifier: composite.qualifier,
      procedure: composite.procedure,
      modifiers: composite.modifiers,
      charge: this.amount(segment, 2, true) ?? 0,
      paid: this.amount(segment, 3, true) ?? 0,
      units: unitsText === '' ? 1 : (this.amount(segment, 5, false) ?? 0),
      adjustments: [],
      remarks: [],
      segmentNumber: this.segmentNumber,
    };
    if (composite.description !== undefined) line.description = composite.description;
    const revenueCode = segment.get(4);
    if (revenueCode !== '') line.revenueCode = revenueCode;
    const submitted = segment.get(6);
    if (submitted !== '') {
      const parts = readServiceComposite(submitted, separators.component);
      line.submittedProcedure = {
        qualifier: parts.qualifier,
        procedure: parts.procedure,
        modifiers: parts.modifiers,
      };
    }
    if (this.pendingLineWarnings.length > 0) line.warnings = this.pendingLineWarnings;
    this.pendingLineWarnings = [];
    this.readingLine = false;
    this.line = line;
  }

  private closeServiceLine(): void {
    const line = this.line;
    if (line === undefined) return;
    if (line.serviceDate === undefined && line.servicePeriod?.from !== undefined) {
      line.serviceDate = line.servicePeriod.from;
    }
    this.claim.serviceLines.push(line);
    this.line = undefined;
  }

  private addClaimDate(segment: SegmentView): void {
    const qualifier = segment.get(1);
    if (qualifier !== '232' && qualifier !== '233' && qualifier !== '050') return;
    const date = this.date(segment);
    if (date === undefined) return;
    if (qualifier === '050') {
      this.claim.receivedDate = date;
      return;
    }
    const period: DatePeriod = this.claim.statementPeriod ?? {};
    if (qualifier === '232') period.from = date;
    else period.to = date;
    this.claim.statementPeriod = period;
  }

  private addServiceDate(line: ServiceLine, segment: SegmentView): void {
    const qualifier = segment.get(1);
    if (qualifier !== '472' && qualifier !== '150' && qualifier !== '151') return;
    const date = this.date(segment);
    if (date === undefined) return;
    if (qualifier === '472') {
      line.serviceDate = date;
      return;
    }
    const period: DatePeriod = line.servicePeriod ?? {};
    if (qualifier === '150') period.from = date;
    else period.to = date;
    line.servicePeriod = period;
  }

  private addParty(segment: SegmentView): void {
    const role = segment.get(1);
    const field =
      role === 'QC'
        ? 'patient'
        : role === 'IL'
          ? 'insured'
          : role === '74'
            ? 'correctedPatient'
            : role === '82'
              ? 'provider'
              : role === 'TT'
                ? 'crossoverCarrier'
                : undefined;
    if (field === undefined) return;
    const party: ClaimParty = {
      entityType: segment.is(2, '2') ? 'organization' : 'person',
      last: segment.get(3),
    };
    if (!segment.isEmpty(4)) party.first = segment.get(4);
    if (!segment.isEmpty(5)) party.middle = segment.get(5);
    if (!segment.isEmpty(7)) party.suffix = segment.get(7);
    if (!segment.isEmpty(8)) party.idQualifier = segment.get(8);
    if (!segment.isEmpty(9)) party.id = segment.get(9);
    this.claim[field] = party;
  }

  private lineDateSpan(): DatePeriod | undefined {
    let from: string | undefined;
    let to: string | undefined;
    for (const line of this.claim.serviceLines) {
      const start = line.serviceDate ?? line.servicePeriod?.from;
      const end = line.servicePeriod?.to ?? line.serviceDate;
      if (start !== undefined && (from === undefined || start < from)) from = start;
      if (end !== undefined && (to === undefined || end > to)) to = end;
    }
    if (from === undefined && to === undefined) return undefined;
    const span: DatePeriod = {};
    if (from !== undefined) span.from = from;
    if (to !== undefined) span.to = to;
    return span;
  }
}
