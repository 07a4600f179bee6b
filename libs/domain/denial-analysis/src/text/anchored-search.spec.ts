import { describe, expect, it } from 'vitest';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';
import { CATEGORY_CUES } from '../classify/category-cues.data';
import { REGIME_CUES } from '../classify/regime-cues.data';
import { execFrom, indexPositions, regexOpenings } from './anchored-search';
import { cueView, prepareText } from './prepare-text';

/** Every match of `re` from 0 on, as [index, length], by `find` (at most 16, like the cue scan). */
function allMatches(find: (from: number) => RegExpExecArray | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let m = find(0); m && out.length < 16; m = find(m.index + Math.max(1, m[0].length)))
    out.push([m.index, m[0].length]);
  return out;
}

function scanned(re: RegExp, text: string): Array<[number, number]> {
  const g = new RegExp(re.source, re.flags.replace('g', '') + 'g');
  return allMatches((from) => {
    g.lastIndex = from;
    return g.exec(text);
  });
}

const anchored = (re: RegExp, text: string): Array<[number, number]> => {
  const index = indexPositions(text);
  return allMatches((from) => execFrom(re, text, index, from));
};

describe('regexOpenings', () => {
  it.each([
    [/\bnot (?:in|part of) network/i, ['\0not ']],
    [/(?:foo)?bar\b/, ['bar', 'foob']],
    [/\b(?:is|are) denied/i, ['\0are ', '\0is d']],
    [/(?<!\bif )\bwe (?:did|do)/i, ['\0we d']],
    [/[Rr]eason code/, ['reas']],
  ])('%s opens with %j', (re, openings) => {
    expect(regexOpenings(re)).toEqual(openings);
  });

  it.each([
    ['a broad class first', /\b[A-Z]\w+ denied/],
    ['one known character', /\$\d+/],
    ['an optional whole pattern', /(?:abc)?/],
    ['the u flag with i (folding "ſ" to "s")', /\bsend/iu],
    ['a leading run of spaces', /^[ \t]*claim/m],
    ['a repeated first character', /x{1,3}yz/],
  ])('has no opening with %s', (_why, re) => {
    expect(regexOpenings(re)).toBeNull();
  });
});

describe('execFrom', () => {
  it('finds a match that only a later opening starts', () => {
    const text = 'the claim is denied; we did not get the papers';
    expect(anchored(/\bwe (?:did|do) not|\bdenied\b/i, text)).toEqual([
      [13, 6],
      [21, 10],
    ]);
  });

  it('keeps the word boundary the pattern asks for', () => {
    expect(anchored(/\bno prior/i, 'we got no prior approval; piano prior')).toEqual([[7, 8]]);
    // A boundary before a sign needs a word character before it.
    expect(anchored(/\b-12\b/, 'code CO-12 and -12')).toEqual([[7, 3]]);
  });

  it('reads lower-case openings in upper-case text', () => {
    expect(anchored(/\bDENIED\b/, 'Denied. DENIED.')).toEqual([[8, 6]]);
  });

  it('scans when lower-casing changes the length of the text', () => {
    const text = 'İstanbul clinic: the claim is denied';
    expect(indexPositions(text)).toBeNull();
    expect(execFrom(/\bdenied/, text, null)?.index).toBe(30);
  });

  // The cue scans read the whitespace-collapsed view: there, on every corpus letter, every category
  // and regime cue must find exactly what a global scan finds.
  it('finds what a global scan finds, for every cue on every corpus letter', () => {
    const cues = [...CATEGORY_CUES, ...REGIME_CUES].map((c) => c.re);
    let compared = 0;
    for (const letter of loadLetterCorpus(__dirname)) {
      const text = cueView(prepareText(letter.text), ['boilerplate']).text;
      const index = indexPositions(text);
      for (const re of cues) {
        const want = scanned(re, text);
        const got = allMatches((from) => execFrom(re, text, index, from));
        if (JSON.stringify(got) !== JSON.stringify(want))
          expect({ letter: letter.name, re: re.source, got }).toEqual({
            letter: letter.name,
            re: re.source,
            got: want,
          });
        compared += want.length;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
