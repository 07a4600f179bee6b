import { Redis } from 'ioredis';
import twilio from 'twilio';
import type RequestClientType from 'twilio/lib/base/RequestClient';
import type { AppConfig } from '@claimlane/server-config';
import {
  CallProviderError,
  type CallProvider,
  type CallRecording,
  type CallSession,
  type DialRequest,
  type Heard,
} from '../call-provider.port';
import { TwilioTurnBridge } from './twilio-turn-bridge';

/** Seconds the worker waits for the representative's next turn before treating the line as dead. */
const TURN_TIMEOUT_S = 120;

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  from: string;
  /** Public base URL Twilio calls back (`/calls/twilio/voice`, `/calls/twilio/status`). */
  publicUrl: string;
  /** Send REST calls here instead of api.twilio.com (a local stand-in in tests). */
  apiUrl?: string;
}

/** A Twilio REST client; with `apiUrl` every request goes to that host instead (tests, stand-ins). */
export function twilioClient(o: Pick<TwilioOptions, 'accountSid' | 'authToken' | 'apiUrl'>) {
  if (!o.apiUrl) return twilio(o.accountSid, o.authToken);
  const base = new URL(o.apiUrl);
  class RedirectingClient extends twilio.RequestClient {
    override request<T>(opts: RequestClientType.RequestOptions<T>) {
      const u = new URL(opts.uri);
      u.protocol = base.protocol;
      u.host = base.host;
      return super.request<T>({ ...opts, uri: u.toString() });
    }
  }
  return twilio(o.accountSid, o.authToken, { httpClient: new RedirectingClient() });
}

export const webhookUrls = (publicUrl: string, tenantId: string, callId: string) => {
  const q = `tenantId=${encodeURIComponent(tenantId)}&callId=${encodeURIComponent(callId)}`;
  const base = publicUrl.replace(/\/$/, '');
  return { voice: `${base}/calls/twilio/voice?${q}`, status: `${base}/calls/twilio/status?${q}` };
};

/**
 * Twilio adapter of the CallProvider port: places the outbound call with the REST API (recorded,
 * with status callbacks), then runs the conversation through webhooks: the API answers each Twilio
 * request with TwiML for the worker's next lines (<Say> + <Gather input="speech">), and the
 * SpeechResult comes back to the worker through {@link TwilioTurnBridge}.
 */
export class TwilioCallProvider implements CallProvider {
  readonly name = 'twilio' as const;
  private readonly client: ReturnType<typeof twilioClient>;

  constructor(
    private readonly o: TwilioOptions,
    private readonly redisUrl: string,
    private readonly keyPrefix: string,
  ) {
    this.client = twilioClient(o);
  }

  async dial(req: DialRequest): Promise<CallSession> {
    const urls = webhookUrls(this.o.publicUrl, req.tenantId, req.callId);
    let sid: string;
    try {
      const call = await this.client.calls.create({
        to: req.to,
        from: this.o.from,
        url: urls.voice,
        method: 'POST',
        statusCallback: urls.status,
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
        record: true,
        machineDetection: 'Enable',
      });
      sid = call.sid;
    } catch (e) {
      throw new CallProviderError(
        'CALL_PROVIDER_FAILED',
        `Twilio refused the call (${(e as { status?: number }).status ?? 'no status'})`,
      );
    }
    const redis = new Redis(this.redisUrl, { keyPrefix: this.keyPrefix, lazyConnect: false });
    const blocking = redis.duplicate();
    const bridge = new TwilioTurnBridge(redis, blocking);
    const close = () => {
      redis.disconnect();
      blocking.disconnect();
    };
    return {
      providerCallId: sid,
      async exchange(lines: string[]): Promise<Heard> {
        await bridge.say(sid, { lines, hangup: false });
        const heard = await bridge.nextHeard(sid, TURN_TIMEOUT_S);
        if (!heard || heard.kind === 'hangup') {
          close();
          return { kind: 'hangup' };
        }
        return { kind: 'speech', text: heard.text };
      },
      async finish(lines: string[]): Promise<CallRecording | null> {
        await bridge.say(sid, { lines, hangup: true });
        close();
        // Twilio keeps the recording; its RecordingUrl arrives on the status callback (fetched later).
        return null;
      },
    };
  }
}

export function createTwilioCallProvider(config: AppConfig): TwilioCallProvider {
  const { TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: token, TWILIO_FROM_NUMBER: from } = config;
  if (!sid || !token || !from)
    throw new Error(
      'RECORD_CALL_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER',
    );
  return new TwilioCallProvider(
    {
      accountSid: sid,
      authToken: token,
      from,
      publicUrl: config.PUBLIC_API_URL,
      ...(config.TWILIO_API_URL ? { apiUrl: config.TWILIO_API_URL } : {}),
    },
    config.REDIS_URL,
    config.REDIS_KEY_PREFIX,
  );
}
