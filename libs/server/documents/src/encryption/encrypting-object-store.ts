import { openAesGcm, sealAesGcm } from '@claimlane/server-common';
import { assertValidObjectKey, type ObjectStore } from '../object-store';
import type { DataKeyProvider } from './tenant-keyring';

/**
 * Objects at rest: `\0CLE` | format 1 | data-key version (uint32 BE) | AES-GCM blob (`sealAesGcm`).
 * No upload starts with a NUL byte followed by "CLE" (PDF, images, text and 835s all start with
 * printable bytes), so objects written before encryption are recognised and read as they are.
 */
const MAGIC = Buffer.from([0x00, 0x43, 0x4c, 0x45]);
const FORMAT = 1;
const HEADER_BYTES = MAGIC.length + 1 + 4;

export function isEncryptedObject(bytes: Buffer): boolean {
  return bytes.length > HEADER_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

// Binds the ciphertext to its key: an object copied under another key (or tenant) fails to open.
const objectAad = (key: string, version: number) => `claimlane-object:${FORMAT}:${version}:${key}`;

/**
 * Envelope encryption in front of any {@link ObjectStore}: each object is sealed with its tenant's data
 * key (the key's first segment is the tenant), so callers (uploads, OCR, packets, downloads) keep
 * reading and writing plaintext. Reads of legacy plaintext objects pass through unchanged.
 */
export class EncryptingObjectStore implements ObjectStore {
  constructor(
    readonly inner: ObjectStore,
    private readonly keys: DataKeyProvider,
  ) {}

  private tenantOf(key: string): string {
    assertValidObjectKey(key);
    return key.slice(0, key.indexOf('/'));
  }

  async put(key: string, bytes: Buffer, mime: string): Promise<void> {
    const dataKey = await this.keys.current(this.tenantOf(key));
    const header = Buffer.alloc(HEADER_BYTES);
    MAGIC.copy(header);
    header.writeUInt8(FORMAT, MAGIC.length);
    header.writeUInt32BE(dataKey.version, MAGIC.length + 1);
    const sealed = sealAesGcm(dataKey.key, bytes, objectAad(key, dataKey.version));
    await this.inner.put(key, Buffer.concat([header, sealed]), mime);
  }

  async get(key: string): Promise<Buffer> {
    const tenantId = this.tenantOf(key);
    const stored = await this.inner.get(key);
    if (!isEncryptedObject(stored)) return stored;
    if (stored.readUInt8(MAGIC.length) !== FORMAT) throw new Error('unknown object format version');
    const version = stored.readUInt32BE(MAGIC.length + 1);
    const dataKey = await this.keys.byVersion(tenantId, version);
    return openAesGcm(dataKey, stored.subarray(HEADER_BYTES), objectAad(key, version));
  }

  exists(key: string): Promise<boolean> {
    return this.inner.exists(key);
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }

  deletePrefix(tenantPrefix: string): Promise<number> {
    return this.inner.deletePrefix(tenantPrefix);
  }
}
