import { describe, expect, it } from 'vitest';
import { signFileToken, signingKey, verifyFileToken, type SignedFileClaims } from './signed-url';

const key = signingKey('x'.repeat(40));
const claims: SignedFileClaims = {
  t: '00000000-0000-4000-8000-000000000001',
  key: '00000000-0000-4000-8000-000000000001/' + 'a'.repeat(64),
  kind: 'packet',
  id: '00000000-0000-4000-8000-000000000002',
  mime: 'application/pdf',
  name: 'packet.pdf',
  u: null,
  exp: 2_000_000_000,
};

describe('signed file links', () => {
  it('round-trips until expiry', () => {
    const token = signFileToken(claims, key);
    expect(verifyFileToken(token, key, 1_999_999_999)).toEqual(claims);
    expect(() => verifyFileToken(token, key, 2_000_000_001)).toThrow(/expired/);
  });

  it('refuses a tampered body (other tenant), another key, and junk', () => {
    const token = signFileToken(claims, key);
    const [, mac] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...claims, t: '00000000-0000-4000-8000-000000000009' })).toString('base64url')}.${mac}`;
    expect(() => verifyFileToken(forged, key, 0)).toThrow(/invalid/);
    expect(() => verifyFileToken(token, signingKey('y'.repeat(40)), 0)).toThrow(/invalid/);
    for (const junk of ['', 'a', 'a.b.c', '.', `${token}x`])
      expect(() => verifyFileToken(junk, key, 0)).toThrow(/invalid/);
  });
});
