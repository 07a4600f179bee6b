import { describe, expect, it } from 'vitest';
import {
  normaliseCarc,
  normaliseGroup,
  parseCodeReference,
  rarcCandidates,
} from './code-normalise';

describe('parseCodeReference', () => {
  it.each([
    ['CO-97', { group: 'CO', carc: '97' }],
    ['co 97', { group: 'CO', carc: '97' }],
    ['CO97', { group: 'CO', carc: '97' }],
    ['CO*97', { group: 'CO', carc: '97' }],
    ['PR-1', { group: 'PR', carc: '1' }],
    ['PR1', { group: 'PR', carc: '1' }],
    ['OA-23', { group: 'OA', carc: '23' }],
    ['pi-b7', { group: 'PI', carc: 'B7' }],
    ['CR-A2', { group: 'CR', carc: 'A2' }],
    ['97', { group: null, carc: '97' }],
    ['P1', { group: null, carc: 'P1' }],
    ['CARC 50', { group: null, carc: '50' }],
    ['CO-0016', { group: 'CO', carc: '16' }],
  ])('reads %j', (input, expected) => {
    expect(parseCodeReference(input)).toEqual(expected);
  });

  it.each(['', 'CO', 'CO-', 'XX-97', 'CO-97-98', 'medical necessity', 'CO-1234'])(
    'returns null for %j',
    (input) => {
      expect(parseCodeReference(input)).toBeNull();
    },
  );

  it('keeps A0 as A0 (the zero is the code, not padding)', () => {
    expect(normaliseCarc('A0')).toBe('A0');
  });
});

describe('normaliseGroup', () => {
  it('accepts the five group codes in any case', () => {
    expect(['co', 'PR', ' oa ', 'Pi', 'cr'].map(normaliseGroup)).toEqual([
      'CO',
      'PR',
      'OA',
      'PI',
      'CR',
    ]);
    expect(normaliseGroup('XX')).toBeNull();
  });
});

describe('rarcCandidates', () => {
  it('tries the literal spelling, then unpadded, then two-digit padded', () => {
    expect(rarcCandidates('MA1')).toEqual(['MA1', 'MA01']);
    expect(rarcCandidates('N014')).toEqual(['N014', 'N14']);
    expect(rarcCandidates('  ')).toEqual([]);
  });
});
