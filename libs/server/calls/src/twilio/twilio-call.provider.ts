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
  /** Seconds to wait after the hang-up for Twilio's recording callback (default 60). */
  recordingWaitS?: number;
}

/** A recording larger than this is not fetched (a WAV of two hours at 8 kHz is about 115 MB). */
const MAX_RECORDING_BYTES = 128 * 1024 * 1024;

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
  return {
    voice: `${base}/calls/twilio/voice?${q}`,
    status: `${base}/calls/twilio/status?${q}`,
    recording: `${base}/calls/twilio/recording?${q}`,
  };
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
        recordingStatusCallback: urls.recording,
        recordingStatusCallbackMethod: 'POST',
        recordingStatusCallbackEvent: ['completed'],
        // Twilio tells the voice webhook who answered (AnsweredBy) before the first line is spoken.
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
    const recordingWaitS = this.o.recordingWaitS ?? 60;
    return {
      providerCallId: sid,
      async exchange(lines: string[]): Promise<Heard> {
        await bridge.say(sid, { lines, hangup: false });
        const heard = await bridge.nextHeard(sid, TURN_TIMEOUT_S);
        if (heard?.kind === 'speech') return { kind: 'speech', text: heard.text };
        close();
        if (heard?.kind === 'machine')
          throw new CallProviderError('CALL_ANSWERED_BY_MACHINE', 'An answering machine picked up');
        if (heard?.kind === 'not_answered')
          throw new CallProviderError(
            heard.status === 'busy' ? 'CALL_BUSY' : 'CALL_NOT_ANSWERED',
            `The call did not connect (${heard.status})`,
          );
        return { kind: 'hangup' };
      },
      finish: async (lines: string[]): Promise<CallRecording | null> => {
        try {
          await bridge.say(sid, { lines, hangup: true });
          const ready = await bridge.nextRecording(sid, recordingWaitS);
          // No callback in time: the call's outputs are written without the audio.
          return ready ? await this.fetchRecording(ready.recordingSid) : null;
        } finally {
          close();
        }
      },
    };
  }

  /**
   * Fetches a finished recording: its resource through the SDK (duration, media URL), then the WAV
   * with the account's credentials. A failure returns null rather than failing the job, since a
   * retried job would dial the payer again for audio that Twilio still holds.
   */
  private async fetchRecording(recordingSid: string): Promise<CallRecording | null> {
    try {
      const rec = await this.client.recordings(recordingSid).fetch();
      if (rec.status !== 'completed' || !rec.mediaUrl) return null;
      const url = new URL(`${rec.mediaUrl.replace(/\.(json|wav|mp3)$/, '')}.wav`);
      if (this.o.apiUrl) {
        const base = new URL(this.o.apiUrl);
        url.protocol = base.protocol;
        url.host = base.host;
      }
      const auth = Buffer.from(`${this.o.accountSid}:${this.o.authToken}`).toString('base64');
      const res = await fetch(url, { headers: { authorization: `Basic ${auth}` } });
      const size = Number(res.headers.get('content-length') ?? 0);
      if (!res.ok || size > MAX_RECORDING_BYTES) return null;
      const bytes = Buffer.from(await res.arrayBuffer());
      if (bytes.length > MAX_RECORDING_BYTES || bytes.toString('latin1', 0, 4) !== 'RIFF')
        return null;
      return { mime: 'audio/wav', bytes, kind: 'audio', durationMs: Number(rec.duration) * 1000 };
    } catch {
      return null;
    }
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
