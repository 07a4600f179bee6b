import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessTokenService } from './access-token.service';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { PasswordService } from './password.service';
import { RefreshTokenService } from './refresh-token.service';
import { RequestAuthGuard } from './request-auth.guard';
import { SIGNUP_MAILER, type SignUpMailer } from './signup-mailer.port';
import { SignUpVerificationService } from './signup-verification.service';

@Module({
  imports: [PassportModule, JwtModule.register({})],
  providers: [
    PasswordService,
    AccessTokenService,
    RefreshTokenService,
    ApiKeyService,
    AuthService,
    SignUpVerificationService,
    LocalStrategy,
    JwtStrategy,
    AuthResolver,
    ApiKeyResolver,
    { provide: APP_GUARD, useClass: RequestAuthGuard },
  ],
  exports: [PasswordService, AuthService],
})
export class AuthModule {
  /**
   * `AuthModule.register({ imports, mailer })` gives sign-up its mail (the API passes the
   * notifications MailService); auth cannot import notifications itself (notifications → queue → auth).
   */
  static register(
    opts: { imports?: ModuleMetadata['imports']; mailer?: Type<SignUpMailer> } = {},
  ): DynamicModule {
    return {
      module: AuthModule,
      imports: opts.imports ?? [],
      providers: opts.mailer ? [{ provide: SIGNUP_MAILER, useExisting: opts.mailer }] : [],
    };
  }
}
