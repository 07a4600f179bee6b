import { Controller, ForbiddenException, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { REDIS } from '@claimlane/server-common';
import { Public } from '@claimlane/server-auth';
import { isValidTwilioRequest, twimlForTurn, twimlHangup } from './twiml';
import { TwilioTurnBridge } from './twilio-turn-bridge';

const MAX_BODY = 64 * 1024;
/** Twilio waits up to 15 s for TwiML; answer before that. */
const SAY_WAIT_S = 10;

async function formBody(req: Request): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new ForbiddenException('body too large');
    chunks.push(chunk);
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

/** Twilio's AnsweredBy: `human`, `unknown`, `fax` or `machine_start` / `machine_end_*`. */
const isMachine = (answeredBy: string | undefined) =>
  !!answeredBy && (answeredBy.startsWith('machine') || answeredBy === 'fax');

/**
 * Twilio's webhooks for Record Calls: public (Twilio has no user), authenticated by the SDK's
 * X-Twilio-Signature check over the public URL and the form fields; a bad signature is a 403 and
 * touches nothing. `voice` hands Twilio the worker's next lines (or hangs up on a machine); `status`
 * reports hang-ups and calls that never connected; `recording` says the recording can be fetched.
 */
@Controller('calls/twilio')
export class TwilioWebhookController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  private async verified(req: Request): Promise<Record<string, string>> {
    const token = this.config.TWILIO_AUTH_TOKEN;
    const params = await formBody(req);
    const url = `${this.config.PUBLIC_API_URL.replace(/\/$/, '')}${req.originalUrl}`;
    const sig = req.headers['x-twilio-signature'];
    if (
      !token ||
      !isValidTwilioRequest(token, typeof sig === 'string' ? sig : undefined, url, params)
    )
      throw new ForbiddenException('invalid Twilio signature');
    return params;
  }

  @Public()
  @Post('voice')
  @HttpCode(200)
  async voice(@Req() req: Request, @Res() res: Response): Promise<void> {
    const params = await this.verified(req);
    const sid = params['CallSid'];
    if (!sid) throw new ForbiddenException('no CallSid');
    const blocking = this.redis.duplicate();
    try {
      const bridge = new TwilioTurnBridge(this.redis, blocking);
      // Answering-machine detection (machineDetection on the call): leave no message, hang up,
      // and let the worker fail the attempt so the job is retried later.
      if (isMachine(params['AnsweredBy'])) {
        await bridge.heard(sid, { kind: 'machine' });
        await bridge.discardSay(sid);
        res.type('text/xml').send(twimlHangup());
        return;
      }
      if (params['SpeechResult'] !== undefined)
        await bridge.heard(sid, { kind: 'speech', text: params['SpeechResult'] ?? '' });
      const next = await bridge.nextSay(sid, SAY_WAIT_S);
      const actionUrl = `${this.config.PUBLIC_API_URL.replace(/\/$/, '')}${req.originalUrl}`;
      const xml = next
        ? twimlForTurn(next.lines, { actionUrl, hangup: next.hangup })
        : twimlForTurn(['Sorry, one moment.'], { actionUrl, hangup: false });
      res.type('text/xml').send(xml);
    } finally {
      blocking.disconnect();
    }
  }

  @Public()
  @Post('status')
  @HttpCode(204)
  async status(@Req() req: Request, @Res() res: Response): Promise<void> {
    const params = await this.verified(req);
    const sid = params['CallSid'];
    const status = params['CallStatus'];
    const bridge = new TwilioTurnBridge(this.redis, this.redis);
    if (sid && status === 'completed') await bridge.heard(sid, { kind: 'hangup' });
    else if (sid && ['busy', 'failed', 'no-answer', 'canceled'].includes(status ?? ''))
      await bridge.heard(sid, { kind: 'not_answered', status: status! });
    res.status(204).end();
  }

  /** `recordingStatusCallback`: the call's recording is ready; the worker fetches it (SDK). */
  @Public()
  @Post('recording')
  @HttpCode(204)
  async recording(@Req() req: Request, @Res() res: Response): Promise<void> {
    const params = await this.verified(req);
    const sid = params['CallSid'];
    const recordingSid = params['RecordingSid'];
    if (sid && recordingSid && params['RecordingStatus'] === 'completed')
      await new TwilioTurnBridge(this.redis, this.redis).recorded(sid, { recordingSid });
    res.status(204).end();
  }
}
