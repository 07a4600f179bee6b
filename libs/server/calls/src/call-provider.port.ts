/**
 * The telephony port. A provider dials a payer line and gives back a session that speaks the
 * assistant's lines and returns what the other side said, as text (speech synthesis and recognition
 * sit behind their own ports below, inside the adapter).
 */
export interface DialRequest {
  callId: string;
  tenantId: string;
  /** E.164, and only ever a number on file for the tenant (checked before dialing). */
  to: string;
}

export type Heard = { kind: 'speech'; text: string } | { kind: 'hangup'; partialText?: string };

export interface CallRecording {
  mime: string;
  bytes: Buffer;
  /** `audio` for a real or synthesized recording. */
  kind: 'audio';
  durationMs: number;
}

export interface CallSession {
  readonly providerCallId: string;
  /** Speaks the lines, then waits for the other side's next turn (or the hang-up). */
  exchange(lines: string[]): Promise<Heard>;
  /** Speaks the last lines and hangs up; returns the recording when the provider made one. */
  finish(lines: string[]): Promise<CallRecording | null>;
}

export interface CallProvider {
  readonly name: 'simulator' | 'twilio';
  dial(req: DialRequest): Promise<CallSession>;
}

export const CALL_PROVIDER = Symbol('CALL_PROVIDER');

/** Text to audio. The local stand-in renders tones, not speech (no TTS engine here). */
export interface SpeechSynthesizer {
  synthesize(turns: Array<{ speaker: 'assistant' | 'representative'; text: string }>): {
    mime: string;
    bytes: Buffer;
    durationMs: number;
  };
}

/** Audio (or a provider's speech result) to text. */
export interface SpeechRecognizer {
  recognize(input: { text?: string; audio?: Buffer }): Promise<string>;
}

/** Errors a provider raises with a code the call row and the dead-letter view show. */
export class CallProviderError extends Error {
  override readonly name = 'CallProviderError';
  constructor(
    readonly code:
      | 'CALL_NOT_ANSWERED'
      | 'CALL_BUSY'
      /** Voicemail or an answering machine: the assistant hangs up without a message. */
      | 'CALL_ANSWERED_BY_MACHINE'
      | 'CALL_PROVIDER_FAILED'
      | 'CALL_TIMED_OUT',
    message: string,
  ) {
    super(message);
  }
}
