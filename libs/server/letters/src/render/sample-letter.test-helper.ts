import type { Regime } from '@claimlane/shared-contracts';
import type { LetterFacts } from '@claimlane/domain-letters';

/** A medical-necessity MRI case with two exhibits and three criteria (server-side tests). */
export function sampleLetterFacts(
  regime: Regime,
  overrides: Partial<LetterFacts> = {},
): LetterFacts {
  const base = (id: string, ref: string, text: string): LetterFacts['criteria'][number] => ({
    id,
    ref,
    parentRef: null,
    text,
    group: null,
    groupMin: null,
    evidence: [],
    explanation: null,
    clinicianAnswer: null,
  });
  return {
    regime,
    behavioralHealth: false,
    payerName: 'Acme Health Plan',
    memberName: 'Pat Doe',
    memberId: 'XJ-1234',
    claimNumber: 'CLM-889',
    serviceDescription: 'MRI lumbar spine (CPT 72148)',
    serviceDate: '2025-02-03',
    denialDate: '2025-02-20',
    denialReasons: [
      'Not medically necessary: conservative therapy not documented',
      'No neurological deficit',
    ],
    criteriaReceived: true,
    policyRef: 'CP-0451 v2025-01',
    criteria: [
      {
        ...base('c1', '1', 'At least 6 weeks of physical therapy'),
        evidence: [
          { exhibitLabel: 'A', pageFrom: 2, pageTo: 3, quote: 'PT twice weekly since 2024-12-01' },
        ],
      },
      {
        ...base('c2', '2', 'Neurological deficit on examination'),
        evidence: [
          { exhibitLabel: 'B', pageFrom: 1, pageTo: 1, quote: 'absent left ankle reflex' },
        ],
      },
      {
        ...base('c3', '3', 'No prior lumbar surgery'),
        explanation: 'Not applicable: no prior lumbar surgery.',
      },
    ],
    exhibits: [
      { label: 'A', title: 'Physical therapy notes', pageCount: 4 },
      { label: 'B', title: 'Chart notes', pageCount: 2 },
    ],
    nextQuestions: [],
    memberAppealDue: '2025-08-19',
    appealSubmittedOn: '2025-03-01',
    payerDecisionDue: '2025-04-30',
    level: 1,
    ...overrides,
  };
}
