import type { Regime } from '@claimlane/shared-contracts';
import type { LetterFacts } from './letter.types';

/** A medical-necessity MRI case with two exhibits and three criteria (two evidenced, one explained). */
export function sampleFacts(regime: Regime, overrides: Partial<LetterFacts> = {}): LetterFacts {
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
        id: 'c1',
        ref: '1',
        parentRef: null,
        text: 'At least 6 weeks of physical therapy',
        group: null,
        groupMin: null,
        evidence: [
          { exhibitLabel: 'A', pageFrom: 2, pageTo: 3, quote: 'PT twice weekly since 2024-12-01' },
        ],
        explanation: null,
        clinicianAnswer: 'The patient completed 8 weeks of supervised PT without relief.',
      },
      {
        id: 'c2',
        ref: '2',
        parentRef: null,
        text: 'Neurological deficit on examination',
        group: null,
        groupMin: null,
        evidence: [
          { exhibitLabel: 'B', pageFrom: 1, pageTo: 1, quote: 'absent left ankle reflex' },
        ],
        explanation: null,
        clinicianAnswer: null,
      },
      {
        id: 'c3',
        ref: '3',
        parentRef: null,
        text: 'No prior lumbar surgery, or imaging after surgery',
        group: null,
        groupMin: null,
        evidence: [],
        explanation: 'Not applicable: no prior lumbar surgery.',
        clinicianAnswer: null,
      },
    ],
    exhibits: [
      { label: 'A', title: 'Physical therapy notes', pageCount: 4 },
      { label: 'B', title: 'Chart notes', pageCount: 2 },
    ],
    nextQuestions: ['Which records did the reviewer have?'],
    memberAppealDue: '2025-08-19',
    appealSubmittedOn: '2025-03-01',
    payerDecisionDue: '2025-04-30',
    level: 1,
    ...overrides,
  };
}
