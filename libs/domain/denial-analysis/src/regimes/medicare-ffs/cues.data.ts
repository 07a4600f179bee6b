import type { Cue } from '../../classify/cue.types';

/**
 * Cues for medicare_ffs notices. Weights: 5/4 = names the program or statute, 3 = a form or body only
 * this regime uses, 1-2 = supporting. "Medicare" alone votes for both Medicare regimes; the
 * MA/FFS-specific cues break the tie.
 */
export const CUES: readonly Cue<'medicare_ffs'>[] = [
  {
    id: 'mac',
    target: 'medicare_ffs',
    weight: 4,
    hints: ['contractor'],
    re: /\bMedicare Administrative Contractor\b/i,
    why: 'a Medicare Administrative Contractor decided',
  },
  {
    id: 'redetermination',
    target: 'medicare_ffs',
    weight: 3,
    hints: ['redetermination'],
    re: /\bredetermination\b/i,
    why: 'the FFS first appeal level is a redetermination',
  },
  {
    id: 'msn',
    target: 'medicare_ffs',
    weight: 4,
    hints: ['summary', 'original', 'cms'],
    re: /\bMedicare Summary Notice\b|\bOriginal Medicare\b|\bCMS-20027\b/i,
    why: 'an Original Medicare notice',
  },
  {
    id: 'medicare_decides',
    target: 'medicare_ffs',
    weight: 3,
    hints: ['medicare'],
    re: /\bMedicare (?:received|processed|paid|did not pay|denied|approved) (?:a |the |your |this )?claims?\b|\bMedicare Part [AB] claims?\b/i,
    why: 'Medicare itself decides the claim (a Medicare Advantage plan decides its own)',
  },
  {
    id: 'qic',
    target: 'medicare_ffs',
    weight: 3,
    hints: ['qualified', 'qic'],
    re: /\bQualified Independent Contractor\b|\bQIC\b/,
    why: 'names the FFS reconsideration contractor',
  },
  {
    id: 'medicare_ffs_generic',
    target: 'medicare_ffs',
    weight: 1,
    hints: ['medicare'],
    re: /\bMedicare\b/i,
    why: 'mentions Medicare',
  },
  {
    id: 'beneficiary_ffs',
    target: 'medicare_ffs',
    weight: 1,
    hints: ['beneficiary', 'beneficiaries'],
    re: /\bbeneficiar(?:y|y['’]s|ies)\b/i,
    why: 'addresses a Medicare beneficiary',
  },
];
