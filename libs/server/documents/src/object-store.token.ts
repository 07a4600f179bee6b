import { join } from 'node:path';
import { LocalFolderObjectStore } from './local-folder-object-store';
import type { ObjectStore } from './object-store';

/** The one injection token for object storage: the local folder now, an S3 adapter behind the same port. */
export const OBJECT_STORE = Symbol('OBJECT_STORE');

/** The embedded default: `<DATA_DIR>/objects`, the folder uploads already use. */
export function defaultObjectStore(dataDir: string): ObjectStore {
  return new LocalFolderObjectStore(join(dataDir, 'objects'));
}
