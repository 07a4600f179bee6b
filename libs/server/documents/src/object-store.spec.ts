import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertValidObjectKey, InvalidObjectKeyError, objectKeyFor } from './object-store';

describe('object keys', () => {
  const sha = createHash('sha256').update('letter').digest('hex');

  it('builds tenant-prefixed, content-addressed keys', () => {
    expect(objectKeyFor('tenant-7f3a', sha)).toBe(`tenant-7f3a/${sha}`);
    expect(objectKeyFor('t1', sha.toUpperCase())).toBe(`t1/${sha}`);
    expect(() => assertValidObjectKey(objectKeyFor('t1', sha))).not.toThrow();
  });

  it('rejects tenant ids and hashes that could escape or collide', () => {
    expect(() => objectKeyFor('../other', sha)).toThrow(InvalidObjectKeyError);
    expect(() => objectKeyFor('a/b', sha)).toThrow(InvalidObjectKeyError);
    expect(() => objectKeyFor('', sha)).toThrow(InvalidObjectKeyError);
    expect(() => objectKeyFor('t1', sha.slice(1))).toThrow(InvalidObjectKeyError);
    expect(() => objectKeyFor('t1', `${sha.slice(1)}g`)).toThrow(InvalidObjectKeyError);
  });

  it.each([
    ['empty', ''],
    ['no tenant prefix', sha],
    ['parent segment', 't1/../t2/x'],
    ['leading parent', '../t1/x'],
    ['current segment', 't1/./x'],
    ['absolute', '/etc/passwd'],
    ['backslash', 't1\\..\\x'],
    ['drive letter', 'C:/t1/x'],
    ['empty segment', 't1//x'],
    ['trailing slash', 't1/x/'],
    ['hidden segment', 't1/.tmp'],
    ['NUL', 't1/x\u0000y'],
    ['space', 't1/x y'],
    ['too long', `t1/${'a'.repeat(600)}`],
  ])('rejects a key with %s', (_label, key) => {
    expect(() => assertValidObjectKey(key)).toThrow(InvalidObjectKeyError);
  });

  it('keeps the rejected key out of the error message', () => {
    expect(() => assertValidObjectKey('../patient-jane-roe')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('jane') }),
    );
  });
});
