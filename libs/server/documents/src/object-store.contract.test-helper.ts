import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  InvalidObjectKeyError,
  ObjectNotFoundError,
  objectKeyFor,
  type ObjectStore,
} from './object-store';

/** The behaviour every ObjectStore adapter must have; run by each adapter's spec. */
export function objectStoreContract(store: () => ObjectStore): void {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');

  it('stores, reads back byte for byte, reports existence and replaces on put', async () => {
    const s = store();
    const key = objectKeyFor('tenant-a', sha('one'));
    const bytes = Buffer.from([0, 1, 2, 255, 37, 80, 68, 70]);
    expect(await s.exists(key)).toBe(false);
    await s.put(key, bytes, 'application/pdf');
    expect(await s.exists(key)).toBe(true);
    expect(Buffer.compare(await s.get(key), bytes)).toBe(0);
    await s.put(key, Buffer.from('second'), 'text/plain');
    expect((await s.get(key)).toString()).toBe('second');
  });

  it('keeps tenants apart: the same hash under two tenant prefixes is two objects', async () => {
    const s = store();
    const a = objectKeyFor('tenant-a', sha('shared'));
    const b = objectKeyFor('tenant-b', sha('shared'));
    await s.put(a, Buffer.from('A'), 'text/plain');
    expect(await s.exists(b)).toBe(false);
    await expect(s.get(b)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('missing objects: get throws ObjectNotFoundError, delete is a no-op (twice)', async () => {
    const s = store();
    const key = objectKeyFor('tenant-a', sha('gone'));
    await s.put(key, Buffer.from('x'), 'text/plain');
    await s.delete(key);
    await s.delete(key);
    expect(await s.exists(key)).toBe(false);
    await expect(s.get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('refuses traversal and prefix-less keys before any I/O', async () => {
    const s = store();
    await expect(s.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(
      InvalidObjectKeyError,
    );
    await expect(s.get(sha('x'))).rejects.toBeInstanceOf(InvalidObjectKeyError);
  });

  it('deletePrefix erases the objects of one tenant only and counts them; a missing prefix is 0', async () => {
    const s = store();
    const mine = [objectKeyFor('tenant-p', sha('1')), objectKeyFor('tenant-p', sha('2'))];
    const other = objectKeyFor('tenant-q', sha('1'));
    for (const k of [...mine, other]) await s.put(k, Buffer.from(k), 'text/plain');
    expect(await s.deletePrefix('tenant-p')).toBe(2);
    for (const k of mine) expect(await s.exists(k)).toBe(false);
    expect(await s.exists(other)).toBe(true);
    expect(await s.deletePrefix('tenant-p')).toBe(0);
    await expect(s.deletePrefix('..')).rejects.toBeInstanceOf(InvalidObjectKeyError);
    await expect(s.deletePrefix('a/b')).rejects.toBeInstanceOf(InvalidObjectKeyError);
  });
}
