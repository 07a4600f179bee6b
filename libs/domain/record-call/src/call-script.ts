import { ALL_PARTY_CONSENT_STATES } from './consent-states';
import { TOPIC_QUESTIONS, type CallTopic } from './call-topics';
import {
  classifyUtterance,
  referenceNumbersIn,
  requestedIdentifiers,
} from './representative-utterance';

export type Speaker = 'assistant' | 'representative';

export interface TranscriptTurn {
  speaker: Speaker;
  text: string;
  /** The representative's turn was cut off by a hang-up. */
  interrupted?: boolean;
}

export type TopicStatus = 'answered' | 'refused' | 'not_obtained' | 'not_asked';

export interface TopicOutcome {
  topic: CallTopic;
  status: TopicStatus;
  /** The representative turn holding the answer or the refusal. */
  turn: number | null;
  asks: number;
  proprietary: boolean;
}

export type CallOutcome = 'completed' | 'callback_promised' | 'consent_refused' | 'disconnected';
export type CallPhase = 'opening' | 'asking' | 'on_hold' | 'transferred' | 'closing' | 'ended';

export interface CallScriptInput {
  topics: CallTopic[];
  /** Who the assistant calls for (the clinic's name; never the patient's). */
  onBehalfOf: string;
  /** All-party-consent states the call touches (see allPartyConsentStates). */
  consentStates: string[];
  /** Identifiers the assistant gives only when the representative asks for them. */
  identity: {
    claimNumber?: string | null;
    memberId?: string | null;
    patientName?: string | null;
    dateOfBirth?: string | null;
    serviceDate?: string | null;
  };
  /** Representative turns before the assistant closes politely (a runaway call costs money). */
  maxRepresentativeTurns?: number;
}

const MAX_ASKS = 2;

/**
 * The Record Call conversation as a state machine over text turns. Pure: no clock, no I/O. The
 * provider adapter speaks what {@link open} and {@link hear} return and feeds back what it heard.
 * Every call, and every new party after a transfer, hears the AI and recording disclosure first.
 */
export class CallScript {
  readonly turns: TranscriptTurn[] = [];
  readonly outcomes: TopicOutcome[];
  phase: CallPhase = 'opening';
  outcome: CallOutcome | null = null;
  callbackTurn: number | null = null;
  holds = 0;
  transfers = 0;
  private current = 0;
  private proprietaryRebutted = false;
  private repTurns = 0;

  constructor(private readonly input: CallScriptInput) {
    this.outcomes = input.topics.map((topic) => ({
      topic,
      status: 'not_asked',
      turn: null,
      asks: 0,
      proprietary: false,
    }));
  }

  get ended(): boolean {
    return this.phase === 'ended';
  }

  /** The opening utterance: AI assistant, recorded line, and all-party consent where it applies. */
  open(): string {
    if (this.turns.length > 0) throw new Error('call already opened');
    return this.say(this.disclosure())[0]!;
  }

  disclosure(): string {
    const states = this.input.consentStates.map((s) => ALL_PARTY_CONSENT_STATES[s] ?? s);
    const consent =
      states.length > 0
        ? ` ${listOf(states)} ${states.length > 1 ? 'require' : 'requires'} the consent of everyone on a call to record it: do I have your consent to continue on a recorded line?`
        : '';
    return `Hello, this is an AI assistant, an automated caller, calling on behalf of ${this.input.onBehalfOf} about a denied claim. This call is being recorded.${consent}`;
  }

  /** The representative's turn; returns what the assistant says next (nothing while on hold). */
  hear(text: string): string[] {
    if (this.phase === 'ended') throw new Error('call has ended');
    const turn = this.turns.push({ speaker: 'representative', text }) - 1;
    this.repTurns++;
    this.noteVolunteeredReference(text, turn);

    if (this.phase === 'transferred') {
      // A new person is on the line: they hear the disclosure before anything else.
      this.phase = 'opening';
      return this.say(this.disclosure());
    }
    const opening = this.phase === 'opening';
    const topic = this.currentTopic();
    const intent = classifyUtterance(text, { topic: opening ? null : topic, opening });
    if (this.repTurns >= (this.input.maxRepresentativeTurns ?? 120)) return this.close();

    switch (intent.kind) {
      case 'consent_refused':
        this.outcome = 'consent_refused';
        this.phase = 'ended';
        return this.say('Understood. I will end the call now without continuing. Goodbye.');
      case 'hold':
        this.holds++;
        this.phase = 'on_hold';
        return this.say('Of course, I will hold.');
      case 'transfer':
        this.transfers++;
        this.phase = 'transferred';
        // The next person gets the question fresh; asks made of the previous one do not count.
        for (const o of this.outcomes) if (o.status === 'not_asked') o.asks = 0;
        return this.say('Thank you, I will wait for the transfer.');
      case 'identification':
        if (opening) return this.begin(false, this.identify(text));
        return this.say(`${this.identify(text)} ${this.question(false)}`);
      case 'callback':
        return this.callback(turn);
      case 'refusal':
        if (opening) return this.begin();
        return this.refusal(turn, intent.proprietary);
      case 'answer':
        return this.answered(turn);
      case 'resume':
      case 'other':
        if (opening || this.phase === 'on_hold') return this.begin(this.phase === 'on_hold');
        return this.nonAnswer();
    }
  }

  /** The line dropped; whatever the representative was saying is kept, marked as cut off. */
  hangUp(partialText?: string): void {
    if (this.phase === 'ended') return;
    if (partialText)
      this.turns.push({ speaker: 'representative', text: partialText, interrupted: true });
    this.outcome = 'disconnected';
    this.phase = 'ended';
  }

  currentTopic(): CallTopic | null {
    return this.outcomes[this.current]?.topic ?? null;
  }

  private say(...lines: string[]): string[] {
    for (const text of lines) this.turns.push({ speaker: 'assistant', text });
    return lines;
  }

  private begin(resumed = false, prefix = 'Thank you.'): string[] {
    this.phase = 'asking';
    const o = this.outcomes[this.current];
    if (!o) return this.close();
    if (resumed) return this.say(`Thank you. ${this.question(false)}`);
    const id = this.input.identity;
    const claim =
      id.claimNumber && !prefix.includes(id.claimNumber)
        ? ` It is about claim ${id.claimNumber}${id.serviceDate ? `, date of service ${id.serviceDate}` : ''}.`
        : '';
    return this.say(`${prefix}${claim} ${this.question(o.asks > 0)}`);
  }

  private question(followUp: boolean): string {
    const o = this.outcomes[this.current]!;
    o.asks++;
    const q = TOPIC_QUESTIONS[o.topic];
    return followUp ? q.followUp : q.ask;
  }

  private identify(text: string): string {
    const id = this.input.identity;
    const parts: string[] = [];
    for (const want of requestedIdentifiers(text)) {
      if (want === 'member_id' && id.memberId) parts.push(`The member ID is ${id.memberId}.`);
      if (want === 'dob' && id.dateOfBirth) parts.push(`The date of birth is ${id.dateOfBirth}.`);
      if (want === 'name' && id.patientName) parts.push(`The patient's name is ${id.patientName}.`);
      if (want === 'claim' && id.claimNumber) parts.push(`The claim number is ${id.claimNumber}.`);
    }
    return parts.length > 0
      ? parts.join(' ')
      : 'I do not have that detail; the claim number should identify the claim.';
  }

  private answered(turn: number): string[] {
    const o = this.outcomes[this.current]!;
    o.status = 'answered';
    o.turn = turn;
    return this.next('Thank you.');
  }

  private nonAnswer(): string[] {
    const o = this.outcomes[this.current]!;
    if (o.asks < MAX_ASKS) return this.say(this.question(true));
    o.status = 'not_obtained';
    return this.next(
      `Understood. We will ask for ${TOPIC_QUESTIONS[o.topic].inWriting} in writing.`,
    );
  }

  private refusal(turn: number, proprietary: boolean): string[] {
    const o = this.outcomes[this.current]!;
    o.proprietary ||= proprietary;
    if (proprietary && o.topic === 'criteria_applied' && !this.proprietaryRebutted) {
      this.proprietaryRebutted = true;
      return this.say(
        'I understand the criteria may be licensed. The claims rules still require the plan to identify the guideline or criteria it relied on and to provide a copy free of charge on request. Can you tell me the name and version of the criteria that were applied?',
      );
    }
    o.status = 'refused';
    o.turn = turn;
    return this.next(
      `Understood. Please note in the file that the provider asked for ${TOPIC_QUESTIONS[o.topic].inWriting}, and that it be sent in writing.`,
    );
  }

  private callback(turn: number): string[] {
    this.callbackTurn = turn;
    for (const o of this.outcomes)
      if (o.status === 'not_asked' && o.topic !== 'reference_number') o.status = 'not_obtained';
    const cur = this.outcomes[this.current];
    if (cur && cur.status === 'not_asked') cur.status = 'not_obtained';
    const ref = this.outcomes.findIndex((o) => o.topic === 'reference_number');
    if (ref >= 0 && this.outcomes[ref]!.status !== 'answered') {
      this.current = ref;
      this.outcomes[ref]!.status = 'not_asked';
      return this.say(`Thank you, a call back is fine. ${this.question(false)}`);
    }
    return this.close('Thank you, a call back is fine.');
  }

  private next(prefix: string): string[] {
    this.current++;
    while (this.outcomes[this.current] && this.outcomes[this.current]!.status === 'answered')
      this.current++;
    const o = this.outcomes[this.current];
    if (!o || (this.callbackTurn !== null && o.topic !== 'reference_number'))
      return this.close(prefix);
    return this.say(`${prefix} ${this.question(false)}`);
  }

  private close(prefix = 'Thank you.'): string[] {
    for (const o of this.outcomes)
      if (o.status === 'not_asked' && o.asks > 0) o.status = 'not_obtained';
    const open = this.outcomes.filter((o) => o.status === 'refused' || o.status === 'not_obtained');
    const writing =
      open.length > 0
        ? ` The provider will also request ${listOf(open.map((o) => TOPIC_QUESTIONS[o.topic].inWriting))} in writing.`
        : '';
    this.outcome = this.callbackTurn !== null ? 'callback_promised' : 'completed';
    this.phase = 'ended';
    return this.say(`${prefix}${writing} That is everything I needed. Goodbye.`);
  }

  private noteVolunteeredReference(text: string, turn: number): void {
    const o = this.outcomes.find((x) => x.topic === 'reference_number');
    if (!o || o.status === 'answered' || referenceNumbersIn(text).length === 0) return;
    o.status = 'answered';
    o.turn = turn;
  }
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
