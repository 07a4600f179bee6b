import { DEADLINE_RULES, ESCALATION_PATHS } from '@claimlane/domain-deadlines';
import type { RegimePack } from '../regime-pack.types';
import { CITATIONS } from './citations.data';
import { CUES } from './cues.data';
import { DISCLOSURE_RULES } from './disclosure.rules';

export const PACK: RegimePack = {
  regime: 'aca_individual',
  label: 'an individually bought policy (Marketplace or direct) or another non-ERISA insured plan',
  decidingQuestion:
    'Was the policy bought individually (HealthCare.gov, a state exchange, or directly from the insurer), or is it a government or church employer plan?',
  cues: CUES,
  disclosureRules: DISCLOSURE_RULES,
  citations: CITATIONS,
  deadlineRules: DEADLINE_RULES.filter((rule) => rule.regime === 'aca_individual'),
  escalation: ESCALATION_PATHS['aca_individual'],
};
