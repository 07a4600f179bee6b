import { Controller, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@claimlane/server-auth';
import { StripeWebhookService } from './stripe-webhook.service';

/**
 * `POST /webhooks/stripe`: public (Stripe has no user), authenticated by the signature over the raw
 * body, which the JSON body parser keeps for `/webhooks/*` paths as `req.rawBody`.
 */
@Controller('webhooks')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Public()
  @Post('stripe')
  @HttpCode(200)
  async receive(
    @Req() req: { rawBody?: Buffer },
    @Headers('stripe-signature') signature: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const event = this.webhooks.verify(req.rawBody, signature);
    const result = await this.webhooks.process(event);
    res.status(result.status);
    return result.body;
  }
}
