import {
  aesKeyFromConfig,
  aesKeyId,
  assertAes256Key,
  openAesGcm,
  sealAesGcm,
} from '@claimlane/server-common';

/**
 * AES-256-GCM (the server's one format, `sealAesGcm`) for the unredacted transcript. The key comes
 * from configuration (RECORD_CALL_TRANSCRIPT_KEY, 32 bytes base64); the key id stored beside the
 * ciphertext lets keys rotate. The associated data binds a ciphertext to its tenant and call.
 */
export class TranscriptCipher {
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    assertAes256Key(key, 'transcript key');
    this.keyId = aesKeyId(key);
  }

  /** From config: the key if set; outside production a key derived from JWT_SECRET (dev only). */
  static fromConfig(cfg: {
    NODE_ENV: string;
    RECORD_CALL_TRANSCRIPT_KEY?: string | undefined;
    JWT_SECRET: string;
  }): TranscriptCipher {
    return new TranscriptCipher(
      aesKeyFromConfig(
        cfg,
        cfg.RECORD_CALL_TRANSCRIPT_KEY,
        'RECORD_CALL_TRANSCRIPT_KEY',
        'record-call-transcripts',
      ),
    );
  }

  encrypt(plain: string, aad: string): Buffer {
    return sealAesGcm(this.key, plain, aad);
  }

  /** Throws when the blob was altered, belongs to another row (aad) or another key. */
  decrypt(blob: Buffer, aad: string): string {
    return openAesGcm(this.key, blob, aad).toString('utf8');
  }
}

export const transcriptAad = (tenantId: string, callId: string) =>
  `record_call:${tenantId}:${callId}`;
