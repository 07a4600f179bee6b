import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TwilioCallProvider, twilioClient, webhookUrls } from './twilio-call.provider';
import { isValidTwilioRequest, twimlForTurn } from './twiml';

const AUTH = 'test_auth_token_0123456789abcdef';
const SID = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

/** A local stand-in for api.twilio.com: records what the SDK sent and answers like the REST API. */
let server: Server;
let apiUrl: string;
const received: Array<{ method: string; path: string; auth: string; form: URLSearchParams }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({
        method: req.method!,
        path: req.url!,
        auth: req.headers.authorization ?? '',
        form: new URLSearchParams(body),
      });
      const to = new URLSearchParams(body).get('To') ?? '';
      if (
        req.url?.endsWith('/Calls.json') &&
        req.method === 'POST' &&
        /^\+[1-9]\d{7,14}$/.test(to)
      ) {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            sid: 'CA0123456789abcdef0123456789abcdef',
            status: 'queued',
            account_sid: SID,
          }),
        );
        return;
      }
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          code: 21211,
          message: "The 'To' number is not a valid phone number.",
          status: 400,
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('Twilio adapter (offline)', () => {
  it('the SDK places a recorded outbound call with our webhooks, through the local stand-in', async () => {
    const client = twilioClient({ accountSid: SID, authToken: AUTH, apiUrl });
    const urls = webhookUrls('https://api.claimlane.test', 'tenant-1', 'call-1');
    const call = await client.calls.create({
      to: '+13125550100',
      from: '+13125550999',
      url: urls.voice,
      statusCallback: urls.status,
      record: true,
    });
    expect(call.sid).toBe('CA0123456789abcdef0123456789abcdef');
    const sent = received.at(-1)!;
    expect(sent.path).toBe(`/2010-04-01/Accounts/${SID}/Calls.json`);
    expect(sent.auth).toBe(`Basic ${Buffer.from(`${SID}:${AUTH}`).toString('base64')}`);
    expect(sent.form.get('To')).toBe('+13125550100');
    expect(sent.form.get('Url')).toBe(
      'https://api.claimlane.test/calls/twilio/voice?tenantId=tenant-1&callId=call-1',
    );
    expect(sent.form.get('Record')).toBe('true');
  });

  it('a call Twilio refuses becomes CALL_PROVIDER_FAILED, before any turn bridge opens', async () => {
    const p = new TwilioCallProvider(
      {
        accountSid: SID,
        authToken: AUTH,
        from: '+13125550999',
        publicUrl: 'https://x.test',
        apiUrl,
      },
      'redis://127.0.0.1:1',
      'test:',
    );
    await expect(p.dial({ callId: 'c', tenantId: 't', to: 'not-a-number' })).rejects.toMatchObject({
      name: 'CallProviderError',
      code: 'CALL_PROVIDER_FAILED',
    });
    expect(received.at(-1)!.form.get('To')).toBe('not-a-number');
  });

  it('verifies webhook signatures the SDK computes, and refuses altered ones', () => {
    const url = 'https://api.claimlane.test/calls/twilio/voice?tenantId=t&callId=c';
    const params = { CallSid: 'CA1', SpeechResult: 'The reviewer was Dr. Alan Marsh.' };
    const sig = twilio.getExpectedTwilioSignature(AUTH, url, params);
    expect(isValidTwilioRequest(AUTH, sig, url, params)).toBe(true);
    expect(
      isValidTwilioRequest(AUTH, sig, url, { ...params, SpeechResult: 'something else' }),
    ).toBe(false);
    expect(isValidTwilioRequest(AUTH, sig, url.replace('callId=c', 'callId=d'), params)).toBe(
      false,
    );
    expect(isValidTwilioRequest('another-token', sig, url, params)).toBe(false);
    expect(isValidTwilioRequest(AUTH, undefined, url, params)).toBe(false);
  });

  it('TwiML: says the lines inside a speech Gather, or says them and hangs up', () => {
    const xml = twimlForTurn(['Hello, this is an AI assistant. This call is being recorded.'], {
      actionUrl: 'https://x.test/calls/twilio/voice?callId=c',
      hangup: false,
    });
    expect(xml).toMatch(
      /<Gather input="speech" action="https:\/\/x.test\/calls\/twilio\/voice\?callId=c"/,
    );
    expect(xml).toContain(
      '<Say voice="Polly.Joanna">Hello, this is an AI assistant. This call is being recorded.</Say></Gather>',
    );
    const bye = twimlForTurn(['Goodbye.'], { actionUrl: 'x', hangup: true });
    expect(bye).toContain('<Say voice="Polly.Joanna">Goodbye.</Say><Hangup/>');
    expect(bye).not.toContain('Gather');
  });
});
