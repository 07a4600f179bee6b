import type { CriterionDraft, CriterionGroup } from './letter.types';
import { LettersError } from './letters-error';

export const MAX_CRITERIA = 500;
export const MAX_POLICY_TEXT_CHARS = 200_000;
export const MAX_CRITERION_CHARS = 4_000;

type Style = 'decimal' | 'alpha' | 'ALPHA' | 'roman' | 'bullet';

interface Marker {
  style: Style;
  /** The value of the marker (3 for "3.", "b" for "(b)"), or the bullet glyph. */
  token: string;
  indent: number;
  rest: string;
}

const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)$/;
const BULLET = /^(\s*)([-•*●○▪◦·‣–])\s+(.*)$/;
const NUMBERED =
  /^(\s*)(?:\(?(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\((\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\))\s+(.*)$/;
// "1.2.3 text": dotted outline numbers give the depth directly.
const DOTTED = /^(\s*)(\d{1,3}(?:\.\d{1,3})+)\.?\s+(.*)$/;

function parseMarker(line: string, previousAlpha: string | null): Marker | null {
  const dotted = DOTTED.exec(line);
  if (dotted)
    return { style: 'decimal', token: dotted[2]!, indent: dotted[1]!.length, rest: dotted[3]! };
  const bullet = BULLET.exec(line);
  if (bullet)
    return { style: 'bullet', token: bullet[2]!, indent: bullet[1]!.length, rest: bullet[3]! };
  const m = NUMBERED.exec(line);
  if (!m) return null;
  const token = (m[2] ?? m[3])!;
  const indent = m[1]!.length;
  const rest = m[4]!;
  if (/^\d+$/.test(token)) return { style: 'decimal', token, indent, rest };
  const lower = token.toLowerCase();
  // "i" after "h" is a letter; "i" with no letter list open, or "ii", "iv"… are roman numerals.
  if (ROMAN.test(lower) && !(previousAlpha !== null && nextLetter(previousAlpha) === lower)) {
    return { style: 'roman', token: lower, indent, rest };
  }
  if (token.length !== 1) return null;
  return { style: token === lower ? 'alpha' : 'ALPHA', token: lower, indent, rest };
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/** Reads "ALL of the following", "one or more of", "at least 2 of", "≥ 2 of" from an intro line. */
export function groupOf(text: string): { group: CriterionGroup; min: number | null } | null {
  const t = text.toLowerCase();
  const atLeast =
    /(?:at\s+least|a\s+minimum\s+of|≥|>=)\s*(\d+|one|two|three|four|five|six)\b/.exec(t) ??
    /\b(\d+|two|three|four|five|six)\s+or\s+more\b/.exec(t);
  if (atLeast) {
    const raw = atLeast[1]!;
    const n = /^\d+$/.test(raw) ? Number(raw) : (WORD_NUMBERS[raw] ?? 1);
    return n <= 1 ? { group: 'any', min: null } : { group: 'at_least', min: n };
  }
  if (
    /\b(?:all|each|every one)\s+of\s+the\s+following\b|\ball\s+(?:criteria|conditions|requirements)\b/.test(
      t,
    )
  )
    return { group: 'all', min: null };
  if (
    /\b(?:any|one|either)\s+(?:\(?1\)?\s+)?(?:of\s+the\s+following|or\s+more)\b|\bone\s+of\b|\beither\b.*:$/.test(
      t,
    )
  )
    return { group: 'any', min: null };
  return null;
}

const TRAILING_CONNECTOR = /[;,]?\s*\b(and|or|AND|OR)\s*$/;

interface Node {
  draft: CriterionDraft;
  key: string;
  indent: number;
  /** The connector written at the end of this item ("…; and"), which says how its siblings combine. */
  connector: 'and' | 'or' | null;
  children: Node[];
}

/**
 * Splits pasted medical-policy text into ordered criteria. Numbered items (1. 1) (1) 1.2), letters,
 * roman numerals and bullets nest by marker style and indentation; an item ending in ":" whose text
 * says "all of / one of / at least N of the following" sets how its children combine; a trailing
 * "; and" / "; or" on siblings does the same. Lines without a marker continue the previous item;
 * text before the first marker is the preamble and only sets the top-level group.
 */
export function splitCriteria(text: string): {
  criteria: CriterionDraft[];
  rootGroup: CriterionGroup;
  rootMin: number | null;
} {
  if (text.length > MAX_POLICY_TEXT_CHARS) {
    throw new LettersError(
      'CRITERIA_TEXT_TOO_LONG',
      `Policy text is longer than ${MAX_POLICY_TEXT_CHARS} characters`,
      { limit: MAX_POLICY_TEXT_CHARS },
    );
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const roots: Node[] = [];
  // Open ancestors; each level remembers its marker style so a sibling style closes deeper levels.
  const stack: Array<{ node: Node; style: Style; bulletIndent: number }> = [];
  let preamble = '';
  let lastAlpha: string | null = null;
  let last: Node | null = null;
  let count = 0;

  for (const raw of lines) {
    const line = raw.replace(/\t/g, '    ');
    if (line.trim() === '') continue;
    const marker = parseMarker(line, lastAlpha);
    if (!marker) {
      const piece = line.trim();
      if (last) last.draft.text = `${last.draft.text} ${piece}`;
      else preamble = `${preamble} ${piece}`.trim();
      continue;
    }
    if (marker.style === 'alpha' || marker.style === 'ALPHA') lastAlpha = marker.token;
    count += 1;
    if (count > MAX_CRITERIA) {
      throw new LettersError(
        'CRITERIA_TOO_MANY',
        `A criteria list may hold at most ${MAX_CRITERIA} items`,
        { limit: MAX_CRITERIA },
      );
    }
    // Dotted numbers ("2.1.3") name their depth; other styles nest by style and indentation.
    let depth: number;
    if (marker.style === 'decimal' && marker.token.includes('.')) {
      depth = marker.token.split('.').length - 1;
      stack.length = Math.min(stack.length, depth);
    } else {
      const at = stack.findIndex(
        (s) =>
          s.style === marker.style &&
          (marker.style !== 'bullet' || s.bulletIndent === marker.indent),
      );
      if (at >= 0) stack.length = at;
      else {
        // A new style nests under the last item, unless it is less indented than that item.
        while (stack.length > 0 && marker.indent < stack[stack.length - 1]!.node.indent)
          stack.pop();
      }
      depth = stack.length;
    }
    const parent = stack[stack.length - 1]?.node ?? null;
    const siblings = parent ? parent.children : roots;
    const ordinal = siblings.length + 1;
    const segment =
      marker.style === 'decimal' && marker.token.includes('.')
        ? marker.token.split('.').pop()!
        : segmentFor(depth, ordinal);
    const ref = parent ? `${parent.draft.ref}.${segment}` : segment;
    let body = marker.rest.trim();
    let connector: Node['connector'] = null;
    const conn = TRAILING_CONNECTOR.exec(body);
    if (conn) {
      connector = conn[1]!.toLowerCase() as 'and' | 'or';
      body = body.slice(0, conn.index).trim();
    }
    const node: Node = {
      draft: {
        ref,
        parentRef: parent?.draft.ref ?? null,
        depth,
        text: body,
        group: null,
        groupMin: null,
      },
      key: ref,
      indent: marker.indent,
      connector,
      children: [],
    };
    siblings.push(node);
    stack.push({ node, style: marker.style, bulletIndent: marker.indent });
    last = node;
  }

  if (roots.length === 0) {
    throw new LettersError('CRITERIA_EMPTY', 'No criteria found: paste numbered or bulleted items');
  }
  const out: CriterionDraft[] = [];
  const visit = (node: Node) => {
    node.draft.text = stripConnector(node.draft.text.replace(/\s+/g, ' ').trim());
    if (node.draft.text.length > MAX_CRITERION_CHARS) {
      throw new LettersError(
        'CRITERION_TOO_LONG',
        `Criterion ${node.draft.ref} is longer than ${MAX_CRITERION_CHARS} characters`,
        {
          ref: node.draft.ref,
        },
      );
    }
    if (node.children.length > 0) {
      const g = groupOf(node.draft.text) ??
        connectorGroup(node.children) ?? { group: 'all', min: null };
      node.draft.group = g.group;
      node.draft.groupMin = g.min;
    }
    out.push(node.draft);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  const root = groupOf(preamble) ?? connectorGroup(roots) ?? { group: 'all' as const, min: null };
  return { criteria: out, rootGroup: root.group, rootMin: root.min };
}

function stripConnector(text: string): string {
  const conn = TRAILING_CONNECTOR.exec(text);
  return conn ? text.slice(0, conn.index).trim() : text;
}

function connectorGroup(children: Node[]): { group: CriterionGroup; min: null } | null {
  const connectors = children.map((c) => c.connector).filter((c) => c !== null);
  if (connectors.includes('or')) return { group: 'any', min: null };
  if (connectors.includes('and')) return { group: 'all', min: null };
  return null;
}

/** Outline numbering of our own refs: 1, 1.a, 1.a.i, 1.a.i.1 … (independent of the source's markers). */
export function outlineRef(parentRef: string | null, depth: number, ordinal: number): string {
  const segment = segmentFor(depth, ordinal);
  return parentRef ? `${parentRef}.${segment}` : segment;
}

function segmentFor(depth: number, ordinal: number): string {
  switch (depth % 3) {
    case 0:
      return String(ordinal);
    case 1:
      return alphaOrdinal(ordinal);
    default:
      return romanOrdinal(ordinal);
  }
}

function alphaOrdinal(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

function romanOrdinal(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let s = '';
  let x = n;
  for (const [v, r] of table) {
    while (x >= v) {
      s += r;
      x -= v;
    }
  }
  return s;
}
