import { DEADLINE_RULES, ESCALATION_PATHS } from '@claimlane/domain-deadlines';
import type { RegimePack } from '../regime-pack.types';
import { CITATIONS } from './citations.data';
import { CUES } from './cues.data';
import { DISCLOSURE_RULES } from './disclosure.rules';

export const PACK: RegimePack = {
  regime: 'medicare_advantage',
  label: 'a Medicare Advantage plan',
  decidingQuestion:
    'Does the member have a Medicare Advantage (Part C) plan card from a private insurer?',
  cues: CUES,
  disclosureRules: DISCLOSURE_RULES,
  citations: CITATIONS,
  deadlineRules: DEADLINE_RULES.filter((rule) => rule.regime === 'medicare_advantage'),
  escalation: ESCALATION_PATHS['medicare_advantage'],
};
