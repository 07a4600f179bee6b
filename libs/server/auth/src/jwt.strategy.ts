import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { Errors, isUuid } from '@claimlane/server-common';
import type { AccessTokenClaims } from './access-token.service';

export interface JwtUser {
  userId: string;
  sessionId: string;
}

/** passport-jwt: HS256 bearer access tokens issued by AccessTokenService. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken tries createPublicKey and catches
      // its exception on every request before falling back to a secret key (~3 % of a request).
      // (jsonwebtoken 9 verifies with a KeyObject; passport-jwt's types predate that.)
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as string,
      issuer: config.JWT_ISSUER,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /**
   * Signature, issuer and `exp` (when present) are checked by passport-jwt; the rest here. A token
   * with a valid signature but wrong claims is refused outright (UNAUTHENTICATED), never treated as
   * anonymous and never allowed to reach a query with a non-UUID id (a 500 before).
   */
  validate(claims: Partial<AccessTokenClaims> & { exp?: unknown; iat?: unknown }): JwtUser {
    const valid =
      claims.typ === 'access' &&
      typeof claims.exp === 'number' &&
      Number.isFinite(claims.exp) &&
      typeof claims.sub === 'string' &&
      isUuid(claims.sub) &&
      typeof claims.sid === 'string' &&
      isUuid(claims.sid);
    if (!valid) throw Errors.unauthenticated('Invalid access token');
    return { userId: claims.sub as string, sessionId: claims.sid as string };
  }
}
