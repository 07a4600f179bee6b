import type { IdentifierKind, Span } from '../identifier-kinds';

export interface ParsedTranscript {
  text: string;
  identifiers: Array<Span & { kind: IdentifierKind; value: string }>;
  keep: Array<Span & { value: string }>;
}

/** Strips `{kind:value}` and `[[value]]` labels, returning the plain text and label spans in it. */
export function parseLabels(labelled: string): ParsedTranscript {
  const identifiers: ParsedTranscript['identifiers'] = [];
  const keep: ParsedTranscript['keep'] = [];
  let text = '';
  const re = /\{(name|dob|member_id|ssn|phone|address):([^}]+)\}|\[\[([^\]]+)\]\]/g;
  let at = 0;
  for (let m = re.exec(labelled); m; m = re.exec(labelled)) {
    text += labelled.slice(at, m.index);
    const start = text.length;
    if (m[1]) {
      text += m[2]!;
      identifiers.push({ kind: m[1] as IdentifierKind, value: m[2]!, start, end: text.length });
    } else {
      text += m[3]!;
      keep.push({ value: m[3]!, start, end: text.length });
    }
    at = m.index + m[0].length;
  }
  text += labelled.slice(at);
  return { text, identifiers, keep };
}
