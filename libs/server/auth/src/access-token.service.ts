import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';

export interface AccessTokenClaims {
  sub: string;
  /** Session = refresh token family; logout or reuse detection ends it. */
  sid: string;
  typ: 'access';
}

@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(userId: string, sessionId: string): string {
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId, typ: 'access' };
    return this.jwt.sign(claims, {
      secret: this.config.JWT_SECRET,
      issuer: this.config.JWT_ISSUER,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      algorithm: 'HS256',
    });
  }
}
