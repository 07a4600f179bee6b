import { createHash } from 'node:crypto';
import { TOPIC_QUESTIONS, type CallTopic } from '@claimlane/domain-record-call';
import type { Heard } from '../call-provider.port';

/**
 * Scripted payer representatives for the LOCAL CARRIER SIMULATOR (development, tests, benches; not a
 * payer). Each reacts to the assistant's words only (text level, deterministic): the same lines
 * always get the same answers.
 */
export const REPRESENTATIVE_PERSONAS = [
  'cooperative',
  'evasive',
  'transfers',
  'holds',
  'refuses_criteria',
  'proprietary',
  'reference_twice',
  'hangs_up',
  'callback',
  'refuses_recording',
  'difficult',
] as const;
export type RepresentativePersona = (typeof REPRESENTATIVE_PERSONAS)[number];

/**
 * Which persona answers a simulated number: the fictional 555-01NN range, NN = index in
 * REPRESENTATIVE_PERSONAS (+13125550100 cooperative … +13125550110 difficult); anything else is
 * cooperative.
 */
export function personaForNumber(e164: string): RepresentativePersona {
  const m = /555(01\d\d)$/.exec(e164);
  const idx = m ? Number(m[1]) - 100 : 0;
  return REPRESENTATIVE_PERSONAS[idx] ?? 'cooperative';
}

const ANSWERS: Record<CallTopic, string> = {
  specific_reason:
    'The request did not show six weeks of conservative therapy before the MRI was ordered.',
  plan_provision:
    'The denial is based on section 4.2 of the certificate of coverage, advanced imaging.',
  criteria_applied:
    'The reviewer applied InterQual 2025 Imaging, Lumbar Spine subset, version 2025.1.',
  criteria_copy: 'Yes, I will send a copy of the criteria free of charge to the provider.',
  reviewer: 'The reviewer was Dr. Alan Marsh, a board-certified orthopedic surgeon.',
  records_reviewed:
    'The reviewer had the office visit notes from August and the MRI order on file.',
  appeal_deadline: 'You have 180 days from the date of the notice to file an appeal.',
  appeal_submission: 'Appeals can be faxed to 855-555-0142, attention appeals unit.',
  reference_number: '',
};

const EVASIVE: Partial<Record<CallTopic, string>> = {
  specific_reason: 'It was denied as not medically necessary.',
  plan_provision: 'It is in the plan.',
  criteria_applied: 'We use our standard criteria.',
  records_reviewed: 'Everything that was submitted.',
};

function topicAsked(line: string): { topic: CallTopic; followUp: boolean } | null {
  for (const [topic, q] of Object.entries(TOPIC_QUESTIONS) as Array<
    [CallTopic, (typeof TOPIC_QUESTIONS)[CallTopic]]
  >) {
    if (line.includes(q.ask)) return { topic, followUp: false };
    if (line.includes(q.followUp)) return { topic, followUp: true };
  }
  if (/name and version of the criteria/.test(line))
    return { topic: 'criteria_applied', followUp: true };
  return null;
}

/** One representative on one call. */
export class SimulatedRepresentative {
  private asked = new Map<CallTopic, number>();
  private transferred = false;
  private greeted = false;
  private onHold = false;
  private readonly reference: string;

  constructor(
    readonly persona: RepresentativePersona,
    callId: string,
  ) {
    const h = createHash('sha256').update(callId).digest();
    this.reference = `REF-${String(h.readUInt32BE(0) % 1_000_000).padStart(6, '0')}-${'ABCDEFGHJK'[h[4]! % 10]}`;
  }

  get referenceNumber(): string {
    return this.reference;
  }

  respond(lines: string[]): Heard {
    const said = lines.join(' ');
    const p = this.persona;
    const difficult = p === 'difficult';
    if (/AI assistant/.test(said)) {
      if (p === 'refuses_recording') return speech('No, I do not consent to being recorded.');
      if (this.greeted) return speech('Okay, go ahead.');
      this.greeted = true;
      return speech(
        /consent/.test(said)
          ? 'Yes, that is fine. This is Karen in provider services. Can I have the member ID and date of birth?'
          : 'Thank you for calling provider services, this is Karen. Can I have the member ID and date of birth?',
      );
    }
    if (/I will wait for the transfer/.test(said)) return speech('Clinical review, this is Pat.');
    if (/I will hold/.test(said)) {
      this.onHold = true;
      return speech(
        `Thanks for holding. ${difficult ? 'Those criteria are proprietary, I cannot share them.' : ANSWERS.criteria_applied}`,
      );
    }
    const asked = topicAsked(said);
    if (!asked) return speech('Is there anything else?');
    const n = (this.asked.get(asked.topic) ?? 0) + 1;
    this.asked.set(asked.topic, n);
    const t = asked.topic;

    if ((p === 'transfers' || difficult) && !this.transferred) {
      this.transferred = true;
      return speech("I'll need to transfer you to clinical review for that.");
    }
    if ((p === 'holds' || difficult) && t === 'criteria_applied' && !this.onHold)
      return speech('Let me look that up, please hold.');
    if (p === 'callback')
      return t === 'reference_number'
        ? speech(`The reference number is ${this.reference}.`)
        : speech('I need to research this; someone will call you back within two business days.');
    if (p === 'hangs_up' && t === 'reviewer')
      return { kind: 'hangup', partialText: 'The reviewer was Dr.' };
    if (p === 'refuses_criteria' && (t === 'criteria_applied' || t === 'criteria_copy'))
      return speech("I'm sorry, I can't share that information.");
    if ((p === 'proprietary' || difficult) && t === 'criteria_applied')
      return speech('Those criteria are proprietary, I cannot share them.');
    if ((p === 'proprietary' || difficult) && t === 'criteria_copy')
      return speech('No, I cannot send proprietary criteria.');
    if (p === 'evasive' && EVASIVE[t] && (t === 'specific_reason' || n === 1))
      return speech(EVASIVE[t]!);
    if (t === 'reference_number')
      return (p === 'reference_twice' || difficult) && n === 1
        ? speech('Is there anything else I can help you with?')
        : speech(`Sure, your reference number is ${this.reference}.`);
    return speech(ANSWERS[t]);
  }
}

const speech = (text: string): Heard => ({ kind: 'speech', text });
