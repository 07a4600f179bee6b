import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantDatabase } from '@claimlane/server-db';
import { Errors, LOGGER, REDIS, hitRateLimit } from '@claimlane/server-common';
import { AuthService, type IssuedTokens } from './auth.service';
import { PasswordService } from './password.service';
import { newSecret, sha256 } from './opaque-token';
import { SIGNUP_MAILER, type SignUpMailer } from './signup-mailer.port';

/**
 * Sign-up without account enumeration: `request` answers the same for a new address and for one
 * that has an account (the same argon2 cost on both paths, the mail sent after the answer); the new
 * address gets a link, the existing owner a notice. `verify` turns a link into the account.
 */
@Injectable()
export class SignUpVerificationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly log: Logger,
    @Optional() @Inject(SIGNUP_MAILER) private readonly mailer: SignUpMailer | null = null,
  ) {}

  async request(email: string, password: string, name: string, ip: string): Promise<void> {
    await hitRateLimit(this.redis, `signup:ip:${ip}`, this.config.SIGNUP_IP_LIMIT_PER_HOUR, 3600);
    const hash = await this.passwords.hash(password);
    const existing: Array<{ id: string }> = await this.db.runAnonymous((m) =>
      m.query(`select id from auth_find_user_for_login($1)`, [email]),
    );
    const base = this.config.APP_PUBLIC_URL.replace(/\/+$/, '');
    let mail: Parameters<SignUpMailer['send']>[0] | null;
    if (existing.length) {
      mail = {
        kind: 'signup_existing',
        to: email,
        subject: 'Someone tried to create a Claimlane account with your address',
        text: `Your address already has a Claimlane account, so no new account was made.\n\nIf that was you, sign in: ${base}/sign-in\nIf you forgot your password, ask your workspace owner.\nIf it was not you, you can ignore this message.\n`,
      };
    } else {
      const token = newSecret(32);
      mail = await this.db
        .runAnonymous((m) =>
          m.query(`select auth_create_signup_request($1, $2, $3, $4, $5)`, [
            email,
            name,
            hash,
            sha256(token),
            this.config.SIGNUP_LINK_TTL_MINUTES,
          ]),
        )
        .then(() => ({
          kind: 'signup_verify',
          to: email,
          subject: 'Confirm your e-mail to finish creating your Claimlane account',
          // The token travels in the fragment, which browsers never send to a server.
          text: `Open this link to finish creating your account (valid for ${Math.round(this.config.SIGNUP_LINK_TTL_MINUTES / 60)} hours):\n${base}/verify-email#token=${token}\n\nIf you did not sign up, ignore this message.\n`,
        }))
        .catch((e: { code?: string }) => {
          // 20 pending requests for one address: the answer stays the same, no further mail.
          if (e.code === '54000') return null;
          throw e;
        });
    }
    this.log.info({ event: 'auth.sign_up_requested' }, 'sign-up requested');
    // Not awaited: the answer must not wait on (or be timed by) the mail server.
    if (mail && this.mailer) {
      void this.mailer
        .send(mail)
        .catch((e: Error) =>
          this.log.warn(
            { event: 'auth.sign_up_mail_failed', errName: e.name },
            'sign-up mail failed',
          ),
        );
    }
  }

  async verify(token: string): Promise<IssuedTokens> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token))
      throw Errors.badInput('This link is not valid', { reason: 'INVALID_LINK' });
    const [row]: Array<{ email: string; name: string; password_hash: string }> =
      await this.db.runAnonymous((m) =>
        m.query(`select * from auth_consume_signup_request($1)`, [sha256(token)]),
      );
    if (!row)
      throw Errors.badInput('This link has expired or was already used; sign up again', {
        reason: 'INVALID_LINK',
      });
    return this.auth.createUser(row.email, row.name, row.password_hash);
  }
}
