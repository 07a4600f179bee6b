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

beforeAll(async () => {
  api = await startTestApi({ TWILIO_AUTH_TOKEN: AUTH, PUBLIC_API_URL: PUBLIC });
  standIn = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
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
    const run = await running;
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
});
