import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for the unredacted transcript. The key comes from configuration
 * (RECORD_CALL_TRANSCRIPT_KEY, 32 bytes base64); the key id stored beside the ciphertext lets keys
 * rotate. The associated data binds a ciphertext to its tenant and call, so a blob copied onto
 * another row fails to decrypt instead of showing one call's words on another.
 * Layout: 1 byte version (1) | 12 bytes IV | 16 bytes tag | ciphertext.
 */
export class TranscriptCipher {
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('transcript key must be 32 bytes (AES-256)');
    this.keyId = createHash('sha256').update(key).digest('hex').slice(0, 16);
  }

  /** From config: the key if set; outside production a key derived from JWT_SECRET (dev only). */
  static fromConfig(cfg: {
    NODE_ENV: string;
    RECORD_CALL_TRANSCRIPT_KEY?: string | undefined;
    JWT_SECRET: string;
  }): TranscriptCipher {
    if (cfg.RECORD_CALL_TRANSCRIPT_KEY) {
      const key = Buffer.from(cfg.RECORD_CALL_TRANSCRIPT_KEY, 'base64');
      return new TranscriptCipher(key);
    }
    if (cfg.NODE_ENV === 'production')
      throw new Error('RECORD_CALL_TRANSCRIPT_KEY must be set in production');
    return new TranscriptCipher(
      Buffer.from(hkdfSync('sha256', cfg.JWT_SECRET, 'claimlane', 'record-call-transcripts', 32)),
    );
  }

  encrypt(plain: string, aad: string): Buffer {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    c.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return Buffer.concat([Buffer.from([1]), iv, c.getAuthTag(), body]);
  }

  /** Throws when the blob was altered, belongs to another row (aad) or another key. */
  decrypt(blob: Buffer, aad: string): string {
    if (blob.length < 29 || blob[0] !== 1) throw new Error('unknown transcript ciphertext format');
    const d = createDecipheriv('aes-256-gcm', this.key, blob.subarray(1, 13));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(blob.subarray(13, 29));
    return Buffer.concat([d.update(blob.subarray(29)), d.final()]).toString('utf8');
  }
}

export const transcriptAad = (tenantId: string, callId: string) =>
  `record_call:${tenantId}:${callId}`;
