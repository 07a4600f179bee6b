import { randomBytes } from 'node:crypto';
import {
  aesKeyFromConfig,
  aesKeyId,
  assertAes256Key,
  openAesGcm,
  sealAesGcm,
} from '@claimlane/server-common';

export interface MasterKeyConfig {
  NODE_ENV: string;
  JWT_SECRET: string;
  TENANT_MASTER_KEY?: string | undefined;
  TENANT_MASTER_KEYS_RETIRED?: string | undefined;
}

export class UnknownMasterKeyError extends Error {
  override readonly name = 'UnknownMasterKeyError';
  constructor(readonly masterKeyId: string) {
    super(
      `A tenant data key is wrapped by master key ${masterKeyId}, which is not configured ` +
        '(add it to TENANT_MASTER_KEYS_RETIRED and run `claimlane rotate-master-key`)',
    );
  }
}

const wrapAad = (tenantId: string, version: number) => `tenant-data-key:${tenantId}:${version}`;

/**
 * The master keys of envelope encryption: the current one wraps new tenant data keys; retired ones
 * only unwrap until `rotate-master-key` has re-wrapped everything they wrapped. Documents are never
 * re-encrypted by a rotation: only the 60-byte wrapped data keys change.
 */
export class MasterKeys {
  readonly currentId: string;
  private readonly byId = new Map<string, Buffer>();

  constructor(current: Buffer, retired: Buffer[] = []) {
    assertAes256Key(current, 'TENANT_MASTER_KEY');
    for (const k of retired) {
      assertAes256Key(k, 'TENANT_MASTER_KEYS_RETIRED entry');
      this.byId.set(aesKeyId(k), k);
    }
    this.currentId = aesKeyId(current);
    this.byId.set(this.currentId, current);
  }

  /** The configured key; outside production one derived from JWT_SECRET (dev only). */
  static fromConfig(cfg: MasterKeyConfig): MasterKeys {
    const current = aesKeyFromConfig(
      cfg,
      cfg.TENANT_MASTER_KEY,
      'TENANT_MASTER_KEY',
      'tenant-master-key',
    );
    const retired = (cfg.TENANT_MASTER_KEYS_RETIRED ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((b64) => Buffer.from(b64, 'base64'));
    return new MasterKeys(current, retired);
  }

  newDataKey(): Buffer {
    return randomBytes(32);
  }

  wrap(
    tenantId: string,
    version: number,
    dataKey: Buffer,
  ): { wrapped: Buffer; masterKeyId: string } {
    const master = this.byId.get(this.currentId)!;
    return {
      wrapped: sealAesGcm(master, dataKey, wrapAad(tenantId, version)),
      masterKeyId: this.currentId,
    };
  }

  unwrap(tenantId: string, version: number, wrapped: Buffer, masterKeyId: string): Buffer {
    const master = this.byId.get(masterKeyId);
    if (!master) throw new UnknownMasterKeyError(masterKeyId);
    return openAesGcm(master, wrapped, wrapAad(tenantId, version));
  }
}
