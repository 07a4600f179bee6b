/**
 * Refuses an upload past the plan's storage (the billing entitlement service implements it; the API
 * app injects it, so this feature never imports billing). Throws an AppError with code
 * ENTITLEMENT_EXCEEDED (HTTP 402). Runs in the request's tenant transaction.
 */
export interface StorageEntitlements {
  assertStorageAvailable(tenantId: string, additionalBytes: number): Promise<unknown>;
}
export const STORAGE_ENTITLEMENTS = Symbol('STORAGE_ENTITLEMENTS');
