import type { TenantDatabase } from '@claimlane/server-db';
import { objectStoreFromConfig, type ObjectStoreConfig } from '../object-store.token';
import { EncryptingObjectStore } from './encrypting-object-store';
import { MasterKeys, type MasterKeyConfig } from './master-keys';
import { TenantKeyring } from './tenant-keyring';

/**
 * The object store every reader and writer of tenant files uses: the configured backend (local folder
 * or S3) behind per-tenant envelope encryption. One per process is enough (it caches data keys).
 */
export function tenantObjectStore(
  config: ObjectStoreConfig & MasterKeyConfig,
  db: TenantDatabase,
): EncryptingObjectStore {
  return new EncryptingObjectStore(
    objectStoreFromConfig(config),
    new TenantKeyring(db, MasterKeys.fromConfig(config)),
  );
}
