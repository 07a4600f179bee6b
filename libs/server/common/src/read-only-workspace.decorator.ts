import { SetMetadata } from '@nestjs/common';

export const ALLOW_IN_READ_ONLY = 'claimlane:allow-in-read-only';

/**
 * Marks a mutation (or REST write) that a read-only workspace (unpaid past its grace period, or a
 * subscription that ended) may still run: paying (Checkout, the billing portal) and exports that
 * happen to be mutations. Every other tenant write is refused with WORKSPACE_READ_ONLY by billing's
 * gate. Lives here, not in the billing lib, so any feature can mark itself without importing billing.
 */
export const AllowInReadOnlyWorkspace = () => SetMetadata(ALLOW_IN_READ_ONLY, true);
