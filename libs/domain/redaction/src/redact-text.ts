import { findIdentifiers } from './find-identifiers';
import { PLACEHOLDER, type Detection, type KnownIdentifiers } from './identifier-kinds';

export interface RedactionResult {
  text: string;
  /** Each identifier removed: kind and its span in the original text (never the value). */
  redactions: Array<Pick<Detection, 'kind' | 'start' | 'end' | 'source'>>;
}

/** Replaces every identifier with a placeholder such as `[NAME]` or `[MEMBER ID]`. */
export function redactText(text: string, known: KnownIdentifiers = {}): RedactionResult {
  const found = findIdentifiers(text, known);
  let out = '';
  let at = 0;
  for (const d of found) {
    out += text.slice(at, d.start) + PLACEHOLDER[d.kind];
    at = d.end;
  }
  out += text.slice(at);
  return {
    text: out,
    redactions: found.map(({ kind, start, end, source }) => ({ kind, start, end, source })),
  };
}
