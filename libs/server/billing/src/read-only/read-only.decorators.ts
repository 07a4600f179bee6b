import { SetMetadata } from '@nestjs/common';

export const ALLOW_IN_READ_ONLY = 'claimlane:allow-in-read-only';

/**
 * Marks a mutation (or REST write) that a read-only workspace may still run: paying (Checkout, the
 * billing portal) and exports that happen to be mutations. Everything else that writes is refused.
 */
export const AllowInReadOnlyWorkspace = () => SetMetadata(ALLOW_IN_READ_ONLY, true);
