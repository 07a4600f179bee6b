import { describe, expect, it } from 'vitest';
import { CLAIM_STATUS_CODES, claimStatusInfo, isDeniedStatus } from './claim-status';

describe('claim status codes', () => {
  it('covers the 5010 CLP02 codes and the 4010 Pended code once each', () => {
    const codes = CLAIM_STATUS_CODES.map((c) => c.code);
    expect(codes).toEqual(['1', '2', '3', '4', '5', '19', '20', '21', '22', '23', '25']);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('describes codes and flags denial, reversal and forwarding', () => {
    expect(claimStatusInfo('1')).toMatchObject({
      outcome: 'processed',
      payerOrder: 'primary',
      forwarded: false,
    });
    expect(claimStatusInfo('20')).toMatchObject({ payerOrder: 'secondary', forwarded: true });
    expect(claimStatusInfo('22')?.outcome).toBe('reversal');
    expect(claimStatusInfo('4')?.description).toBe('Denied');
    expect(isDeniedStatus('4')).toBe(true);
    expect(isDeniedStatus('1')).toBe(false);
    expect(claimStatusInfo('5')?.outcome).toBe('pended');
    expect(isDeniedStatus('5')).toBe(false);
    expect(claimStatusInfo('27')).toBeUndefined();
    expect(claimStatusInfo('D')).toBeUndefined();
  });
});
