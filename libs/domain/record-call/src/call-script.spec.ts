import { describe, expect, it } from 'vitest';
import { CallScript, type CallScriptInput } from './call-script';
import { topicsFor } from './call-topics';
import { allPartyConsentStates } from './consent-states';
import { callFindings, summarizeCall } from './call-summary';
import { classifyUtterance } from './representative-utterance';

const input = (over: Partial<CallScriptInput> = {}): CallScriptInput => ({
  topics: topicsFor(undefined, 'medical_necessity'),
  onBehalfOf: 'Riverbend Physical Therapy',
  consentStates: [],
  identity: {
    claimNumber: 'CLM-55120',
    memberId: 'XQH448120937',
    patientName: 'Dana Whitcombe',
    dateOfBirth: '04/19/1971',
    serviceDate: '2026-09-14',
  },
  ...over,
});

/** Plays representative lines until the script ends or the lines run out. */
function play(script: CallScript, lines: string[]): void {
  script.open();
  for (const line of lines) {
    if (script.ended) break;
    script.hear(line);
  }
}

const summaryOf = (s: CallScript) =>
  summarizeCall(s.turns, s.outcomes, {
    outcome: s.outcome ?? 'completed',
    callbackTurn: s.callbackTurn,
    holds: s.holds,
    transfers: s.transfers,
  });

describe('call script opening', () => {
  it('opens by saying it is an AI assistant and that the call is recorded', () => {
    const s = new CallScript(input());
    const first = s.open();
    expect(first).toMatch(/^Hello, this is an AI assistant/);
    expect(first).toMatch(/This call is being recorded\./);
    expect(s.turns[0]).toEqual({ speaker: 'assistant', text: first });
    expect(first).not.toMatch(/consent/);
  });

  it('names all-party-consent states in the opening and asks for consent', () => {
    const states = allPartyConsentStates(['ca', 'TX', 'PA', null]);
    expect(states).toEqual(['CA', 'PA']);
    const first = new CallScript(input({ consentStates: states })).open();
    expect(first).toMatch(/AI assistant/);
    expect(first).toMatch(/California and Pennsylvania require the consent of everyone/);
  });

  it('ends at once when the representative refuses to be recorded', () => {
    const s = new CallScript(input({ consentStates: ['WA'] }));
    play(s, ['No, I do not consent to being recorded.', 'What is the reason?']);
    expect(s.outcome).toBe('consent_refused');
    expect(s.turns.filter((t) => t.speaker === 'representative')).toHaveLength(1);
    expect(s.outcomes.every((o) => o.status === 'not_asked')).toBe(true);
  });

  it('refuses to open twice', () => {
    const s = new CallScript(input());
    s.open();
    expect(() => s.open()).toThrow(/already opened/);
  });
});

describe('topics from the disclosure audit', () => {
  it('asks only for what the letter left missing or vague, plus reviewer, records and a reference', () => {
    const topics = topicsFor(
      [
        { element: 'specific_reason', status: 'present' },
        { element: 'plan_provision', status: 'vague' },
        { element: 'criteria_or_guideline', status: 'present' },
        { element: 'clinical_rationale', status: 'present' },
        { element: 'appeal_procedures_and_time_limits', status: 'present' },
      ],
      'coding_billing',
    );
    expect(topics).toEqual([
      'plan_provision',
      'records_reviewed',
      'appeal_submission',
      'reference_number',
    ]);
  });

  it('a medical-necessity denial always asks for the criteria and the reviewer', () => {
    const topics = topicsFor(
      [{ element: 'criteria_or_guideline', status: 'present' }],
      'medical_necessity',
    );
    expect(topics).toContain('criteria_applied');
    expect(topics).toContain('reviewer');
    expect(topics).not.toContain('criteria_copy');
  });
});

describe('conversation', () => {
  it('a cooperative representative answers every topic; spans point at the answers', () => {
    const s = new CallScript(input());
    play(s, [
      'Sure, go ahead. Can I have the member ID and date of birth?',
      'Thanks. The request did not show six weeks of conservative therapy before the MRI.',
      'That is section 4.2 of the certificate of coverage, imaging services.',
      'The reviewer applied InterQual 2025 Imaging, Lumbar Spine subset.',
      'Yes, I will send a copy of the criteria free of charge to the provider.',
      'The reviewer was Dr. Alan Marsh, a board-certified orthopedic surgeon.',
      'The reviewer had the office visit notes from August and the MRI order on file.',
      'You have 180 days from the date of the notice to appeal.',
      'Appeals go to fax 855-555-0142, attention appeals unit.',
      'Your reference number is REF-2026-118842.',
    ]);
    expect(s.outcome).toBe('completed');
    expect(s.outcomes.every((o) => o.status === 'answered')).toBe(true);
    const assistantLines = s.turns.filter((t) => t.speaker === 'assistant').map((t) => t.text);
    expect(assistantLines[1]).toContain('The member ID is XQH448120937.');
    expect(assistantLines[1]).toContain('The date of birth is 04/19/1971.');
    const sum = summaryOf(s);
    expect(sum.referenceNumbers.map((r) => r.value)).toEqual(['REF-2026-118842']);
    const r = sum.referenceNumbers[0]!;
    expect(s.turns[r.span.turn]!.text.slice(r.span.start, r.span.end)).toBe('REF-2026-118842');
    expect(sum.reviewerName?.value).toBe('Dr. Alan Marsh');
    expect(sum.reviewerCredentials?.value).toBe('board-certified orthopedic surgeon');
    expect(sum.appealDeadline?.value).toMatch(/^180 days/);
    expect(sum.appealSubmission?.value).toMatch(/855-555-0142/);
    expect(sum.criteriaApplied?.value).toContain('InterQual 2025');
    const f = callFindings(sum);
    expect(f.map((x) => x.code)).toEqual(['call.criteria_named', 'call.reviewer_identified']);
    expect(f[0]!.explanation).toMatch(/^Criteria named on the call: .*InterQual 2025/);
  });

  it('calls the criteria proprietary: cites the rule once, then records the refusal', () => {
    const s = new CallScript(input({ topics: ['criteria_applied', 'reference_number'] }));
    play(s, [
      'How can I help?',
      'Those criteria are proprietary, I cannot share them.',
      'Sorry, they are proprietary and confidential.',
      'The reference number is CALL-7781-2234.',
    ]);
    const lines = s.turns.filter((t) => t.speaker === 'assistant').map((t) => t.text);
    expect(lines[2]).toMatch(/free of charge on request/);
    expect(s.outcomes[0]).toMatchObject({ status: 'refused', proprietary: true });
    expect(lines[3]).toMatch(/sent in writing/);
    const f = callFindings(summaryOf(s));
    expect(f[0]).toMatchObject({
      code: 'call.refused.criteria_applied',
      severity: 'high',
      element: 'criteria_or_guideline',
    });
    expect(f[0]!.explanation).toMatch(/called it proprietary/);
  });

  it('an evasive answer gets one sharper follow-up, then is requested in writing', () => {
    const s = new CallScript(input({ topics: ['specific_reason', 'reference_number'] }));
    play(s, [
      'Go ahead.',
      'It was denied as not medically necessary.',
      'Like I said, it was not medically necessary per the plan.',
      'Reference number R-55102-B.',
    ]);
    expect(s.outcomes[0]).toMatchObject({ status: 'not_obtained', asks: 2 });
    const sum = summaryOf(s);
    expect(sum.specificReason).toMatchObject({ status: 'not_obtained', value: null });
    expect(callFindings(sum).map((f) => f.code)).toEqual(['call.not_obtained.specific_reason']);
    expect(s.turns.at(-1)!.text).toMatch(/request the specific reason for the denial in writing/);
  });

  it('gives a reference number only when asked twice', () => {
    const s = new CallScript(input({ topics: ['reference_number'] }));
    play(s, ['Hi.', 'Is there anything else I can help with?', 'Sure, it is REF-99812-Q.']);
    expect(s.outcomes[0]).toMatchObject({ status: 'answered', asks: 2, turn: 5 });
    expect(s.outcome).toBe('completed');
  });

  it('holds quietly, then takes the answer given on return', () => {
    const s = new CallScript(input({ topics: ['plan_provision', 'reference_number'] }));
    play(s, [
      'Hello.',
      'Let me look that up, please hold.',
      'Thanks for holding. It is section 7, exclusion 12 of the plan document.',
      'Reference number is 4481-22901.',
    ]);
    expect(s.holds).toBe(1);
    expect(s.outcomes[0]).toMatchObject({ status: 'answered' });
    expect(s.turns.find((t) => t.text === 'Of course, I will hold.')).toBeDefined();
  });

  it('after a transfer the new person hears the AI and recording disclosure again', () => {
    const s = new CallScript(input({ topics: ['reviewer', 'reference_number'] }));
    play(s, [
      'Hello.',
      "I'll need to transfer you to clinical review.",
      'Clinical review, this is Pat.',
      'Okay.',
      'That was Dr. Nia Ford, our medical director.',
      'Reference CR-20931-X.',
    ]);
    const disclosures = s.turns.filter(
      (t) => t.speaker === 'assistant' && /AI assistant.*recorded/.test(t.text),
    );
    expect(disclosures).toHaveLength(2);
    expect(s.transfers).toBe(1);
    expect(summaryOf(s).reviewerName?.value).toBe('Dr. Nia Ford');
  });

  it('a promised call-back still collects the reference number and ends as callback_promised', () => {
    const s = new CallScript(input());
    play(s, [
      'Go ahead.',
      'I need to research this; someone will call you back within two business days.',
      'The reference number is CB-771204.',
    ]);
    expect(s.outcome).toBe('callback_promised');
    expect(s.outcomes.find((o) => o.topic === 'reference_number')?.status).toBe('answered');
    expect(s.outcomes.find((o) => o.topic === 'plan_provision')?.status).toBe('not_obtained');
    expect(summaryOf(s).callback).toMatchObject({ turn: 3 });
  });

  it('a hang-up mid-answer ends the call as disconnected and keeps the cut-off text marked', () => {
    const s = new CallScript(input());
    play(s, ['Go ahead.']);
    s.hangUp('The reason it was denied is that the');
    expect(s.outcome).toBe('disconnected');
    expect(s.turns.at(-1)).toMatchObject({ interrupted: true });
    expect(() => s.hear('hello?')).toThrow(/ended/);
  });

  it('stops a runaway call after the representative-turn limit', () => {
    const s = new CallScript(input({ maxRepresentativeTurns: 5 }));
    play(
      s,
      Array.from({ length: 20 }, () => 'Hmm.'),
    );
    expect(s.ended).toBe(true);
    expect(s.turns.filter((t) => t.speaker === 'representative')).toHaveLength(5);
  });
});

describe('utterance classification', () => {
  it.each([
    ['Please hold while I pull that up.', 'hold'],
    ["I'm going to transfer you to utilization management.", 'transfer'],
    ["I'm sorry, I can't share that information.", 'refusal'],
    ['Someone will call you back tomorrow.', 'callback'],
    ['Can I have the member ID please?', 'identification'],
    ['Thanks for holding.', 'resume'],
    ['It was not medically necessary.', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(classifyUtterance(text, { topic: 'specific_reason', opening: false }).kind).toBe(kind);
  });
});
