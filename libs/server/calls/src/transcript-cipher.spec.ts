import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TranscriptCipher, transcriptAad } from './transcript-cipher';

const key = randomBytes(32);

describe('transcript cipher (AES-256-GCM)', () => {
  const c = new TranscriptCipher(key);
  const aad = transcriptAad('t1', 'c1');
  const plain = JSON.stringify([{ speaker: 'assistant', text: 'The member ID is XQH448120937.' }]);

  it('round-trips, and the ciphertext does not contain the text', () => {
    const blob = c.encrypt(plain, aad);
    expect(blob.toString('latin1')).not.toContain('XQH448120937');
    expect(blob[0]).toBe(1);
    expect(c.decrypt(blob, aad)).toBe(plain);
  });

  it('uses a fresh IV: the same text encrypts differently each time', () => {
    expect(c.encrypt(plain, aad).equals(c.encrypt(plain, aad))).toBe(false);
  });

  it('refuses a blob moved to another call or tenant, an altered blob, or another key', () => {
    const blob = c.encrypt(plain, aad);
    expect(() => c.decrypt(blob, transcriptAad('t1', 'c2'))).toThrow();
    expect(() => c.decrypt(blob, transcriptAad('t2', 'c1'))).toThrow();
    const tampered = Buffer.from(blob);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => c.decrypt(tampered, aad)).toThrow();
    expect(() => new TranscriptCipher(randomBytes(32)).decrypt(blob, aad)).toThrow();
  });

  it('takes the key from config; refuses to run in production without one', () => {
    const b64 = key.toString('base64');
    const fromCfg = TranscriptCipher.fromConfig({
      NODE_ENV: 'production',
      RECORD_CALL_TRANSCRIPT_KEY: b64,
      JWT_SECRET: 'x',
    });
    expect(fromCfg.keyId).toBe(c.keyId);
    expect(() =>
      TranscriptCipher.fromConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }),
    ).toThrow(/RECORD_CALL_TRANSCRIPT_KEY/);
    expect(() =>
      TranscriptCipher.fromConfig({
        NODE_ENV: 'production',
        RECORD_CALL_TRANSCRIPT_KEY: 'c2hvcnQ=',
        JWT_SECRET: 'x',
      }),
    ).toThrow(/32 bytes/);
    const dev = TranscriptCipher.fromConfig({
      NODE_ENV: 'development',
      JWT_SECRET: 'y'.repeat(40),
    });
    expect(dev.decrypt(dev.encrypt('hi', aad), aad)).toBe('hi');
  });
});
