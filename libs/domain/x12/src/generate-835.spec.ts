import { describe, expect, it } from 'vitest';
import type { ClaimPayment } from './claim-payment.types';
import { generate835, generate835Chunks } from './generate-835';
import { parse835 } from './parse-835';
import { toCents } from './x12-values';
import { X835StreamParser } from './x835-stream-parser';

const sum = (values: number[]) => values.reduce((total, v) => total + toCents(v), 0);

function adjustmentsOf(claim: ClaimPayment, level: 'claim' | 'service') {
  return claim.adjustments.filter((a) => a.level === level);
}

describe('generate835 round-trips through the parser', () => {
  const options = { claims: 3000, deniedRatio: 0.2, seed: 42, claimsPerTransaction: 700 };
  const text = generate835(options);
  const result = parse835(text);

  it('produces the requested number of distinct claims with no parse errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.claims).toHaveLength(options.claims);
    expect(new Set(result.claims.map((c) => c.claimId)).size).toBe(options.claims);
  });

  it('splits claims into transactions and the envelope counts hold', () => {
    expect(result.transactions).toHaveLength(
      Math.ceil(options.claims / options.claimsPerTransaction),
    );
    expect(result.transactions.map((t) => t.claimCount)).toEqual([700, 700, 700, 700, 200]);
  });

  it('balances every transaction: BPR02 = claims paid - provider adjustments', () => {
    for (const transaction of result.transactions) {
      const claims = result.claims.filter(
        (c) => c.transactionControlNumber === transaction.controlNumber,
      );
      const plb = result.providerAdjustments.filter(
        (a) => a.transactionControlNumber === transaction.controlNumber,
      );
      expect(toCents(transaction.payment?.amount ?? Number.NaN)).toBe(
        sum(claims.map((c) => c.paid)) - sum(plb.map((a) => a.amount)),
      );
    }
    expect(result.providerAdjustments.length).toBeGreaterThan(0);
  });

  it('balances every claim and every service line', () => {
    for (const claim of result.claims) {
      expect(toCents(claim.charge)).toBe(sum(claim.serviceLines.map((l) => l.charge)));
      expect(toCents(claim.charge) - sum(claim.adjustments.map((a) => a.amount))).toBe(
        toCents(claim.paid),
      );
      expect(toCents(claim.paid)).toBe(
        sum(claim.serviceLines.map((l) => l.paid)) -
          sum(adjustmentsOf(claim, 'claim').map((a) => a.amount)),
      );
      const patientShare = sum(
        claim.adjustments.filter((a) => a.group === 'PR').map((a) => a.amount),
      );
      expect(toCents(claim.patientResponsibility ?? 0)).toBe(patientShare);
      for (const line of claim.serviceLines) {
        expect(toCents(line.charge) - sum(line.adjustments.map((a) => a.amount))).toBe(
          toCents(line.paid),
        );
      }
    }
  });

  it('denies about deniedRatio of the claims fully, with status 4, nothing paid and RARCs', () => {
    const denied = result.claims.filter((c) => c.status === '4');
    expect(denied.length / options.claims).toBeGreaterThan(0.15);
    expect(denied.length / options.claims).toBeLessThan(0.25);
    for (const claim of denied) {
      expect(claim.paid).toBe(0);
      expect(claim.patientResponsibility).toBeNull();
      expect(
        claim.adjustments.every((a) => a.group === 'CO' && ['50', '197', '16'].includes(a.carc)),
      ).toBe(true);
      expect(claim.serviceLines.every((l) => l.remarks.length === 1)).toBe(true);
    }
  });

  it('mixes paid, partly denied (CO-50/CO-197 on one line), PR-1, CO-45 and secondary claims', () => {
    const partly = result.claims.filter(
      (c) => c.status !== '4' && c.adjustments.some((a) => ['50', '197'].includes(a.carc)),
    );
    const codes = new Set(
      result.claims.flatMap((c) => c.adjustments.map((a) => `${a.group}-${a.carc}`)),
    );
    expect(partly.length).toBeGreaterThan(0);
    for (const code of ['CO-45', 'PR-1', 'PR-2', 'CO-50', 'CO-197', 'OA-23'])
      expect(codes).toContain(code);
    expect(new Set(result.claims.map((c) => c.status))).toEqual(new Set(['1', '2', '4', '19']));
    expect(result.claims.some((c) => c.serviceLines.some((l) => l.modifiers.length > 0))).toBe(
      true,
    );
    expect(result.claims.some((c) => c.serviceLines.some((l) => l.units > 1))).toBe(true);
  });

  it('fills the richer fields the importer uses', () => {
    const claim = result.claims[0];
    expect(claim?.patient?.last).toBeTruthy();
    expect(claim?.payerClaimControlNumber).toMatch(/^\d+$/);
    expect(claim?.serviceLines[0]?.serviceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(claim?.serviceLines[0]?.lineItemControlNumber).toBe(`${claim?.claimId}-1`);
    expect(claim?.receivedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(claim?.serviceDates?.from).toBe(claim?.serviceLines[0]?.serviceDate);
    expect(claim?.payer.name).toBe('CLAIMLANE TEST PAYER');
    expect(parse835(generate835({ claims: 1, payer: 'ACME HEALTH' })).claims[0]?.payer.name).toBe(
      'ACME HEALTH',
    );
  });
});

describe('generate835 options', () => {
  it('is deterministic per seed', () => {
    expect(generate835({ claims: 50, seed: 9 })).toBe(generate835({ claims: 50, seed: 9 }));
    expect(generate835({ claims: 50, seed: 9 })).not.toBe(generate835({ claims: 50, seed: 10 }));
  });

  it('honours deniedRatio 0 and 1', () => {
    const none = parse835(generate835({ claims: 300, deniedRatio: 0 })).claims;
    const all = parse835(generate835({ claims: 300, deniedRatio: 1 })).claims;
    expect(none.some((c) => c.status === '4')).toBe(false);
    expect(all.every((c) => c.status === '4')).toBe(true);
    const allTransactions = parse835(generate835({ claims: 300, deniedRatio: 1 })).transactions;
    expect(allTransactions[0]?.payment).toMatchObject({ handlingCode: 'H', method: 'NON' });
  });

  it('writes a valid empty remittance for zero claims', () => {
    const result = parse835(generate835({ claims: 0 }));
    expect(result.claims).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.transactions).toHaveLength(1);
  });

  it('rejects nonsense options', () => {
    expect(() => generate835({ claims: -1 })).toThrow(RangeError);
    expect(() => generate835({ claims: 1.5 })).toThrow(RangeError);
    expect(() => generate835({ claims: 1, deniedRatio: 2 })).toThrow(RangeError);
    expect(() => generate835({ claims: 1, claimsPerTransaction: 0 })).toThrow(RangeError);
  });

  it('streams 100,000 claims chunk by chunk through the parser with matching totals', () => {
    const parser = new X835StreamParser();
    let count = 0;
    let paid = 0;
    let chunks = 0;
    for (const piece of generate835Chunks({ claims: 100_000, seed: 2024 })) {
      chunks++;
      for (const claim of parser.push(piece)) {
        count++;
        paid += toCents(claim.paid);
      }
    }
    for (const claim of parser.end()) {
      count++;
      paid += toCents(claim.paid);
    }
    const plb = parser.providerAdjustments.reduce((total, a) => total + toCents(a.amount), 0);
    const bpr = parser.transactions.reduce(
      (total, t) => total + toCents(t.payment?.amount ?? 0),
      0,
    );
    expect(parser.errors).toEqual([]);
    expect(count).toBe(100_000);
    expect(chunks).toBeGreaterThan(20);
    expect(bpr).toBe(paid - plb);
  });
});
