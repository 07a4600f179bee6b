/**
 * Where uploaded files live. Keys are tenant-prefixed (`<tenantId>/<sha256>`), so the same file
 * uploaded by two tenants is stored twice and one tenant can never address the other's copy.
 */
export interface ObjectStore {
  /** Replaces any existing object atomically: readers see the old bytes or the new, never a mix. */
  put(key: string, bytes: Buffer, mime: string): Promise<void>;
  /** Throws {@link ObjectNotFoundError} when there is no such object. */
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  /** Deleting a missing object is not an error (retries and races are harmless). */
  delete(key: string): Promise<void>;
  /**
   * Deletes every object under `<tenantPrefix>/` (a purged tenant) and returns how many there were.
   * The prefix is one key segment, so no call can reach beyond one tenant.
   */
  deletePrefix(tenantPrefix: string): Promise<number>;
}

export class ObjectNotFoundError extends Error {
  override readonly name = 'ObjectNotFoundError';
  readonly code = 'OBJECT_NOT_FOUND';

  constructor(readonly key: string) {
    super(`No stored object with key "${key}"`);
  }
}

export class InvalidObjectKeyError extends Error {
  override readonly name = 'InvalidObjectKeyError';
  readonly code = 'OBJECT_KEY_INVALID';

  constructor(reason: string) {
    // The rejected key is left out: it may be attacker-chosen and end up in logs.
    super(`Invalid object key: ${reason}`);
  }
}

/** A segment starts with a letter or digit, so "", ".", ".." and hidden names are all impossible. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Throws {@link InvalidObjectKeyError} unless the key is relative, traversal-free and has a tenant
 * prefix: at least two `/`-separated segments of letters, digits, `.`, `_` and `-`.
 */
export function assertValidObjectKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidObjectKeyError('empty');
  if (key.length > MAX_KEY_LENGTH)
    throw new InvalidObjectKeyError(`longer than ${MAX_KEY_LENGTH} characters`);
  if (key.startsWith('/') || key.includes('\\') || /^[A-Za-z]:/.test(key)) {
    throw new InvalidObjectKeyError('must be a relative path with "/" separators');
  }
  const segments = key.split('/');
  if (segments.length < 2)
    throw new InvalidObjectKeyError('must start with a tenant prefix ("<tenant>/...")');
  for (const segment of segments) {
    if (segment === '..' || segment === '.')
      throw new InvalidObjectKeyError('must not contain "." or ".." segments');
    if (!SEGMENT.test(segment)) {
      throw new InvalidObjectKeyError(
        'segments must be 1-128 letters, digits, ".", "_" or "-" and start with a letter or digit',
      );
    }
  }
}

export function assertValidTenantPrefix(prefix: string): void {
  if (typeof prefix !== 'string' || !SEGMENT.test(prefix))
    throw new InvalidObjectKeyError('tenant prefix must be one key segment');
}

/** The key for a tenant's copy of a document, content-addressed so re-uploads deduplicate. */
export function objectKeyFor(tenantId: string, sha256: string): string {
  if (!SEGMENT.test(tenantId))
    throw new InvalidObjectKeyError('tenant id is not a valid key segment');
  const hash = sha256.toLowerCase();
  if (!SHA256_HEX.test(hash))
    throw new InvalidObjectKeyError('sha256 must be 64 hexadecimal characters');
  return `${tenantId}/${hash}`;
}
