import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import {
  assertValidObjectKey,
  assertValidTenantPrefix,
  ObjectNotFoundError,
  type ObjectStore,
} from './object-store';

export interface S3ObjectStoreOptions {
  bucket: string;
  /** Prepended to every key (e.g. "claimlane/"), so one bucket can serve several installs. */
  prefix?: string;
  /** Passed to the SDK: region, endpoint (S3-compatible services), credentials, forcePathStyle. */
  client?: S3ClientConfig;
}

function statusOf(e: unknown): number | undefined {
  return (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

function isNotFound(e: unknown): boolean {
  const name = (e as { name?: string }).name;
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(e) === 404;
}

/**
 * {@link ObjectStore} on S3 or any S3-compatible service, behind the same port as the local folder.
 * Writes carry a SHA-256 checksum the service verifies (a torn upload is refused, never stored) and
 * ask for server-side encryption, since the objects are PHI.
 */
export class S3ObjectStore implements ObjectStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(opts: S3ObjectStoreOptions) {
    this.client = new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', ...opts.client });
    this.bucket = opts.bucket;
    this.prefix = opts.prefix ?? '';
  }

  private keyOf(key: string): string {
    assertValidObjectKey(key);
    return `${this.prefix}${key}`;
  }

  async put(key: string, bytes: Buffer, mime: string): Promise<void> {
    if (typeof mime !== 'string' || mime.trim() === '')
      throw new TypeError('mime must be a non-empty string');
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.keyOf(key),
        Body: bytes,
        ContentType: mime,
        ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
        ServerSideEncryption: 'AES256',
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }),
      );
      if (!res.Body) throw new ObjectNotFoundError(key);
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (e) {
      if (isNotFound(e)) throw new ObjectNotFoundError(key);
      throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a missing key as well: deleting twice is harmless, as the port requires.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
  }

  /** Lists and deletes in pages of 1000 (the S3 batch limit); re-running after a failure resumes. */
  async deletePrefix(tenantPrefix: string): Promise<number> {
    assertValidTenantPrefix(tenantPrefix);
    let count = 0;
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: `${this.prefix}${tenantPrefix}/`,
          ContinuationToken: token,
        }),
      );
      const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
      if (keys.length) {
        const res = await this.client.send(
          new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }),
        );
        if (res.Errors?.length)
          throw new Error(`S3 refused to delete ${res.Errors.length} objects`);
        count += keys.length;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return count;
  }

  destroy(): void {
    this.client.destroy();
  }
}
