import { CallScript, type CallScriptInput } from '@claimlane/domain-record-call';
import type { CallProvider, CallRecording } from './call-provider.port';

export interface CallRun {
  script: CallScript;
  providerCallId: string;
  recording: CallRecording | null;
  startedAt: Date;
  endedAt: Date;
}

/**
 * Drives one conversation: the script speaks first (the AI/recording disclosure), then each heard
 * turn goes through the script until it ends or the line drops. No database, no PHI in logs.
 */
export async function runCall(
  provider: CallProvider,
  dial: { callId: string; tenantId: string; to: string },
  input: CallScriptInput,
  signal?: AbortSignal,
): Promise<CallRun> {
  const startedAt = new Date();
  const script = new CallScript(input);
  const session = await provider.dial(dial);
  let lines = [script.open()];
  let recording: CallRecording | null = null;
  for (;;) {
    if (signal?.aborted) throw new Error('call aborted');
    const heard = await session.exchange(lines);
    if (heard.kind === 'hangup') {
      script.hangUp(heard.partialText);
      break;
    }
    lines = script.hear(heard.text);
    if (script.ended) {
      recording = await session.finish(lines);
      break;
    }
  }
  return {
    script,
    providerCallId: session.providerCallId,
    recording,
    startedAt,
    endedAt: new Date(),
  };
}
