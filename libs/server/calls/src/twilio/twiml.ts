import twilio from 'twilio';

/**
 * TwiML for one assistant turn: Twilio speaks the lines (its <Say> is the speech synthesizer) and,
 * unless the call ends, gathers the representative's reply as speech (its recogniser), posting
 * `SpeechResult` to `actionUrl`.
 */
export function twimlForTurn(
  lines: string[],
  opts: { actionUrl: string; hangup: boolean },
): string {
  const r = new twilio.twiml.VoiceResponse();
  if (opts.hangup) {
    for (const line of lines) r.say({ voice: 'Polly.Joanna' }, line);
    r.hangup();
    return r.toString();
  }
  const gather = r.gather({
    input: ['speech'],
    action: opts.actionUrl,
    method: 'POST',
    speechTimeout: 'auto',
    actionOnEmptyResult: true,
  });
  for (const line of lines) gather.say({ voice: 'Polly.Joanna' }, line);
  return r.toString();
}

/** Ends the call at once, saying nothing (an answering machine gets no message). */
export function twimlHangup(): string {
  const r = new twilio.twiml.VoiceResponse();
  r.hangup();
  return r.toString();
}

/** Signature check of a Twilio webhook (X-Twilio-Signature over the full URL and POST params). */
export function isValidTwilioRequest(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}
