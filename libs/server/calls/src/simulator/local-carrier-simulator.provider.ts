import { createHash } from 'node:crypto';
import {
  CallProviderError,
  type CallProvider,
  type CallRecording,
  type CallSession,
  type DialRequest,
  type Heard,
  type SpeechRecognizer,
} from '../call-provider.port';
import { SimulatedRepresentative, personaForNumber } from './carrier-representatives';
import { ToneSpeechSynthesizer } from './tone-speech-synthesizer';

/** The simulator hands over text; "recognition" passes it through (the port stays the same). */
export class TextPassthroughRecognizer implements SpeechRecognizer {
  async recognize(input: { text?: string }): Promise<string> {
    return input.text ?? '';
  }
}

/** Simulated lines that never reach a person (555-0190…0192), for the failure paths. */
const UNREACHABLE: Record<string, () => CallProviderError> = {
  '0190': () => new CallProviderError('CALL_ANSWERED_BY_MACHINE', 'An answering machine picked up'),
  '0191': () => new CallProviderError('CALL_NOT_ANSWERED', 'Nobody answered'),
  '0192': () => new CallProviderError('CALL_BUSY', 'The line was busy'),
};

/**
 * LOCAL CARRIER SIMULATOR: a CallProvider that "dials" a scripted representative in-process
 * (see carrier-representatives.ts for which number gets which persona). For development, tests and
 * benches only; it never reaches a phone network.
 */
export class LocalCarrierSimulatorProvider implements CallProvider {
  readonly name = 'simulator' as const;

  constructor(
    private readonly opts: {
      /** Simulated think time per representative turn (0 in tests and benches). */
      turnDelayMs?: number;
      synthesizer?: ToneSpeechSynthesizer;
      recognizer?: TextPassthroughRecognizer;
    } = {},
  ) {}

  async dial(req: DialRequest): Promise<CallSession> {
    const unreachable = UNREACHABLE[/555(\d{4})$/.exec(req.to)?.[1] ?? ''];
    if (unreachable) throw unreachable();
    const rep = new SimulatedRepresentative(personaForNumber(req.to), req.callId);
    const synth = this.opts.synthesizer ?? new ToneSpeechSynthesizer();
    const asr = this.opts.recognizer ?? new TextPassthroughRecognizer();
    const delay = this.opts.turnDelayMs ?? 0;
    const turns: Array<{ speaker: 'assistant' | 'representative'; text: string }> = [];
    let over = false;
    const providerCallId = `SIM${createHash('sha256').update(req.callId).digest('hex').slice(0, 30)}`;
    return {
      providerCallId,
      async exchange(lines: string[]): Promise<Heard> {
        if (over) return { kind: 'hangup' };
        for (const text of lines) turns.push({ speaker: 'assistant', text });
        if (delay) await new Promise((r) => setTimeout(r, delay));
        const heard = rep.respond(lines);
        if (heard.kind === 'hangup') {
          over = true;
          if (heard.partialText) turns.push({ speaker: 'representative', text: heard.partialText });
          return heard;
        }
        const text = await asr.recognize({ text: heard.text });
        turns.push({ speaker: 'representative', text });
        return { kind: 'speech', text };
      },
      async finish(lines: string[]): Promise<CallRecording | null> {
        for (const text of lines) turns.push({ speaker: 'assistant', text });
        over = true;
        const r = synth.synthesize(turns);
        return { kind: 'audio', mime: r.mime, bytes: r.bytes, durationMs: r.durationMs };
      },
    };
  }
}
