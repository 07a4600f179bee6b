import { DEADLINE_RULES, ESCALATION_PATHS } from '@claimlane/domain-deadlines';
import type { RegimePack } from '../regime-pack.types';
import { CITATIONS } from './citations.data';
import { CUES } from './cues.data';
import { DISCLOSURE_RULES } from './disclosure.rules';

export const PACK: RegimePack = {
  regime: 'erisa_group_health',
  label: 'a plan sponsored by a private employer (ERISA)',
  decidingQuestion:
    "Is the plan sponsored by a private employer (not a government or church employer)? The member ID card, the plan documents or the employer's HR office say so.",
  cues: CUES,
  disclosureRules: DISCLOSURE_RULES,
  citations: CITATIONS,
  deadlineRules: DEADLINE_RULES.filter((rule) => rule.regime === 'erisa_group_health'),
  escalation: ESCALATION_PATHS['erisa_group_health'],
};
