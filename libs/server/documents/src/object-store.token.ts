import { join } from 'node:path';
import { LocalFolderObjectStore } from './local-folder-object-store';
import type { ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';

/** The one injection token for object storage: the local folder now, an S3 adapter behind the same port. */
export const OBJECT_STORE = Symbol('OBJECT_STORE');

/** The embedded default: `<DATA_DIR>/objects`, the folder uploads already use. */
export function defaultObjectStore(dataDir: string): ObjectStore {
  return new LocalFolderObjectStore(join(dataDir, 'objects'));
}

export interface ObjectStoreConfig {
  DATA_DIR: string;
  OBJECT_STORE_S3_BUCKET?: string | undefined;
  OBJECT_STORE_S3_PREFIX: string;
  OBJECT_STORE_S3_REGION: string;
  OBJECT_STORE_S3_ENDPOINT?: string | undefined;
}

/** S3 when a bucket is configured (credentials from the AWS SDK's default chain), else the local folder. */
export function objectStoreFromConfig(config: ObjectStoreConfig): ObjectStore {
  if (!config.OBJECT_STORE_S3_BUCKET) return defaultObjectStore(config.DATA_DIR);
  return new S3ObjectStore({
    bucket: config.OBJECT_STORE_S3_BUCKET,
    prefix: config.OBJECT_STORE_S3_PREFIX,
    client: {
      region: config.OBJECT_STORE_S3_REGION,
      ...(config.OBJECT_STORE_S3_ENDPOINT
        ? { endpoint: config.OBJECT_STORE_S3_ENDPOINT, forcePathStyle: true }
        : {}),
    },
  });
}
