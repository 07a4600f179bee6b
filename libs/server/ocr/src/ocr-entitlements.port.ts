/**
 * Counts OCR pages against the tenant's plan, in the job's tenant transaction (the billing
 * entitlement service implements it; the worker app injects it, so this feature never imports
 * billing). Throws an AppError with code ENTITLEMENT_EXCEEDED, counting nothing, past the cap.
 */
export interface OcrEntitlements {
  assertWithinEntitlement(tenantId: string, metric: 'ocr_pages', amount?: number): Promise<unknown>;
}
export const OCR_ENTITLEMENTS = Symbol('OCR_ENTITLEMENTS');
