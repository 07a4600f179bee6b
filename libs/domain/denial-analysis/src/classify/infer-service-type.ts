import { SERVICE_TYPES, type ServiceType } from '@claimlane/shared-contracts';
import type { ServiceTypeEvidence } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';
import type { Cue } from './cue.types';
import { scoreCues, topTwo } from './score-cues';

// Urgent needs its own explicit cue: "if your situation is urgent, you may request an expedited
// appeal" is boilerplate about appeals, not a statement that this claim was urgent.
const SERVICE_TYPE_CUES: readonly Cue<ServiceType>[] = [
  {
    id: 'urgent_request',
    target: 'urgent',
    weight: 5,
    hints: ['fast', 'expedited', 'urgent'],
    re: /\b(?:you|your (?:doctor|provider|physician)) (?:asked|requested) (?:for )?(?:a |an )?(?:fast|expedited|urgent) (?:decision|determination|review|request|authorization)\b|\burgent (?:pre-service )?(?:care )?(?:claim|request) (?:for|was)\b|\b(?:this|your) (?:was an? )?(?:expedited|urgent) (?:pre-service )?request\b/i,
    why: 'the request was urgent/expedited',
  },
  {
    id: 'concurrent',
    target: 'concurrent',
    weight: 4,
    hints: ['concurrent', 'continued', 'additional', 'extension'],
    re: /\bconcurrent review\b|\bcontinued stay\b|\badditional (?:inpatient )?days\b|\bextension of (?:your )?(?:stay|services)\b/i,
    why: 'a decision during ongoing care',
  },
  {
    id: 'services_ending',
    target: 'concurrent',
    weight: 4,
    hints: ['ending', 'end', 'ends', 'non', 'covered', 'discharge', 'plateau'],
    re: /\b(?:care|services?|coverage|stay)\b[^.\n]{0,40}\b(?:is|are|will be) ending\b|\bservices? (?:will )?end on\b|\blast covered day\b|\bNotice of Medicare Non-Coverage\b|\b(?:skilled nursing|home health|hospice) care is ending\b/i,
    why: 'services under way are ending (a decision during ongoing care)',
  },
  {
    id: 'requested_by',
    target: 'pre_service',
    weight: 3,
    hints: ['asked', 'requested', 'requesting'],
    re: /\b(?:you|your (?:doctor|provider|physician)) (?:asked for|requested)\b(?!\s+(?:a |an )?(?:plan )?(?:appeal|review|hearing))|\brequested (?:by your (?:doctor|provider|physician)|start)\b|\brequesting (?:provider|agency|facility|physician)\b|\b(?:period|dates?) requested\b|\b(?:visits|units|hours|services?) requested ?:/i,
    why: 'a service requested before it was given',
  },
  {
    id: 'authorization_request',
    target: 'pre_service',
    weight: 3,
    hints: ['request', 'requested'],
    re: /\b(?:prior|pre-?)(?:authorization|certification|service) request\b|\bauth(?:orization)? request[ \t]*(?:#|no\.|number|id\b)|\brequest(?:ed)? (?:for )?(?:approval|authorization|coverage) (?:of|for)\b|\b(?:we (?:have )?received|your) (?:a |the )?request (?:from|for)\b|\brequest for (?:[a-z]+ ){0,3}(?:treatment|services?|authorization|admission|surgery|care)\b/i,
    why: 'an authorization request',
  },
  {
    id: 'ndmc',
    target: 'pre_service',
    weight: 3,
    hints: ['coverage'],
    re: /\bNotice of Denial of Medical Coverage\b|\bdenied coverage of the following medical services\b/i,
    why: 'CMS service (not payment) denial notice',
  },
  {
    id: 'eob',
    target: 'post_service',
    weight: 3,
    hints: ['explanation', 'processed', 'bill'],
    re: /\bexplanation of benefits\b|\bprocessed your (?:recent )?claim\b|\bthis is not a bill\b/i,
    why: 'a processed claim (EOB)',
  },
  {
    id: 'billed',
    target: 'post_service',
    weight: 2,
    hints: ['billed', 'charge', 'charges', 'paid'],
    re: /\b(?:amount )?billed\b|\bcharges?\b[ \t]*:|\bplan paid\b/i,
    why: 'billed/paid amounts on a claim',
  },
  {
    id: 'claim_number',
    target: 'post_service',
    weight: 2,
    hints: ['claim'],
    re: /\bclaim(?: number| no\.?| #| id)?[ \t]*:/i,
    why: 'a claim number',
  },
];

export function inferServiceType(p: PreparedText, known?: ServiceType): ServiceTypeEvidence {
  const { scores, hits } = scoreCues(p, SERVICE_TYPE_CUES, [], ['boilerplate', 'appeal_rights']);
  if (known) return { value: known, decidedBy: 'facts', cues: hits };
  if ((scores.get('urgent') ?? 0) > 0) return { value: 'urgent', decidedBy: 'cues', cues: hits };
  // Care under way that is ending is a concurrent decision, however the request is worded.
  if (hits.some((h) => h.cue === 'services_ending'))
    return { value: 'concurrent', decidedBy: 'cues', cues: hits };
  const [top, second] = topTwo(scores, SERVICE_TYPES);
  if (!top || top.score < 2 || (second && second.score === top.score))
    return { value: null, decidedBy: 'default', cues: hits };
  return { value: top.id, decidedBy: 'cues', cues: hits };
}
