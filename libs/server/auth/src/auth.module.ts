import { Module } from '@nestjs/common';
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

@Module({
  imports: [PassportModule, JwtModule.register({})],
  providers: [
    PasswordService,
    AccessTokenService,
    RefreshTokenService,
    ApiKeyService,
    AuthService,
    LocalStrategy,
    JwtStrategy,
    AuthResolver,
    ApiKeyResolver,
    { provide: APP_GUARD, useClass: RequestAuthGuard },
  ],
  exports: [PasswordService, AuthService],
})
export class AuthModule {}
