import { describe, expect, it } from 'vitest';
import { parseStripeForm } from './form-body';

describe('parseStripeForm', () => {
  it("decodes Stripe's bracket notation into nested objects and arrays", () => {
    const body = new URLSearchParams([
      ['mode', 'subscription'],
      ['line_items[0][price]', 'price_a'],
      ['line_items[0][quantity]', '3'],
      ['subscription_data[metadata][tenant_id]', 't-1'],
      ['subscription_data[trial_period_days]', '14'],
      ['expand[]', 'customer'],
      ['expand[]', 'subscription'],
    ]).toString();
    expect(parseStripeForm(body)).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'price_a', quantity: '3' }],
      subscription_data: { metadata: { tenant_id: 't-1' }, trial_period_days: '14' },
      expand: ['customer', 'subscription'],
    });
  });
});
