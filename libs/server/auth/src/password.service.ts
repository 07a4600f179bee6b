import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';

@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.ARGON2_MEMORY_KIB,
      timeCost: this.config.ARGON2_TIME_COST,
      parallelism: 1,
    });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same work for an unknown e-mail as for a wrong password, so timing reveals nothing. */
  async burn(password: string): Promise<void> {
    this.dummyHash ??= this.hash('claimlane-timing-equaliser');
    await this.verify(await this.dummyHash, password);
  }
}
