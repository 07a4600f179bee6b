// Layouts and wording first met on the twentieth batch of unseen letters (corpus files `u20a-*`
// … `u20d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse } from './test-fixtures/analyse.test-helper';

describe('batch 20', () => {
  it('reads "Individual & Family EPO Plan" as the individual market', () => {
    const r = analyse(
      'Prairie Mutual Health | Individual & Family EPO Plan\nClaim decision  07/09/2025\nWe could not pay this claim: the lab is not in the network.',
    );
    expect(r.regime).toBe('aca_individual');
  });

  it('takes a "Review reference" behind a dotted leader as the request id', () => {
    const r = analyse(
      '  Review reference ..... CR2507718\nThe request for more sessions was denied.',
    );
    expect(r.fields.claimNumber?.value).toBe('CR2507718');
  });
});
