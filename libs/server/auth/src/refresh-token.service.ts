import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantDatabase } from '@claimlane/server-db';
import { Errors } from '@claimlane/server-common';
import { newOpaqueToken, parseOpaqueToken, sameHash, sha256 } from './opaque-token';

interface StoredToken {
  id: string;
  user_id: string;
  family_id: string;
  token_hash: string;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

/**
 * Rotating refresh tokens. Each login starts a family (= a session); each refresh retires the presented
 * token and issues its child. Presenting a retired token again means it was copied: the whole family
 * is revoked (OAuth 2.0 Security BCP, refresh token reuse detection).
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
  ) {}

  async issue(
    m: EntityManager,
    userId: string,
    familyId?: string,
    parentId?: string,
  ): Promise<{ token: string; familyId: string }> {
    const t = newOpaqueToken();
    const family = familyId ?? t.id;
    await m.query(
      `insert into refresh_tokens (id, user_id, family_id, parent_id, token_hash, expires_at)
       values ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
      [
        t.id,
        userId,
        family,
        parentId ?? null,
        sha256(t.secret),
        this.config.REFRESH_TOKEN_TTL_DAYS,
      ],
    );
    return { token: t.token, familyId: family };
  }

  async rotate(presented: string): Promise<{ userId: string; familyId: string; token: string }> {
    const parsed = parseOpaqueToken(presented);
    if (!parsed) throw Errors.unauthenticated('Invalid refresh token');
    const rows: StoredToken[] = await this.db.runAnonymous((m) =>
      m.query(`select * from auth_find_refresh_token($1)`, [parsed.id]),
    );
    const row = rows[0];
    if (!row || !sameHash(row.token_hash, sha256(parsed.secret)))
      throw Errors.unauthenticated('Invalid refresh token');
    if (row.revoked_at) throw Errors.unauthenticated('Refresh token has been revoked');
    if (row.rotated_at) {
      await this.revokeFamily(row.user_id, row.family_id, 'reuse_detected');
      throw Errors.unauthenticated('Refresh token reuse detected; the session has been revoked', {
        reason: 'TOKEN_REUSE',
      });
    }
    if (new Date(row.expires_at).getTime() < Date.now())
      throw Errors.unauthenticated('Refresh token has expired');

    const rotated = await this.db.runAsUser(row.user_id, async (m) => {
      // The `rotated_at is null` guard makes two concurrent refreshes with one token a detected reuse.
      const res: unknown[] = await m.query(
        `update refresh_tokens set rotated_at = now() where id = $1 and rotated_at is null and revoked_at is null returning id`,
        [row.id],
      );
      const updated = Array.isArray(res[0]) ? (res[0] as unknown[]) : res;
      if (updated.length === 0) return null;
      return this.issue(m, row.user_id, row.family_id, row.id);
    });
    if (!rotated) {
      await this.revokeFamily(row.user_id, row.family_id, 'reuse_detected');
      throw Errors.unauthenticated('Refresh token reuse detected; the session has been revoked', {
        reason: 'TOKEN_REUSE',
      });
    }
    return { userId: row.user_id, familyId: row.family_id, token: rotated.token };
  }

  async revokeFamily(userId: string, familyId: string, reason: string): Promise<void> {
    await this.db.runAsUser(userId, (m) =>
      m.query(
        `update refresh_tokens set revoked_at = now(), revoked_reason = $2 where family_id = $1 and revoked_at is null`,
        [familyId, reason],
      ),
    );
  }

  /** Logout of every session of a user. */
  async revokeAllForUser(m: EntityManager, reason: string): Promise<void> {
    await m.query(
      `update refresh_tokens set revoked_at = now(), revoked_reason = $1
       where user_id = nullif(current_setting('app.user_id', true), '')::uuid and revoked_at is null`,
      [reason],
    );
  }
}
