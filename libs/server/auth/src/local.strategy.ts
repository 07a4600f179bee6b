import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { UserEntity } from '@claimlane/server-db';
import { AuthService } from './auth.service';

interface LocalReq {
  ip?: string;
}

/** passport-local: e-mail + password against argon2id hashes, with throttling and lockout. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: LocalReq, email: string, password: string): Promise<UserEntity> {
    return this.auth.validateCredentials(email, password, req.ip ?? 'unknown');
  }
}
