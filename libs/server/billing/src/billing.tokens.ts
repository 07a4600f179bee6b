export const BILLING_RUNTIME = Symbol('BILLING_RUNTIME');
