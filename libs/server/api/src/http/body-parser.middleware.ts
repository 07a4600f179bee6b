import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * JSON body parsing with a size limit whose failures still answer in GraphQL's error shape (an HTML
 * 413 page would confuse clients).
 */
export function jsonBodyWithLimit(limit: string) {
  const parse = express.json({
    limit,
    // Webhook signatures (Stripe) are computed over the exact bytes: keep them for `/webhooks/*`.
    verify: (req, _res, buf) => {
      if (req.url?.startsWith('/webhooks/')) (req as { rawBody?: Buffer }).rawBody = buf;
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (err?: unknown) => {
      if (!err) return next();
      const e = err as { type?: string; status?: number };
      if (e.type === 'entity.too.large') {
        return res.status(413).json({
          errors: [
            {
              message: `Request body exceeds the ${limit} limit`,
              extensions: { code: 'PAYLOAD_TOO_LARGE' },
            },
          ],
        });
      }
      return res.status(400).json({
        errors: [
          { message: 'Request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } },
        ],
      });
    });
  };
}
