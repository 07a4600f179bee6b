import { describe, expect, it } from 'vitest';
import { findPlaceholders, maskRanges } from './placeholders';
import { hasAny, lineBounds, lineIndexAt, normaliseOcrDigits, prepareText } from './prepare-text';

const slices = (text: string): string[] => findPlaceholders(text).map(([s, e]) => text.slice(s, e));

describe('findPlaceholders', () => {
  it('finds bracketed, curly, angle, underscore and masked-date placeholders', () => {
    const text = 'Dear [Enrollee]: on <date> we {Insert as applicable} denied ____ by XX/20XX.';
    expect(slices(text)).toEqual([
      '[Enrollee]',
      '<date>',
      '{Insert as applicable}',
      '____',
      'XX/20XX',
    ]);
  });

  it('counts nested brackets once, outermost', () => {
    expect(slices('we are [not changing our decision to [partially] deny] your request')).toEqual([
      '[not changing our decision to [partially] deny]',
    ]);
  });

  it('masks to the end of the line when a bracket is left open, and back to the line start for a stray closer', () => {
    const text = '[Insert language assistance disclosure here\nAGENT/BENEFIT MANAGER]\nReal text';
    expect(slices(text)).toEqual([
      '[Insert language assistance disclosure here',
      'AGENT/BENEFIT MANAGER]',
    ]);
  });

  it('never lets a bracket swallow the following lines', () => {
    const text = 'Reason: [open\nMember ID: ABC12345';
    const masked = maskRanges(text, findPlaceholders(text));
    expect(masked).toContain('Member ID: ABC12345');
  });

  it('leaves ordinary angle brackets and short underscores alone', () => {
    expect(slices('if a < b and c > d, snake_case __x')).toEqual([]);
  });
});

describe('prepareText', () => {
  it('cuts the text at an [EXCERPT ENDS HERE] marker and blanks the tail without moving offsets', () => {
    const text = 'Reason: not covered.\n[EXCERPT ENDS HERE - truncated]\nAppeal within 180 days.';
    const p = prepareText(text);
    expect(p.excerptMarkerRemoved).toBe(true);
    expect(p.analyzedLength).toBe(text.indexOf('[EXCERPT'));
    expect(p.masked).toHaveLength(text.length);
    expect(p.masked).not.toContain('180');
    expect(hasAny(p, ['appeal'])).toBe(false);
  });

  it('keeps placeholder offsets: masked text has the same length and newlines', () => {
    const text = 'Name: [Member Name]\nID: <id>\n';
    const p = prepareText(text);
    expect(p.masked).toHaveLength(text.length);
    expect(p.masked.split('\n')).toHaveLength(text.split('\n').length);
    expect(p.masked).not.toContain('Member Name');
  });

  it('flags a text with many placeholders as a template', () => {
    expect(prepareText('[Date]\n[Name]\n[Address]\nText').looksLikeTemplate).toBe(true);
    expect(prepareText('A plain letter with no blanks.').looksLikeTemplate).toBe(false);
  });

  it('indexes lines and words', () => {
    const p = prepareText('first line\nsecond LINE here\nthird');
    expect(lineIndexAt(p, p.original.indexOf('LINE'))).toBe(1);
    expect(p.original.slice(...lineBounds(p, 1))).toBe('second LINE here');
    expect(hasAny(p, ['line'])).toBe(true);
    expect(hasAny(p, ['fourth', 'fifth'])).toBe(false);
    expect(hasAny(p, [])).toBe(true);
  });
});

describe('normaliseOcrDigits', () => {
  it('repairs O and l read for digits inside numbers and hyphenated ids, same length', () => {
    for (const [scan, fixed] of [
      ['O5/22/2O25', '05/22/2025'],
      ['claim 3l201', 'claim 31201'],
      ['Member ID VMG-8812-O4467', 'Member ID VMG-8812-04467'],
    ] as const) {
      expect(normaliseOcrDigits(scan)).toBe(fixed);
      expect(normaliseOcrDigits(scan)).toHaveLength(scan.length);
    }
  });

  it('leaves words and codes that open with O alone', () => {
    for (const text of ['ICD-10 O80.1', 'Order No. OP-4471', 'PLAN-Open Access', 'call 1-Ohio'])
      expect(normaliseOcrDigits(text)).toBe(text);
  });
});
