import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import {
  assertValidObjectKey,
  assertValidTenantPrefix,
  ObjectNotFoundError,
  type ObjectStore,
} from './object-store';

/** The embedded default, relative to the working directory (git-ignored `.data/`). */
export const DEFAULT_OBJECT_STORE_DIR = './.data/objects';

/**
 * Temp files live beside the objects (same file system, so rename is atomic) under a name no valid
 * key can reach: key segments must start with a letter or digit.
 */
const TEMP_DIR = '.tmp';

function isErrorCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}

/**
 * {@link ObjectStore} on a local folder, for single-node and embedded installs. Objects are files
 * (mode 0600, folders 0700: they hold PHI) written to a temp file, flushed, then renamed into place.
 * The mime type is not kept: the document record in the database is its source of truth.
 */
export class LocalFolderObjectStore implements ObjectStore {
  readonly rootDir: string;

  constructor(rootDir: string = DEFAULT_OBJECT_STORE_DIR) {
    this.rootDir = resolve(rootDir);
  }

  private pathFor(key: string): string {
    assertValidObjectKey(key);
    const path = resolve(this.rootDir, ...key.split('/'));
    // Validation already rules traversal out; this guards against a future change to it.
    if (!path.startsWith(this.rootDir + sep))
      throw new Error('Object key resolves outside the store');
    return path;
  }

  async put(key: string, bytes: Buffer, mime: string): Promise<void> {
    const target = this.pathFor(key);
    if (typeof mime !== 'string' || mime.trim() === '')
      throw new TypeError('mime must be a non-empty string');
    const tempDir = join(this.rootDir, TEMP_DIR);
    await mkdir(tempDir, { recursive: true, mode: 0o700 });
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    const temp = join(tempDir, `${randomBytes(12).toString('hex')}.part`);
    try {
      const file = await open(temp, 'wx', 0o600);
      try {
        await file.writeFile(bytes);
        // Without the flush a crash right after rename can leave an empty file under the key.
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    const path = this.pathFor(key);
    try {
      return await readFile(path);
    } catch (error) {
      if (isErrorCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) throw new ObjectNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    const path = this.pathFor(key);
    try {
      return (await stat(path)).isFile();
    } catch (error) {
      if (isErrorCode(error, 'ENOENT', 'ENOTDIR')) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.pathFor(key);
    try {
      await unlink(path);
    } catch (error) {
      if (isErrorCode(error, 'ENOENT', 'ENOTDIR')) return;
      throw error;
    }
  }

  async deletePrefix(tenantPrefix: string): Promise<number> {
    assertValidTenantPrefix(tenantPrefix);
    const dir = resolve(this.rootDir, tenantPrefix);
    let count = 0;
    const countFiles = async (d: string): Promise<void> => {
      for (const e of await readdir(d, { withFileTypes: true })) {
        if (e.isDirectory()) await countFiles(join(d, e.name));
        else count++;
      }
    };
    try {
      await countFiles(dir);
    } catch (error) {
      if (isErrorCode(error, 'ENOENT', 'ENOTDIR')) return 0;
      throw error;
    }
    await rm(dir, { recursive: true, force: true });
    return count;
  }
}
