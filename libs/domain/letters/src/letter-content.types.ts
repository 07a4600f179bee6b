import type { Regime } from '@claimlane/shared-contracts';
import type { ExhibitRef, LetterKind } from './letter.types';
import type { Citation } from './regime-citations';

export interface LetterSection {
  /** Stable across regenerations ("reason-1", "criterion-2.b", "request"): edits are kept by key. */
  key: string;
  heading: string;
  paragraphs: string[];
  /** A person changed this section; regeneration keeps their text. */
  edited: boolean;
}

export interface CriteriaRow {
  ref: string;
  criterion: string;
  /** "Exhibit B, p. 3" / "Exhibit A, pp. 2–4; Exhibit C, p. 1", or "" when explained instead. */
  cites: string;
  quote: string | null;
  explanation: string | null;
  answer: string | null;
}

/** A letter as structured content: rendering to PDF or DOCX never adds words, only layout. */
export interface LetterContent {
  kind: LetterKind;
  regime: Regime;
  title: string;
  subject: string;
  sections: LetterSection[];
  criteriaTable: CriteriaRow[];
  exhibitList: ExhibitRef[];
  request: string;
  /** Every rule the letter cites, each from the regime's rule data. */
  citations: Citation[];
}
