import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicsFor } from '@claimlane/domain-record-call';
import { startTestApi, type TestApi } from '@claimlane/testing';
import { runCall } from '../run-call';
import { SimulatedRepresentative } from '../simulator/carrier-representatives';
import { TwilioCallProvider } from './twilio-call.provider';

const AUTH = 'flow_auth_token_0123456789abcdef';
const SID = 'ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const PUBLIC = 'https://api.claimlane.test';

let api: TestApi;
let standIn: Server;
let standInUrl: string;
const created: URLSearchParams[] = [];
/** The recording the stand-in serves: a tiny WAV (RIFF header and a little silence). */
const WAV = Buffer.concat([
  Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'),
  Buffer.alloc(40),
]);
const downloads: Array<{ path: string; authorization: string | undefined }> = [];

beforeAll(async () => {
  api = await startTestApi({ TWILIO_AUTH_TOKEN: AUTH, PUBLIC_API_URL: PUBLIC });
  standIn = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      // Twilio's recording resource (JSON, read by the SDK) and its media (the WAV).
      const rec = /\/Recordings\/(RE\w+)\.(json|wav)$/.exec(req.url ?? '');
      if (req.method === 'GET' && rec?.[2] === 'json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            sid: rec[1],
            account_sid: SID,
            call_sid: 'CA1',
            status: 'completed',
            duration: '7',
            media_url: `https://api.twilio.com/2010-04-01/Accounts/${SID}/Recordings/${rec[1]}`,
          }),
        );
        return;
      }
      if (req.method === 'GET' && rec?.[2] === 'wav') {
        downloads.push({ path: req.url!, authorization: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'audio/x-wav', 'content-length': WAV.length });
        res.end(WAV);
        return;
      }
      created.push(new URLSearchParams(body));
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ sid: `CA${String(created.length).padStart(32, '0')}`, status: 'queued' }),
      );
    });
  });
  await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', r));
  standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => standIn.close(() => r()));
  await api?.close();
});

/** Posts a webhook the way Twilio does: form-encoded, signed over the public URL. */
async function twilioPost(
  path: string,
  params: Record<string, string>,
  token = AUTH,
): Promise<Response> {
  const signature = twilio.getExpectedTwilioSignature(token, `${PUBLIC}${path}`, params);
  return fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature,
    },
    body: new URLSearchParams(params).toString(),
  });
}

const unxml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const saysIn = (xml: string) =>
  [...xml.matchAll(/<Say[^>]*>([^<]*)<\/Say>/g)].map((m) => unxml(m[1]!));

describe('Twilio call flow offline: REST stand-in, signed webhooks, Redis turn bridge', () => {
  it('refuses an unsigned or wrongly signed webhook with 403 and answers nothing', async () => {
    const path = '/calls/twilio/voice?tenantId=t&callId=c';
    expect((await twilioPost(path, { CallSid: 'CAx' }, 'wrong-token')).status).toBe(403);
    const unsigned = await fetch(`${api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'CallSid=CAx',
    });
    expect(unsigned.status).toBe(403);
  });

  it('runs a whole call: the worker script speaks through TwiML, the representative answers as SpeechResult', async () => {
    const provider = new TwilioCallProvider(
      {
        accountSid: SID,
        authToken: AUTH,
        from: '+13125550999',
        publicUrl: PUBLIC,
        apiUrl: standInUrl,
      },
      api.config.REDIS_URL,
      api.config.REDIS_KEY_PREFIX,
    );
    const running = runCall(
      provider,
      { callId: 'call-twilio-1', tenantId: 'tenant-1', to: '+13125550100' },
      {
        topics: topicsFor(undefined, 'medical_necessity'),
        onBehalfOf: 'Riverbend Physical Therapy',
        consentStates: ['CA'],
        identity: { claimNumber: 'CLM-55120', memberId: 'XQH448120937', dateOfBirth: '04/19/1971' },
      },
    );
    // Twilio's side: wait for the REST call, then answer, and keep replying until <Hangup/>.
    while (created.length === 0) await new Promise((r) => setTimeout(r, 20));
    const form = created[0]!;
    expect(form.get('Record')).toBe('true');
    const voicePath = form.get('Url')!.replace(PUBLIC, '');
    const sid = `CA${'1'.padStart(32, '0')}`;
    const rep = new SimulatedRepresentative('cooperative', 'call-twilio-1');
    let params: Record<string, string> = { CallSid: sid, CallStatus: 'in-progress' };
    const heardByRep: string[][] = [];
    for (let turn = 0; turn < 60; turn++) {
      const res = await twilioPost(voicePath, params);
      expect(res.status).toBe(200);
      const xml = await res.text();
      const lines = saysIn(xml);
      heardByRep.push(lines);
      if (xml.includes('<Hangup/>')) break;
      expect(xml).toContain('<Gather input="speech"');
      const reply = rep.respond(lines);
      if (reply.kind !== 'speech') throw new Error('the cooperative representative never hangs up');
      params = {
        CallSid: sid,
        CallStatus: 'in-progress',
        SpeechResult: reply.text,
        Confidence: '0.93',
      };
    }
    // Twilio's recordingStatusCallback (signed): the worker fetches the recording through the SDK.
    expect(form.get('RecordingStatusCallbackEvent')).toBe('completed');
    expect(form.get('MachineDetection')).toBe('Enable');
    const recorded = await twilioPost(form.get('RecordingStatusCallback')!.replace(PUBLIC, ''), {
      CallSid: sid,
      RecordingSid: 'RE0123456789abcdef0123456789abcdef',
      RecordingStatus: 'completed',
    });
    expect(recorded.status).toBe(204);
    const run = await running;
    expect(run.recording).toMatchObject({ mime: 'audio/wav', kind: 'audio', durationMs: 7000 });
    expect(run.recording!.bytes.equals(WAV)).toBe(true);
    expect(downloads.at(-1)).toEqual({
      path: `/2010-04-01/Accounts/${SID}/Recordings/RE0123456789abcdef0123456789abcdef.wav`,
      authorization: `Basic ${Buffer.from(`${SID}:${AUTH}`).toString('base64')}`,
    });
    expect(heardByRep[0]![0]).toMatch(
      /^Hello, this is an AI assistant.*This call is being recorded\./,
    );
    expect(run.providerCallId).toBe(sid);
    expect(run.script.outcome).toBe('completed');
    expect(run.script.outcomes.every((o) => o.status === 'answered')).toBe(true);
    expect(heardByRep.at(-1)!.join(' ')).toMatch(/Goodbye\.$/);
    // The status callback (signed) is accepted.
    const status = await twilioPost(form.get('StatusCallback')!.replace(PUBLIC, ''), {
      CallSid: sid,
      CallStatus: 'completed',
    });
    expect(status.status).toBe(204);
  });

  it('a hang-up reported by the status callback ends the worker’s wait as a disconnect', async () => {
    const provider = new TwilioCallProvider(
      {
        accountSid: SID,
        authToken: AUTH,
        from: '+13125550999',
        publicUrl: PUBLIC,
        apiUrl: standInUrl,
      },
      api.config.REDIS_URL,
      api.config.REDIS_KEY_PREFIX,
    );
    const before = created.length;
    const running = runCall(
      provider,
      { callId: 'call-twilio-2', tenantId: 'tenant-1', to: '+13125550100' },
      { topics: ['reference_number'], onBehalfOf: 'Clinic', consentStates: [], identity: {} },
    );
    while (created.length === before) await new Promise((r) => setTimeout(r, 20));
    const form = created.at(-1)!;
    const sid = `CA${String(created.length).padStart(32, '0')}`;
    const first = await twilioPost(form.get('Url')!.replace(PUBLIC, ''), { CallSid: sid });
    expect(saysIn(await first.text())[0]).toMatch(/AI assistant/);
    await twilioPost(form.get('StatusCallback')!.replace(PUBLIC, ''), {
      CallSid: sid,
      CallStatus: 'completed',
    });
    const run = await running;
    expect(run.script.outcome).toBe('disconnected');
    expect(run.recording).toBeNull();
  });

  it('answering-machine detection: hangs up without a message and fails the attempt as CALL_ANSWERED_BY_MACHINE', async () => {
    const provider = newProvider();
    const before = created.length;
    const running = runCall(
      provider,
      { callId: 'call-twilio-3', tenantId: 'tenant-1', to: '+13125550100' },
      { topics: ['reference_number'], onBehalfOf: 'Clinic', consentStates: [], identity: {} },
    );
    const failed = expect(running).rejects.toMatchObject({ code: 'CALL_ANSWERED_BY_MACHINE' });
    while (created.length === before) await new Promise((r) => setTimeout(r, 20));
    const form = created.at(-1)!;
    const sid = `CA${String(created.length).padStart(32, '0')}`;
    const res = await twilioPost(form.get('Url')!.replace(PUBLIC, ''), {
      CallSid: sid,
      AnsweredBy: 'machine_start',
    });
    const xml = await res.text();
    expect(xml).toContain('<Hangup/>');
    // Not a word for the machine: no disclosure, no message left.
    expect(saysIn(xml)).toEqual([]);
    await failed;
  });

  it('a busy line or no answer (status callback) fails the attempt with its own code', async () => {
    for (const [status, code] of [
      ['busy', 'CALL_BUSY'],
      ['no-answer', 'CALL_NOT_ANSWERED'],
    ] as const) {
      const before = created.length;
      const running = runCall(
        newProvider(),
        { callId: `call-twilio-${status}`, tenantId: 'tenant-1', to: '+13125550100' },
        { topics: ['reference_number'], onBehalfOf: 'Clinic', consentStates: [], identity: {} },
      );
      const failed = expect(running).rejects.toMatchObject({ code });
      while (created.length === before) await new Promise((r) => setTimeout(r, 20));
      const sid = `CA${String(created.length).padStart(32, '0')}`;
      const cb = await twilioPost(created.at(-1)!.get('StatusCallback')!.replace(PUBLIC, ''), {
        CallSid: sid,
        CallStatus: status,
      });
      expect(cb.status).toBe(204);
      await failed;
    }
  });

  it('refuses a recording callback with a bad signature', async () => {
    const res = await twilioPost(
      '/calls/twilio/recording?tenantId=t&callId=c',
      { CallSid: 'CAx', RecordingSid: 'REx', RecordingStatus: 'completed' },
      'wrong-token',
    );
    expect(res.status).toBe(403);
  });
});

function newProvider(): TwilioCallProvider {
  return new TwilioCallProvider(
    {
      accountSid: SID,
      authToken: AUTH,
      from: '+13125550999',
      publicUrl: PUBLIC,
      apiUrl: standInUrl,
    },
    api.config.REDIS_URL,
    api.config.REDIS_KEY_PREFIX,
  );
}
