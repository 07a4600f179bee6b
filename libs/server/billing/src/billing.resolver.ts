import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Errors, requestId, type GqlContext, type RequestAuth } from '@claimlane/server-common';
import { CurrentAuth, RequirePermission } from '@claimlane/server-auth';
import { AuditService, NoMutationAudit } from '@claimlane/server-audit';
import { TenantContext } from '@claimlane/server-db';
import {
  BillingModel,
  BillingPortalSessionModel,
  CheckoutSessionModel,
  StartCheckoutInput,
} from './billing.models';
import { BillingService } from './billing.service';
import { AllowInReadOnlyWorkspace } from './read-only/read-only.decorators';

/** Billing of the active workspace: OWNER and ADMIN only; every mutation writes its own audit row. */
@Resolver()
export class BillingResolver {
  constructor(
    private readonly service: BillingService,
    private readonly audit: AuditService,
  ) {}

  @RequirePermission('billing.read')
  @Query(() => BillingModel, { description: 'Plan, status, seats, period, next invoice and usage' })
  billing(): Promise<BillingModel> {
    return this.service.billing();
  }

  @RequirePermission('billing.manage')
  @AllowInReadOnlyWorkspace()
  @NoMutationAudit()
  @Mutation(() => CheckoutSessionModel, { description: 'A Stripe Checkout page to subscribe' })
  async startCheckout(
    @Args('input') input: StartCheckoutInput,
    @CurrentAuth() auth: RequestAuth,
    @Context() ctx: GqlContext,
  ): Promise<CheckoutSessionModel> {
    const session = await this.service.startCheckout(auth, input);
    await this.audit.record(actor(auth, ctx), {
      action: 'startCheckout',
      entityType: 'CheckoutSession',
      entityId: session.id,
      meta: {
        priceId: input.priceId,
        seats: input.seats,
        viaBillingOffice: !!input.billingOfficeTenantId,
      },
    });
    return session;
  }

  @RequirePermission('billing.manage')
  @AllowInReadOnlyWorkspace()
  @NoMutationAudit()
  @Mutation(() => BillingPortalSessionModel, { description: 'The Stripe customer portal' })
  async openBillingPortal(
    @CurrentAuth() auth: RequestAuth,
    @Context() ctx: GqlContext,
  ): Promise<BillingPortalSessionModel> {
    const session = await this.service.openBillingPortal();
    await this.audit.record(actor(auth, ctx), {
      action: 'openBillingPortal',
      entityType: 'Tenant',
      entityId: TenantContext.tenantId(),
    });
    return session;
  }

  @RequirePermission('billing.manage')
  @NoMutationAudit()
  @Mutation(() => BillingModel, { description: 'Sets the paid seats (prorated by Stripe)' })
  async changeSeats(
    @Args('seats', { type: () => Int }) seats: number,
    @CurrentAuth() auth: RequestAuth,
    @Context() ctx: GqlContext,
  ): Promise<BillingModel> {
    if (!Number.isInteger(seats) || seats < 1 || seats > 10000)
      throw Errors.badInput('seats must be between 1 and 10000', { field: 'seats' });
    const before = (await this.service.billing()).seatLimit;
    const result = await this.service.changeSeats(seats);
    await this.audit.record(actor(auth, ctx), {
      action: 'changeSeats',
      entityType: 'Tenant',
      entityId: TenantContext.tenantId(),
      meta: { from: before, to: result.seatLimit },
    });
    return result;
  }
}

function actor(auth: RequestAuth, ctx: GqlContext) {
  return { auth, requestId: requestId(ctx.req), ip: (ctx.req as { ip?: string }).ip ?? null };
}
