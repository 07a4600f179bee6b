/** Adjustment groups from CAS01. CR is retired in 5010 but still appears in older files. */
export type AdjustmentGroup = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

export interface ClaimAdjustment {
  group: AdjustmentGroup;
  /** Claim adjustment reason code, passed through as sent (retired codes such as A2 or 42 included). */
  carc: string;
  amount: number;
  quantity?: number;
  level: 'claim' | 'service';
  /** Procedure code of the service line (SVC01-2) for service-level adjustments. */
  procedure?: string;
}

export interface DatePeriod {
  /** ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/** An NM1 in the claim loop. For organizations `last` holds the organization name (NM103). */
export interface ClaimParty {
  entityType: 'person' | 'organization';
  last: string;
  first?: string;
  middle?: string;
  suffix?: string;
  idQualifier?: string;
  id?: string;
}

export interface PayerRef {
  name: string;
  id?: string;
}

export interface PayeeRef {
  name: string;
  idQualifier?: string;
  id?: string;
}

export interface ServiceLine {
  /** SVC01-1 product/service id qualifier: HC (HCPCS/CPT), NU (revenue code), AD, N4, … */
  qualifier: string;
  procedure: string;
  modifiers: string[];
  description?: string;
  /** SVC04: NUBC revenue code on institutional lines. */
  revenueCode?: string;
  charge: number;
  paid: number;
  /** SVC05; the implementation guide says an absent value means one unit. */
  units: number;
  /** SVC06 when the payer adjudicated a different code than the one billed. */
  submittedProcedure?: { qualifier: string; procedure: string; modifiers: string[] };
  /** DTM*472, or the period start (DTM*150) when only a period is sent. */
  serviceDate?: string;
  servicePeriod?: DatePeriod;
  /** AMT*B6. */
  allowed?: number;
  /** REF*6R: the provider's line item control number, used to match lines back to the claim. */
  lineItemControlNumber?: string;
  adjustments: ClaimAdjustment[];
  /** LQ*HE remittance advice remark codes (RARCs). */
  remarks: string[];
  /**
   * What was wrong with this line when it was read anyway (a composite with a foreign separator or no
   * qualifier, a bad amount or date, a CAS that could not be read). Absent on a clean line.
   */
  warnings?: string[];
  segmentNumber: number;
}

/**
 * One CLP loop (2100). The first block of fields is the output contract read by outside tools through
 * the CLI; keep it stable.
 */
export interface ClaimPayment {
  claimId: string;
  /** CLP02; see claimStatusInfo() for meanings. */
  status: string;
  charge: number;
  paid: number;
  /** CLP05; null when the segment leaves it out (the guide only requires it when above zero). */
  patientResponsibility: number | null;
  /** Claim-level then service-level adjustments, in file order. */
  adjustments: ClaimAdjustment[];
  /** RARCs: claim-level (MOA/MIA) first, then service-level LQ*HE, each code once. */
  remarks: string[];

  claimFilingIndicator?: string;
  payerClaimControlNumber?: string;
  facilityTypeCode?: string;
  claimFrequencyCode?: string;
  patient?: ClaimParty;
  insured?: ClaimParty;
  correctedPatient?: ClaimParty;
  /** NM1*82 rendering provider. */
  provider?: ClaimParty;
  crossoverCarrier?: ClaimParty;
  /** DTM*232 / DTM*233. */
  statementPeriod?: DatePeriod;
  /** Statement period when sent, otherwise the span of the service lines' dates. */
  serviceDates?: DatePeriod;
  /** DTM*050. */
  receivedDate?: string;
  serviceLines: ServiceLine[];

  payer: PayerRef;
  payee?: PayeeRef;
  /** TRN02: the check or EFT trace number that ties the claim to the money. */
  traceNumber?: string;
  /** BPR16. */
  paymentDate?: string;
  /** ST02 of the transaction holding the claim. */
  transactionControlNumber: string;
  /** 1-based number of the CLP segment within the input. */
  segmentNumber: number;
}
