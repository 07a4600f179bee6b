// Codes X12 has deactivated, absent from the reference snapshot, that still turn up on remittances
// (the sample 835s carry A2 and A7; old payers still send 42). Texts and stop dates are from the WPC
// code list as published in 2016; CARC 15 was still active then and its stop date is second-hand.

export interface RetiredCarc {
  code: string;
  description: string;
  /** First date the code was no longer valid, when known. */
  stoppedOn: string | null;
  note: string;
}

export const RETIRED_CARCS: readonly RetiredCarc[] = [
  {
    code: '15',
    description:
      'The authorization number is missing, invalid, or does not apply to the billed services or provider.',
    stoppedOn: null,
    note: 'Deactivated after 2016 (reported as 2018-05-01, unverified); 284 and 296 cover its cases.',
  },
  {
    code: '17',
    description:
      'Requested information was not provided or was insufficient/incomplete. At least one Remark Code must be provided (may be comprised of either the Remittance Advice Remark Code or NCPDP Reject Reason Code.)',
    stoppedOn: '2009-07-01',
    note: 'Split into 226, 227 and 228.',
  },
  {
    code: '38',
    description:
      'Services not provided or authorized by designated (network/primary care) providers.',
    stoppedOn: '2013-01-01',
    note: 'Replaced by 242 and 243.',
  },
  {
    code: '42',
    description: 'Charges exceed our fee schedule or maximum allowable amount. (Use CARC 45)',
    stoppedOn: '2007-06-01',
    note: 'Replaced by 45.',
  },
  {
    code: 'A2',
    description: 'Contractual adjustment.',
    stoppedOn: '2008-01-01',
    note: 'X12: use 45 with group CO, or another specific code.',
  },
  {
    code: 'A7',
    description: 'Presumptive Payment Adjustment',
    stoppedOn: '2015-07-01',
    note: 'No direct replacement.',
  },
];
