import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe } from 'vitest';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFolderObjectStore } from './local-folder-object-store';
import { objectStoreContract } from './object-store.contract.test-helper';
import { S3ObjectStore } from './s3-object-store';

// The S3 adapter runs against moto's S3-compatible server when `moto_server` is on PATH (pip
// install "moto[server]"); without it only the local-folder adapter runs the contract, and says so.
const hasMoto =
  spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' }).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

describe('ObjectStore contract: local folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'objects-'));
  objectStoreContract(() => new LocalFolderObjectStore(dir));
});

describe.skipIf(!hasMoto)('ObjectStore contract: S3 adapter against moto_server', () => {
  let moto: ChildProcess;
  let store: S3ObjectStore;
  const client = {
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };

  beforeAll(async () => {
    const port = await freePort();
    moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    const endpoint = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i += 1) {
      if (
        await fetch(endpoint).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const admin = new S3Client({ ...client, endpoint });
    await admin.send(new CreateBucketCommand({ Bucket: 'claimlane-test' }));
    admin.destroy();
    store = new S3ObjectStore({
      bucket: 'claimlane-test',
      prefix: 'install-1/',
      client: { ...client, endpoint },
    });
  });
  afterAll(() => {
    store?.destroy();
    moto?.kill('SIGTERM');
  });

  objectStoreContract(() => store);
});
