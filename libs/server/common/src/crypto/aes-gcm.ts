import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The one AES-256-GCM format of the server (call transcripts, documents at rest, wrapped tenant data
 * keys). Layout: 1 byte version (1) | 12 bytes IV | 16 bytes tag | ciphertext. The associated data
 * binds a ciphertext to where it belongs (a row, an object key), so a blob copied elsewhere fails to
 * open instead of showing one record's content in another.
 */
export const AES_GCM_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

export function assertAes256Key(key: Buffer, what = 'key'): void {
  if (key.length !== 32) throw new Error(`${what} must be 32 bytes (AES-256)`);
}

export function sealAesGcm(key: Buffer, plain: Buffer | string, aad: string): Buffer {
  assertAes256Key(key);
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([
    typeof plain === 'string' ? c.update(plain, 'utf8') : c.update(plain),
    c.final(),
  ]);
  return Buffer.concat([Buffer.from([AES_GCM_VERSION]), iv, c.getAuthTag(), body]);
}

/** Throws when the blob was altered, belongs elsewhere (aad) or was sealed with another key. */
export function openAesGcm(key: Buffer, blob: Buffer, aad: string): Buffer {
  assertAes256Key(key);
  if (blob.length < HEADER_BYTES || blob[0] !== AES_GCM_VERSION)
    throw new Error('unknown AES-GCM ciphertext format');
  const d = createDecipheriv('aes-256-gcm', key, blob.subarray(1, 1 + IV_BYTES));
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(blob.subarray(1 + IV_BYTES, HEADER_BYTES));
  return Buffer.concat([d.update(blob.subarray(HEADER_BYTES)), d.final()]);
}

/** A short public id of a key (stored beside what it sealed, so keys can rotate). */
export function aesKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * A configured AES-256 key (base64 of 32 bytes) or, outside production only, one derived from the app
 * secret for `purpose`, so development runs without extra set-up and production never silently does.
 */
export function aesKeyFromConfig(
  cfg: { NODE_ENV: string; JWT_SECRET: string },
  configured: string | undefined,
  variable: string,
  purpose: string,
): Buffer {
  if (configured) {
    const key = Buffer.from(configured, 'base64');
    assertAes256Key(key, variable);
    return key;
  }
  if (cfg.NODE_ENV === 'production') throw new Error(`${variable} must be set in production`);
  return Buffer.from(hkdfSync('sha256', cfg.JWT_SECRET, 'claimlane', purpose, 32));
}
