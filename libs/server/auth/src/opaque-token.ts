import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** High-entropy secrets are stored as SHA-256 (a slow hash adds nothing at 256 bits of entropy). */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** `<uuid>.<secret>`: the id finds the row, the secret proves possession. */
export function newOpaqueToken(): { id: string; secret: string; token: string } {
  const id = randomUUID();
  const secret = newSecret();
  return { id, secret, token: `${id}.${secret}` };
}

export function parseOpaqueToken(token: string): { id: string; secret: string } | null {
  const m =
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{20,100})$/.exec(
      token,
    );
  return m ? { id: m[1]!, secret: m[2]! } : null;
}
