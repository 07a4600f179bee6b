export type ClaimStatusOutcome =
  'processed' | 'denied' | 'reversal' | 'not_our_claim' | 'predetermination' | 'pended';

export interface ClaimStatusInfo {
  code: string;
  description: string;
  outcome: ClaimStatusOutcome;
  payerOrder?: 'primary' | 'secondary' | 'tertiary';
  /** The payer sent the claim on to another payer (crossover). */
  forwarded: boolean;
}

/**
 * CLP02 claim status codes valid in an 835: those of 005010X221A1, plus 5 (Pended), which
 * 004010X091A1 still allowed ("not advised"; X12 RFI 437/457) and 4010 payers send.
 */
export const CLAIM_STATUS_CODES: readonly ClaimStatusInfo[] = [
  {
    code: '1',
    description: 'Processed as Primary',
    outcome: 'processed',
    payerOrder: 'primary',
    forwarded: false,
  },
  {
    code: '2',
    description: 'Processed as Secondary',
    outcome: 'processed',
    payerOrder: 'secondary',
    forwarded: false,
  },
  {
    code: '3',
    description: 'Processed as Tertiary',
    outcome: 'processed',
    payerOrder: 'tertiary',
    forwarded: false,
  },
  { code: '4', description: 'Denied', outcome: 'denied', forwarded: false },
  { code: '5', description: 'Pended (4010 only)', outcome: 'pended', forwarded: false },
  {
    code: '19',
    description: 'Processed as Primary, Forwarded to Additional Payer(s)',
    outcome: 'processed',
    payerOrder: 'primary',
    forwarded: true,
  },
  {
    code: '20',
    description: 'Processed as Secondary, Forwarded to Additional Payer(s)',
    outcome: 'processed',
    payerOrder: 'secondary',
    forwarded: true,
  },
  {
    code: '21',
    description: 'Processed as Tertiary, Forwarded to Additional Payer(s)',
    outcome: 'processed',
    payerOrder: 'tertiary',
    forwarded: true,
  },
  {
    code: '22',
    description: 'Reversal of Previous Payment',
    outcome: 'reversal',
    forwarded: false,
  },
  {
    code: '23',
    description: 'Not Our Claim, Forwarded to Additional Payer(s)',
    outcome: 'not_our_claim',
    forwarded: true,
  },
  {
    code: '25',
    description: 'Predetermination Pricing Only - No Payment',
    outcome: 'predetermination',
    forwarded: false,
  },
];

const BY_CODE = new Map(CLAIM_STATUS_CODES.map((info) => [info.code, info]));

/** Meaning of a CLP02 code; undefined for codes outside the table (the parser refuses those claims). */
export function claimStatusInfo(code: string): ClaimStatusInfo | undefined {
  return BY_CODE.get(code);
}

export function isDeniedStatus(code: string): boolean {
  return BY_CODE.get(code)?.outcome === 'denied';
}
