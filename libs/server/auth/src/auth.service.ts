import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantDatabase, UserEntity } from '@claimlane/server-db';
import { Errors, LOGGER, REDIS, hitRateLimit } from '@claimlane/server-common';
import { AccessTokenService } from './access-token.service';
import { PasswordService } from './password.service';
import { RefreshTokenService } from './refresh-token.service';
import { sha256 } from './opaque-token';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
}

interface LoginRow {
  id: string;
  password_hash: string;
  failed_login_count: number;
  locked_until: Date | null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly passwords: PasswordService,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /**
   * Direct sign-up, tokens at once: only with SIGNUP_EMAIL_VERIFICATION=false (tests, benches; refused
   * in production), because its CONFLICT tells whether an address has an account. Throttled per
   * client IP (SIGNUP_IP_LIMIT_PER_HOUR), aliases within one request included.
   */
  async signUp(email: string, password: string, name: string, ip: string): Promise<IssuedTokens> {
    if (this.config.SIGNUP_EMAIL_VERIFICATION) {
      throw Errors.badInput(
        'Sign up with requestSignUp: the account starts from the link we e-mail',
        {
          reason: 'EMAIL_VERIFICATION_REQUIRED',
        },
      );
    }
    await hitRateLimit(this.redis, `signup:ip:${ip}`, this.config.SIGNUP_IP_LIMIT_PER_HOUR, 3600);
    return this.createUser(email, name, await this.passwords.hash(password));
  }

  /** Creates the user and its first session; CONFLICT when the address has an account. */
  async createUser(email: string, name: string, passwordHash: string): Promise<IssuedTokens> {
    const id = randomUUID();
    try {
      return await this.db.runAsUser(id, async (m) => {
        await m.query(
          `insert into users (id, email, name, password_hash) values ($1, $2, $3, $4)`,
          [id, email, name, passwordHash],
        );
        const user = await m.getRepository(UserEntity).findOneByOrFail({ id });
        const { token, familyId } = await this.refreshTokens.issue(m, id);
        this.log.info({ event: 'auth.sign_up', userId: id }, 'user signed up');
        return { user, refreshToken: token, accessToken: this.accessTokens.sign(id, familyId) };
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505')
        throw Errors.conflict('An account with this email already exists; sign in instead');
      throw e;
    }
  }

  /** Called by the passport local strategy. Throttled per IP; locks the account after repeated failures. */
  async validateCredentials(email: string, password: string, ip: string): Promise<UserEntity> {
    await hitRateLimit(this.redis, `login:ip:${ip}`, this.config.LOGIN_IP_LIMIT_PER_MINUTE, 60);
    const rows: LoginRow[] = await this.db.runAnonymous((m) =>
      m.query(`select * from auth_find_user_for_login($1)`, [email]),
    );
    const row = rows[0];
    const who = { emailHash: sha256(email.toLowerCase()).slice(0, 16), ip };
    if (!row) {
      await this.passwords.burn(password);
      this.log.info(
        { event: 'auth.login_failed', reason: 'unknown_email', ...who },
        'login failed',
      );
      throw Errors.unauthenticated('Invalid email or password');
    }
    if (row.locked_until && new Date(row.locked_until).getTime() > Date.now()) {
      this.log.warn(
        { event: 'auth.login_locked', userId: row.id, ip },
        'login refused: account locked',
      );
      throw this.lockedError(new Date(row.locked_until));
    }
    if (!(await this.passwords.verify(row.password_hash, password))) {
      const [after]: Array<{ failed_login_count: number; locked_until: Date | null }> =
        await this.db.runAnonymous((m) =>
          m.query(`select * from auth_record_login_failure($1, $2, $3)`, [
            row.id,
            this.config.LOGIN_MAX_FAILURES,
            this.config.LOGIN_LOCK_MINUTES,
          ]),
        );
      this.log.info(
        { event: 'auth.login_failed', reason: 'bad_password', userId: row.id, ip },
        'login failed',
      );
      if (after?.locked_until && new Date(after.locked_until).getTime() > Date.now()) {
        this.log.warn(
          { event: 'auth.account_locked', userId: row.id, ip },
          'account locked after repeated failures',
        );
        throw this.lockedError(new Date(after.locked_until));
      }
      throw Errors.unauthenticated('Invalid email or password');
    }
    return this.db.runAsUser(row.id, async (m) => {
      await m.query(`update users set failed_login_count = 0, locked_until = null where id = $1`, [
        row.id,
      ]);
      return m.getRepository(UserEntity).findOneByOrFail({ id: row.id });
    });
  }

  async startSession(user: UserEntity): Promise<IssuedTokens> {
    const { token, familyId } = await this.db.runAsUser(user.id, (m) =>
      this.refreshTokens.issue(m, user.id),
    );
    this.log.info({ event: 'auth.login', userId: user.id }, 'login');
    return { user, refreshToken: token, accessToken: this.accessTokens.sign(user.id, familyId) };
  }

  async refresh(presented: string): Promise<IssuedTokens> {
    const { userId, familyId, token } = await this.refreshTokens.rotate(presented);
    const user = await this.db.runAsUser(userId, (m) =>
      m.getRepository(UserEntity).findOneByOrFail({ id: userId }),
    );
    return { user, refreshToken: token, accessToken: this.accessTokens.sign(userId, familyId) };
  }

  /** Ends the current session, or every session of the user when `everywhere`. */
  async logout(userId: string, sessionId: string | null, everywhere: boolean): Promise<void> {
    if (everywhere || !sessionId) {
      await this.db.runAsUser(userId, (m) => this.refreshTokens.revokeAllForUser(m, 'logout_all'));
    } else {
      await this.refreshTokens.revokeFamily(userId, sessionId, 'logout');
    }
    this.log.info({ event: 'auth.logout', userId, everywhere }, 'logout');
  }

  private lockedError(until: Date) {
    return Errors.unauthenticated('Account temporarily locked after repeated failed logins', {
      reason: 'ACCOUNT_LOCKED',
      retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)),
    });
  }
}
