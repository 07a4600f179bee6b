import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Role } from '@claimlane/shared-contracts';
import { ApiKeyEntity, TenantDatabase, TenantContext } from '@claimlane/server-db';
import { Errors, type RequestAuth } from '@claimlane/server-common';
import { newSecret, sameHash, sha256 } from './opaque-token';

const KEY_PATTERN = /^clk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** Integration keys: `clk_<prefix>_<secret>`, tenant-scoped, with a role; only the hash is stored. */
@Injectable()
export class ApiKeyService {
  constructor(private readonly db: TenantDatabase) {}

  async create(
    name: string,
    role: Exclude<Role, 'OWNER'>,
    createdBy: string | null,
  ): Promise<{ key: ApiKeyEntity; secret: string }> {
    const m = TenantContext.manager();
    const prefix = randomBytes(8).toString('hex');
    const secret = newSecret(32);
    const repo = m.getRepository(ApiKeyEntity);
    const saved = await repo.save(
      repo.create({
        tenantId: TenantContext.tenantId(),
        name,
        role,
        prefix,
        secretHash: sha256(secret),
        createdBy,
      }),
    );
    return { key: saved, secret: `clk_${prefix}_${secret}` };
  }

  async revoke(m: EntityManager, id: string): Promise<ApiKeyEntity> {
    const repo = m.getRepository(ApiKeyEntity);
    const key = await repo.findOne({ where: { id } });
    if (!key) throw Errors.notFound('API key');
    if (key.revokedAt) throw Errors.conflict('API key is already revoked');
    key.revokedAt = new Date();
    return repo.save(key);
  }

  async authenticate(raw: string): Promise<RequestAuth> {
    const m = KEY_PATTERN.exec(raw.trim());
    if (!m) throw Errors.unauthenticated('Invalid API key');
    const [, prefix, secret] = m as unknown as [string, string, string];
    const rows: Array<{
      tenant_id: string;
      id: string;
      role: Role;
      secret_hash: string;
      revoked_at: Date | null;
      tenant_status: string;
    }> = await this.db.runAnonymous((tx) =>
      tx.query(`select * from auth_find_api_key($1)`, [prefix]),
    );
    const row = rows[0];
    if (!row || !sameHash(row.secret_hash, sha256(secret)))
      throw Errors.unauthenticated('Invalid API key');
    if (row.revoked_at) throw Errors.unauthenticated('API key has been revoked');
    if (row.tenant_status !== 'active') throw Errors.inactiveTenant(row.tenant_status);
    await this.db.runInTenantTx(row.tenant_id, (tx) =>
      tx.query(
        `update api_keys set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [row.id],
      ),
    );
    return {
      userId: null,
      apiKeyId: row.id,
      sessionId: null,
      tenantId: row.tenant_id,
      role: row.role,
    };
  }
}
