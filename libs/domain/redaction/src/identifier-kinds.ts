/** What redaction removes by default: identifiers of the patient and their family (HIPAA Safe Harbor). */
export const IDENTIFIER_KINDS = ['name', 'dob', 'member_id', 'ssn', 'phone', 'address'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const PLACEHOLDER: Record<IdentifierKind, string> = {
  name: '[NAME]',
  dob: '[DOB]',
  member_id: '[MEMBER ID]',
  ssn: '[SSN]',
  phone: '[PHONE]',
  address: '[ADDRESS]',
};

export interface Span {
  start: number;
  end: number;
}

export interface Detection extends Span {
  kind: IdentifierKind;
  /** `known`: a value from the case record; `pattern`: found by its shape and the words around it. */
  source: 'known' | 'pattern';
}

/** Identifiers the case already holds; any occurrence of them is redacted whatever the context. */
export interface KnownIdentifiers {
  names?: Array<string | null | undefined>;
  /** ISO date `YYYY-MM-DD`. */
  dateOfBirth?: string | null;
  memberIds?: Array<string | null | undefined>;
  phones?: Array<string | null | undefined>;
  addresses?: Array<string | null | undefined>;
}
