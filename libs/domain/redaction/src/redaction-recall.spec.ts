import { describe, expect, it } from 'vitest';
import { IDENTIFIER_KINDS, type IdentifierKind } from './identifier-kinds';
import { redactText } from './redact-text';
import { LABELLED_TRANSCRIPTS } from './test-fixtures/labelled-transcripts';
import { parseLabels } from './test-fixtures/parse-labels';

const parsed = LABELLED_TRANSCRIPTS.map((t) => ({ ...t, ...parseLabels(t.text) }));

describe('labelled transcript set', () => {
  it('has at least 30 transcripts covering every identifier kind', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(parsed.flatMap((p) => p.identifiers.map((i) => i.kind)));
    expect([...kinds].sort()).toEqual([...IDENTIFIER_KINDS].sort());
  });
});

describe('redaction over the labelled set', () => {
  const perKind = new Map<IdentifierKind, { total: number; found: number }>();
  let keepTotal = 0;
  let keepIntact = 0;
  let extraChars = 0;

  for (const p of parsed) {
    it(`${p.id}: every identifier redacted, every reference/code intact`, () => {
      const r = redactText(p.text, p.known);
      for (const id of p.identifiers) {
        const covered = r.redactions.some((d) => d.start <= id.start && d.end >= id.end);
        const stat = perKind.get(id.kind) ?? { total: 0, found: 0 };
        stat.total++;
        if (covered) stat.found++;
        perKind.set(id.kind, stat);
        expect(covered, `${id.kind} "${id.value}" not redacted`).toBe(true);
        expect(r.text).not.toContain(id.value);
      }
      for (const k of p.keep) {
        keepTotal++;
        const hit = r.redactions.find((d) => d.start < k.end && k.start < d.end);
        if (!hit) keepIntact++;
        expect(hit, `over-redacted "${k.value}"`).toBeUndefined();
        expect(r.text).toContain(k.value);
      }
      // Nothing outside the labelled identifiers is redacted either (precision on this set).
      for (const d of r.redactions) {
        const inside = p.identifiers.some((id) => d.start >= id.start - 1 && d.end <= id.end + 1);
        if (!inside) extraChars += d.end - d.start;
        expect(inside, `unexpected redaction "${p.text.slice(d.start, d.end)}"`).toBe(true);
      }
    });
  }

  it('reports 100 % recall per kind and no over-redaction', () => {
    for (const kind of IDENTIFIER_KINDS) {
      const s = perKind.get(kind)!;
      expect(s.found / s.total, kind).toBe(1);
    }
    expect(keepIntact).toBe(keepTotal);
    expect(extraChars).toBe(0);
  });
});
