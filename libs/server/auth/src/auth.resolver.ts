import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { TenantContext, UserEntity } from '@claimlane/server-db';
import { Errors, type GqlContext, type RequestAuth } from '@claimlane/server-common';
import { CurrentAuth, Public, UserOnly } from './auth.decorators';
import {
  AuthPayload,
  LoginInput,
  LogoutInput,
  SignUpInput,
  SignUpRequested,
  UserModel,
} from './auth.models';
import { AuthService } from './auth.service';
import { SignUpVerificationService } from './signup-verification.service';
import { LOGIN_USER, LocalAuthGuard } from './local-auth.guard';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly signUps: SignUpVerificationService,
  ) {}

  @Public()
  @Mutation(() => SignUpRequested, {
    description:
      'Starts a sign-up: mails a link that creates the account (verifyEmail). The answer is the same for an address that already has an account.',
  })
  async requestSignUp(
    @Args('input') input: SignUpInput,
    @Context() ctx: GqlContext,
  ): Promise<SignUpRequested> {
    const email = input.email.trim();
    await this.signUps.request(email, input.password, input.name.trim(), ctx.req.ip ?? 'unknown');
    return { email };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Opens the account from the e-mailed sign-up link' })
  verifyEmail(@Args('token') token: string): Promise<AuthPayload> {
    return this.signUps.verify(token);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Direct sign-up (tokens at once); refused unless SIGNUP_EMAIL_VERIFICATION=false (tests only): use requestSignUp',
  })
  signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.signUp(
      input.email.trim(),
      input.password,
      input.name.trim(),
      ctx.req.ip ?? 'unknown',
    );
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @Mutation(() => AuthPayload)
  login(@Args('input') _input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const user = (ctx.req as unknown as Record<symbol, UserEntity | undefined>)[LOGIN_USER];
    if (!user) throw Errors.unauthenticated('Invalid email or password');
    return this.auth.startSession(user);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchange a refresh token for new tokens (the old one is retired)',
  })
  refreshToken(@Args('token') token: string): Promise<AuthPayload> {
    if (token.length > 200) throw Errors.unauthenticated('Invalid refresh token');
    return this.auth.refresh(token);
  }

  @UserOnly()
  @Mutation(() => Boolean)
  async logout(
    @CurrentAuth() auth: RequestAuth,
    @Args('input', { nullable: true }) input?: LogoutInput,
  ): Promise<boolean> {
    await this.auth.logout(auth.userId!, auth.sessionId, input?.everywhere ?? false);
    return true;
  }

  @UserOnly()
  @Query(() => UserModel)
  me(@CurrentAuth() auth: RequestAuth): Promise<UserModel> {
    return TenantContext.manager().getRepository(UserEntity).findOneByOrFail({ id: auth.userId! });
  }
}
