import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { MaxChars } from '@claimlane/server-common';
import type { WorkspaceAccessMode } from './state/workspace-access';

export const WorkspaceAccessEnum = {
  FULL: 'FULL',
  GRACE: 'GRACE',
  READ_ONLY: 'READ_ONLY',
} as const;
registerEnumType(WorkspaceAccessEnum, {
  name: 'WorkspaceAccess',
  description:
    'FULL; GRACE = past due but still writable until graceEndsAt; READ_ONLY = reads and exports only',
});

@ObjectType('PlanEntitlements')
export class PlanEntitlementsModel {
  @Field(() => Int) maxSeats!: number;
  @Field(() => Int) recordCallsPerPeriod!: number;
  @Field(() => Int) ocrPagesPerPeriod!: number;
  @Field(() => Float, { description: 'Bytes' }) storageBytes!: number;
}

@ObjectType('BillingPlan')
export class BillingPlanModel {
  @Field() key!: string;
  @Field() name!: string;
  @Field() priceId!: string;
  @Field(() => Int, { nullable: true, description: 'Per seat, in the smallest currency unit' })
  unitAmount!: number | null;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field(() => String, { nullable: true }) interval!: string | null;
  @Field(() => Int) trialDays!: number;
  @Field(() => PlanEntitlementsModel) entitlements!: PlanEntitlementsModel;
}

@ObjectType('EntitlementUsage')
export class EntitlementUsageModel {
  @Field({ description: 'seats, record_calls, ocr_pages or storage_bytes' }) metric!: string;
  @Field(() => Float) used!: number;
  @Field(() => Float) limit!: number;
  @Field(() => Date, { nullable: true }) periodStart!: Date | null;
  @Field(() => Date, { nullable: true }) periodEnd!: Date | null;
}

@ObjectType('NextInvoice')
export class NextInvoiceModel {
  @Field(() => Int, {
    description: 'Quantity × unit price; prorations from seat changes come on top',
  })
  amountDue!: number;
  @Field() currency!: string;
  @Field() date!: Date;
}

@ObjectType('Billing')
export class BillingModel {
  @Field({ description: 'Plan key, or "trial" without a subscription' }) plan!: string;
  @Field() planName!: string;
  @Field({ description: 'Stripe subscription status, or none' }) status!: string;
  @Field(() => WorkspaceAccessEnum) access!: WorkspaceAccessMode;
  @Field(() => String, { nullable: true }) readOnlyReason!: string | null;
  @Field(() => Date, { nullable: true }) graceEndsAt!: Date | null;
  @Field(() => Int) seatsUsed!: number;
  @Field(() => Int) seatsPending!: number;
  @Field(() => Int) seatLimit!: number;
  @Field(() => Date, { nullable: true }) currentPeriodEnd!: Date | null;
  @Field(() => Date, { nullable: true }) trialEndsAt!: Date | null;
  @Field() cancelAtPeriodEnd!: boolean;
  @Field(() => NextInvoiceModel, { nullable: true }) nextInvoice!: NextInvoiceModel | null;
  @Field(() => [EntitlementUsageModel]) entitlements!: EntitlementUsageModel[];
  @Field(() => [BillingPlanModel]) plans!: BillingPlanModel[];
}

@ObjectType('CheckoutSession')
export class CheckoutSessionModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stripe-hosted Checkout page' }) url!: string;
}

@ObjectType('BillingPortalSession')
export class BillingPortalSessionModel {
  @Field({ description: 'Stripe-hosted customer portal (payment methods, invoices)' }) url!: string;
}

@InputType()
export class StartCheckoutInput {
  @Field({ description: 'One of billing.plans[].priceId' })
  @IsString()
  @MaxChars(255)
  priceId!: string;
  @Field(() => Int, { description: 'Seats to buy (at least the members and pending invitations)' })
  @IsInt()
  @Min(1)
  @Max(10000)
  seats!: number;
  @Field(() => ID, {
    nullable: true,
    description: "Pay with this billing office's Stripe customer (you must be its OWNER or ADMIN)",
  })
  @IsOptional()
  @IsUUID()
  billingOfficeTenantId?: string;
}
