import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OBJECT_STORE_DIR, LocalFolderObjectStore } from './local-folder-object-store';
import { InvalidObjectKeyError, ObjectNotFoundError } from './object-store';

describe('LocalFolderObjectStore', () => {
  let root: string;
  let store: LocalFolderObjectStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'claimlane-objects-'));
    store = new LocalFolderObjectStore(join(root, 'objects'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('defaults to ./.data/objects under the working directory', () => {
    expect(new LocalFolderObjectStore().rootDir).toBe(
      join(process.cwd(), DEFAULT_OBJECT_STORE_DIR),
    );
  });

  it('round-trips bytes, reports existence and deletes', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 0x25, 0x50]);
    expect(await store.exists('t1/doc')).toBe(false);
    await store.put('t1/doc', bytes, 'application/pdf');
    expect(await store.exists('t1/doc')).toBe(true);
    expect(await store.get('t1/doc')).toEqual(bytes);
    await store.delete('t1/doc');
    expect(await store.exists('t1/doc')).toBe(false);
    await expect(store.delete('t1/doc')).resolves.toBeUndefined();
  });

  it('keeps tenants apart and writes files only the service user can read', async () => {
    await store.put('t1/same', Buffer.from('one'), 'text/plain');
    await store.put('t2/same', Buffer.from('two'), 'text/plain');
    expect((await store.get('t1/same')).toString()).toBe('one');
    expect((await store.get('t2/same')).toString()).toBe('two');
    expect((await stat(join(root, 'objects', 't1', 'same'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(root, 'objects', 't1'))).mode & 0o777).toBe(0o700);
  });

  it('throws ObjectNotFoundError naming the key for a missing object', async () => {
    const error = await store.get('t1/missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ObjectNotFoundError);
    expect(error).toMatchObject({ code: 'OBJECT_NOT_FOUND', key: 't1/missing' });
    expect((error as Error).message).toContain('t1/missing');
  });

  it('rejects traversal and absolute keys on every operation, touching nothing', async () => {
    for (const key of ['../escape', 't1/../../escape', '/tmp/escape', 'escape']) {
      await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(
        InvalidObjectKeyError,
      );
      await expect(store.get(key)).rejects.toThrow(InvalidObjectKeyError);
      await expect(store.exists(key)).rejects.toThrow(InvalidObjectKeyError);
      await expect(store.delete(key)).rejects.toThrow(InvalidObjectKeyError);
    }
    expect(await readdir(root)).toEqual([]);
  });

  it('overwrites atomically: concurrent readers only ever see a complete old or new object', async () => {
    const size = 1024 * 1024;
    const versions = [Buffer.alloc(size, 0x61), Buffer.alloc(size, 0x62), Buffer.alloc(size, 0x63)];
    await store.put('t1/big', versions[0]!, 'application/pdf');
    let writing = true;
    const writer = (async () => {
      for (let i = 1; i <= 6; i++) await store.put('t1/big', versions[i % 3]!, 'application/pdf');
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const seen = await store.get('t1/big');
      reads++;
      expect(seen.length).toBe(size);
      expect(versions.some((v) => v[0] === seen[0] && v.equals(seen))).toBe(true);
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
    expect(await store.get('t1/big')).toEqual(versions[0]);
  });

  it('leaves no temp file behind, and the old object intact, when a put fails', async () => {
    await store.put('t1/dir/child', Buffer.from('child'), 'text/plain');
    // "t1/dir" is now a folder, so renaming a file onto it fails after the temp file was written.
    await expect(store.put('t1/dir', Buffer.from('clobber'), 'text/plain')).rejects.toThrow();
    expect(await readdir(join(root, 'objects', '.tmp'))).toEqual([]);
    expect((await store.get('t1/dir/child')).toString()).toBe('child');
    expect(await store.exists('t1/dir')).toBe(false);
    await expect(store.get('t1/dir')).rejects.toThrow(ObjectNotFoundError);
  });
});
