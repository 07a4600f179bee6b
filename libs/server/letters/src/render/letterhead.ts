/** Per-tenant letterhead and signature block (letter_settings); defaults when none is set. */
export interface Letterhead {
  organization: string;
  addressLines: string[];
  phone: string | null;
  fax: string | null;
  signerName: string | null;
  signerTitle: string | null;
}

export const DEFAULT_LETTERHEAD: Letterhead = {
  organization: 'Claimlane workspace',
  addressLines: [],
  phone: null,
  fax: null,
  signerName: null,
  signerTitle: null,
};

export interface RenderMeta {
  letterhead: Letterhead;
  /** ISO date printed under the letterhead. */
  date: string;
  /** Null renders "DRAFT" on every page; set for a final render. */
  final: boolean;
  /** For a signed provider letter: who signed off and when (printed under the signature). */
  signOff: { name: string; at: string } | null;
}
