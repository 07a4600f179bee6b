import { describe, expect, it } from 'vitest';
import {
  allPartyConsentStates,
  callFindings,
  summarizeCall,
  topicsFor,
  type CallScriptInput,
} from '@claimlane/domain-record-call';
import { runCall } from '../run-call';
import { REPRESENTATIVE_PERSONAS, personaForNumber } from './carrier-representatives';
import { LocalCarrierSimulatorProvider } from './local-carrier-simulator.provider';
import { ToneSpeechSynthesizer } from './tone-speech-synthesizer';

const input: CallScriptInput = {
  topics: topicsFor(undefined, 'medical_necessity'),
  onBehalfOf: 'Riverbend Physical Therapy',
  consentStates: [],
  identity: { claimNumber: 'CLM-55120', memberId: 'XQH448120937', dateOfBirth: '04/19/1971' },
};
const sim = new LocalCarrierSimulatorProvider();
const numberOf = (persona: string) =>
  `+1312555${String(100 + REPRESENTATIVE_PERSONAS.indexOf(persona as never)).padStart(4, '0')}`;
const call = (persona: string, over: Partial<CallScriptInput> = {}) =>
  runCall(
    sim,
    { callId: `call-${persona}`, tenantId: 't', to: numberOf(persona) },
    { ...input, ...over },
  );
const summary = (r: Awaited<ReturnType<typeof call>>) =>
  summarizeCall(r.script.turns, r.script.outcomes, {
    outcome: r.script.outcome!,
    callbackTurn: r.script.callbackTurn,
    holds: r.script.holds,
    transfers: r.script.transfers,
  });

describe('local carrier simulator', () => {
  it('maps the fictional 555-01NN numbers to personas', () => {
    expect(personaForNumber('+13125550100')).toBe('cooperative');
    expect(personaForNumber('+13125550107')).toBe('hangs_up');
    expect(personaForNumber('+14155550000')).toBe('cooperative');
  });

  it('cooperative: every topic answered, a WAV recording, the first utterance is the disclosure', async () => {
    const r = await call('cooperative');
    expect(r.script.turns[0]!.text).toMatch(
      /^Hello, this is an AI assistant.*This call is being recorded\./,
    );
    expect(r.script.outcome).toBe('completed');
    expect(r.script.outcomes.every((o) => o.status === 'answered')).toBe(true);
    expect(r.recording?.mime).toBe('audio/wav');
    expect(r.recording!.bytes.subarray(0, 4).toString()).toBe('RIFF');
    expect(r.recording!.bytes.length).toBeLessThan(400_000);
    expect(summary(r).referenceNumbers).toHaveLength(1);
  });

  it('is deterministic: the same call gives the same transcript', async () => {
    const a = await call('difficult');
    const b = await call('difficult');
    expect(a.script.turns).toEqual(b.script.turns);
  });

  it('evasive: the specific reason is not obtained after the follow-up; others answered on the second ask', async () => {
    const s = summary(await call('evasive'));
    expect(s.specificReason?.status).toBe('not_obtained');
    expect(s.planProvision?.status).toBe('answered');
    expect(s.criteriaApplied?.status).toBe('answered');
  });

  it('transfers: the disclosure is repeated to the new person', async () => {
    const r = await call('transfers');
    expect(r.script.transfers).toBe(1);
    expect(r.script.turns.filter((t) => /AI assistant/.test(t.text))).toHaveLength(2);
    expect(r.script.outcome).toBe('completed');
  });

  it('holds: one hold, the criteria captured on return', async () => {
    const r = await call('holds');
    expect(r.script.holds).toBe(1);
    expect(summary(r).criteriaApplied?.value).toMatch(/InterQual 2025/);
  });

  it('refuses criteria and calls them proprietary: refusals become high findings', async () => {
    for (const persona of ['refuses_criteria', 'proprietary']) {
      const f = callFindings(summary(await call(persona)));
      expect(f.find((x) => x.code === 'call.refused.criteria_applied')?.severity).toBe('high');
    }
    const prop = callFindings(summary(await call('proprietary')));
    expect(prop.find((x) => x.code === 'call.refused.criteria_applied')?.explanation).toMatch(
      /proprietary/,
    );
  });

  it('gives the reference number only when asked twice', async () => {
    const r = await call('reference_twice');
    const ref = r.script.outcomes.find((o) => o.topic === 'reference_number')!;
    expect(ref).toMatchObject({ status: 'answered', asks: 2 });
  });

  it('hangs up mid-answer: disconnected, no recording', async () => {
    const r = await call('hangs_up');
    expect(r.script.outcome).toBe('disconnected');
    expect(r.recording).toBeNull();
    expect(r.script.turns.at(-1)).toMatchObject({
      text: 'The reviewer was Dr.',
      interrupted: true,
    });
  });

  it('promises a call-back and still gives a reference', async () => {
    const r = await call('callback');
    expect(r.script.outcome).toBe('callback_promised');
    expect(summary(r).referenceNumbers).toHaveLength(1);
  });

  it('refuses recording in a two-party-consent state: the call ends at once', async () => {
    const r = await call('refuses_recording', { consentStates: allPartyConsentStates(['CA']) });
    expect(r.script.turns[0]!.text).toMatch(/California requires the consent/);
    expect(r.script.outcome).toBe('consent_refused');
  });

  it('difficult: transfer, hold, proprietary criteria and a twice-asked reference in one call', async () => {
    const r = await call('difficult');
    const s = summary(r);
    expect(r.script.transfers).toBe(1);
    expect(r.script.outcome).toBe('completed');
    expect(s.refusals.map((x) => x.topic)).toContain('criteria_applied');
    expect(s.referenceNumbers).toHaveLength(1);
  });
});

describe('tone speech synthesizer (stand-in)', () => {
  it('writes a valid 8 kHz 8-bit mono WAV whose samples are the sine of each speaker', () => {
    const r = new ToneSpeechSynthesizer().synthesize([
      { speaker: 'assistant', text: 'one two three four five six' },
      { speaker: 'representative', text: 'seven eight nine ten eleven' },
    ]);
    const b = r.bytes;
    expect(b.toString('ascii', 0, 4)).toBe('RIFF');
    expect(b.toString('ascii', 8, 12)).toBe('WAVE');
    expect(b.readUInt32LE(24)).toBe(8000);
    expect(b.readUInt16LE(34)).toBe(8);
    expect(b.readUInt32LE(40)).toBe(b.length - 44);
    const pcm = b.subarray(44);
    // 440 Hz for the assistant: sample i is 128 + round(40 sin(2π·440·i/8000)).
    for (const i of [0, 1, 7, 199, 200, 1234])
      expect(pcm[i]).toBe(128 + Math.round(40 * Math.sin((2 * Math.PI * 440 * i) / 8000)));
    // The representative's tone (330 Hz) starts after the first segment and its gap.
    const start = Math.round((240 * 8000) / 1000) + Math.round((120 * 8000) / 1000);
    for (const i of [0, 5, 801])
      expect(pcm[start + i]).toBe(128 + Math.round(40 * Math.sin((2 * Math.PI * 330 * i) / 8000)));
    expect(r.durationMs).toBe(Math.round((pcm.length / 8000) * 1000));
  });
});
