import { DEADLINE_RULES, ESCALATION_PATHS } from '@claimlane/domain-deadlines';
import type { RegimePack } from '../regime-pack.types';
import { CITATIONS } from './citations.data';
import { CUES } from './cues.data';
import { DISCLOSURE_RULES } from './disclosure.rules';

export const PACK: RegimePack = {
  regime: 'medicare_ffs',
  label: 'Original Medicare (fee-for-service)',
  decidingQuestion:
    'Does the member use the red-white-and-blue Original Medicare card for this service, with no private Medicare plan card?',
  cues: CUES,
  disclosureRules: DISCLOSURE_RULES,
  citations: CITATIONS,
  deadlineRules: DEADLINE_RULES.filter((rule) => rule.regime === 'medicare_ffs'),
  escalation: ESCALATION_PATHS['medicare_ffs'],
};
