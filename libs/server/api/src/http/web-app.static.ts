import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Paths the API answers itself; everything else a browser navigates to is the single-page app. */
const API_PATHS = /^\/(graphql|documents|health|ready|webhooks|api)(\/|$)/;

/**
 * Only our own origin: scripts, styles, fonts, images and API calls. Styles allow inline because
 * Mantine sets CSS variables and per-element styles at runtime; scripts never do.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** `dist/web` of the repository (WEB_DIST_DIR overrides), found from this file in src or dist. */
export function webDistDir(): string {
  if (process.env['WEB_DIST_DIR']) return resolve(process.env['WEB_DIST_DIR']);
  let dir = __dirname;
  while (dirname(dir) !== dir && !existsSync(join(dir, 'nx.json'))) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

/**
 * Serves the built web app from the API's origin: hashed assets with a year of caching, and
 * index.html (never cached) for any other GET a browser navigates to, so deep links like
 * /cases/:id work. API routes pass through untouched.
 */
export function webAppStatic(dir: string = webDistDir()) {
  const index = join(dir, 'index.html');
  const assets = express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders(res, path) {
      res.setHeader('content-security-policy', WEB_APP_CSP);
      if (path.includes(`${join(dir, 'assets')}`))
        res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    assets(req, res, () => {
      // Missing files with an extension are real 404s, not app routes.
      if (/\.[a-z0-9]+$/i.test(req.path) || !req.accepts('html')) return next();
      if (!existsSync(index)) {
        res
          .status(503)
          .type('text/plain')
          .send('The web app is not built yet: run `npm run build` (npm start does it for you).');
        return;
      }
      res.setHeader('content-security-policy', WEB_APP_CSP);
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  };
}
