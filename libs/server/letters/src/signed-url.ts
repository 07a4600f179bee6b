import { createHmac, timingSafeEqual } from 'node:crypto';
import { Errors } from '@claimlane/server-common';

export type SignedFileKind = 'letter' | 'packet' | 'document' | 'export';

/** What a download link grants: one object of one tenant, until `exp`. No PHI (ids and keys only). */
export interface SignedFileClaims {
  /** Tenant. */
  t: string;
  /** Object key (tenant-prefixed). */
  key: string;
  kind: SignedFileKind;
  /** The letter, packet or case document the file belongs to (audited on every read). */
  id: string;
  mime: string;
  /** File name offered to the browser. */
  name: string;
  /** The user who asked for the link. */
  u: string | null;
  /** Expiry, epoch seconds. */
  exp: number;
}

export const SIGNED_URL_TTL_SECONDS = 300;

export class SignedUrlError extends Error {
  override readonly name = 'SignedUrlError';
  constructor(readonly code: 'LINK_INVALID' | 'LINK_EXPIRED') {
    super(
      code === 'LINK_EXPIRED' ? 'The download link has expired' : 'The download link is invalid',
    );
  }
}

/** The HMAC key: derived from the app secret, so links die with a secret rotation. */
export function signingKey(appSecret: string): Buffer {
  return createHmac('sha256', appSecret).update('claimlane:signed-url:v1').digest();
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export function signFileToken(claims: SignedFileClaims, key: Buffer): string {
  const body = b64(JSON.stringify(claims));
  const mac = createHmac('sha256', key).update(body).digest();
  return `${body}.${b64(mac)}`;
}

export function verifyFileToken(
  token: string,
  key: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignedFileClaims {
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined || token.length > 4096)
    throw new SignedUrlError('LINK_INVALID');
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new SignedUrlError('LINK_INVALID');
  let claims: SignedFileClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SignedFileClaims;
  } catch {
    throw new SignedUrlError('LINK_INVALID');
  }
  if (
    typeof claims.exp !== 'number' ||
    typeof claims.t !== 'string' ||
    typeof claims.key !== 'string'
  )
    throw new SignedUrlError('LINK_INVALID');
  if (claims.exp < nowSeconds) throw new SignedUrlError('LINK_EXPIRED');
  return claims;
}

/** verifyFileToken for a download endpoint: a bad or expired link answers FORBIDDEN with the reason. */
export function downloadLinkClaims(token: string, key: Buffer): SignedFileClaims {
  try {
    return verifyFileToken(token, key);
  } catch (e) {
    if (e instanceof SignedUrlError) throw Errors.forbidden(e.message);
    throw e;
  }
}
