import type { Redis } from 'ioredis';

/**
 * Carries turns between the worker that runs a Twilio call's script and the API process that
 * answers Twilio's webhooks, through Redis lists (they may be different processes or machines):
 * the worker pushes what to say, the webhook pushes what it heard. Keys name Twilio's call SID only.
 */
export interface SayMessage {
  lines: string[];
  hangup: boolean;
}
export type HeardMessage =
  | { kind: 'speech'; text: string }
  | { kind: 'hangup' }
  /** Answering machine or fax (Twilio's AnsweredBy); the webhook already hung up. */
  | { kind: 'machine' }
  /** The call never connected (Twilio's busy, no-answer, failed, canceled). */
  | { kind: 'not_answered'; status: string };
/** Twilio's recording callback: the recording is ready to fetch. */
export interface RecordedMessage {
  recordingSid: string;
}

const TTL_S = 3600;
const sayKey = (sid: string) => `calls:twilio:${sid}:say`;
const heardKey = (sid: string) => `calls:twilio:${sid}:heard`;
const recordingKey = (sid: string) => `calls:twilio:${sid}:recording`;

export class TwilioTurnBridge {
  /** `blocking` is a dedicated connection: BLPOP holds it for the wait. */
  constructor(
    private readonly redis: Redis,
    private readonly blocking: Redis,
  ) {}

  async say(sid: string, msg: SayMessage): Promise<void> {
    await this.redis
      .multi()
      .rpush(sayKey(sid), JSON.stringify(msg))
      .expire(sayKey(sid), TTL_S)
      .exec();
  }

  async heard(sid: string, msg: HeardMessage): Promise<void> {
    await this.redis
      .multi()
      .rpush(heardKey(sid), JSON.stringify(msg))
      .expire(heardKey(sid), TTL_S)
      .exec();
  }

  async recorded(sid: string, msg: RecordedMessage): Promise<void> {
    await this.redis
      .multi()
      .rpush(recordingKey(sid), JSON.stringify(msg))
      .expire(recordingKey(sid), TTL_S)
      .exec();
  }

  /** Drops lines nobody will speak (the call ended before they were asked for). */
  async discardSay(sid: string): Promise<void> {
    await this.redis.del(sayKey(sid));
  }

  async nextRecording(sid: string, timeoutS: number): Promise<RecordedMessage | null> {
    const r = await this.blocking.blpop(recordingKey(sid), timeoutS);
    return r ? (JSON.parse(r[1]) as RecordedMessage) : null;
  }

  async nextSay(sid: string, timeoutS: number): Promise<SayMessage | null> {
    const r = await this.blocking.blpop(sayKey(sid), timeoutS);
    return r ? (JSON.parse(r[1]) as SayMessage) : null;
  }

  async nextHeard(sid: string, timeoutS: number): Promise<HeardMessage | null> {
    const r = await this.blocking.blpop(heardKey(sid), timeoutS);
    return r ? (JSON.parse(r[1]) as HeardMessage) : null;
  }
}
