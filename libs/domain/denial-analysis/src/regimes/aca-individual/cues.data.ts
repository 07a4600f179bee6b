import type { Cue } from '../../classify/cue.types';

/**
 * Cues for aca_individual notices. Weights: 5/4 = names the program or statute, 3 = a form or body only
 * this regime uses, 1-2 = supporting. "Medicare" alone votes for both Medicare regimes; the
 * MA/FFS-specific cues break the tie.
 */
export const CUES: readonly Cue<'aca_individual'>[] = [
  {
    id: 'marketplace',
    target: 'aca_individual',
    weight: 4,
    hints: ['marketplace', 'healthcare', 'exchange', 'premium'],
    re: /\b(?:Health Insurance )?Marketplace\b|\bHealthCare\.gov\b|\bexchange plan\b|\bpremium tax credit\b|\b(?:purchased|bought|enrolled) (?:through|on|in) (?:the |your )?(?:[A-Z][\w]* ){0,3}(?:Health )?Exchange\b|\((?:on-?)?exchange\)|\bon-exchange\b/i,
    why: 'a Marketplace plan',
  },
  {
    id: 'individual_policy',
    target: 'aca_individual',
    weight: 3,
    hints: ['individual'],
    re: /\bindividual (?:policy|plan|market|health (?:insurance|plan)|coverage)\b/i,
    why: 'an individually purchased policy',
  },
  {
    id: 'aca_market_terms',
    target: 'aca_individual',
    weight: 4,
    hints: ['family', 'metal', 'exchange', 'bronze', 'silver', 'gold', 'platinum'],
    re: /\bindividual (?:and|&) family (?:health |HMO |PPO |EPO |POS )?(?:plans?|coverage)\b|\bmetal (?:tier|level)\b|\b(?:on|through) the (?:state |state health insurance |health insurance )?exchange\b|\bHealth Insurance Exchange\b|\b(?:Bronze|Silver|Gold|Platinum)(?: [A-Z][\w-]*| \d{2,5}){0,2} (?:HMO|PPO|EPO|POS|Individual|HSA)\b|\bIndividual (?:Bronze|Silver|Gold|Platinum)\b|\b(?:HMO|PPO|EPO|POS) (?:Bronze|Silver|Gold|Platinum)\b/i,
    why: 'individual-market wording: individual and family plan, metal tier or exchange',
  },
  {
    id: 'non_erisa',
    target: 'aca_individual',
    weight: 3,
    hints: ['erisa', 'governmental', 'church', 'government'],
    re: /\bnon-?ERISA\b|\bgovernmental plan\b|\bchurch plan\b|\bsponsored by (?:a unit of )?(?:local|state|county|city|municipal) government\b/i,
    why: 'a plan outside ERISA',
  },
];
