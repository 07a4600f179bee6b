import { DEADLINE_RULES, ESCALATION_PATHS } from '@claimlane/domain-deadlines';
import type { RegimePack } from '../regime-pack.types';
import { CITATIONS } from './citations.data';
import { CUES } from './cues.data';
import { DISCLOSURE_RULES } from './disclosure.rules';

export const PACK: RegimePack = {
  regime: 'medicaid_managed_care',
  label: 'Medicaid through a managed care plan',
  decidingQuestion: 'Is the coverage Medicaid (or CHIP) provided through a managed care plan?',
  cues: CUES,
  disclosureRules: DISCLOSURE_RULES,
  citations: CITATIONS,
  deadlineRules: DEADLINE_RULES.filter((rule) => rule.regime === 'medicaid_managed_care'),
  escalation: ESCALATION_PATHS['medicaid_managed_care'],
};
