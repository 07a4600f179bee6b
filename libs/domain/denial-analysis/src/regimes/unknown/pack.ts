import { DEADLINE_RULES, ESCALATION_PATHS } from '@claimlane/domain-deadlines';
import type { RegimePack } from '../regime-pack.types';
import { CITATIONS } from './citations.data';
import { CUES } from './cues.data';
import { DISCLOSURE_RULES } from './disclosure.rules';

export const PACK: RegimePack = {
  regime: 'unknown',
  label: 'coverage of an unknown kind',
  decidingQuestion:
    'Which kind of coverage is this: an employer plan, an individual policy, Original Medicare, Medicare Advantage or Medicaid managed care? The member ID card says which.',
  cues: CUES,
  disclosureRules: DISCLOSURE_RULES,
  citations: CITATIONS,
  deadlineRules: DEADLINE_RULES.filter((rule) => rule.regime === 'unknown'),
  escalation: ESCALATION_PATHS['unknown'],
};
