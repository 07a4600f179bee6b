import { describe, expect, it } from 'vitest';
import {
  readRemittance,
  remittanceFiles,
  remittanceLabels,
  segmentsOf,
} from '../test-support/remittance-samples';
import type { ClaimPayment } from './claim-payment.types';
import { parse835 } from './parse-835';
import { toCents } from './x12-values';

const labels = remittanceLabels();

function comparableAdjustments(claim: ClaimPayment) {
  return claim.adjustments.map((a) => ({
    group: a.group,
    carc: a.carc,
    amount: a.amount,
    level: a.level,
    ...(a.level === 'service' ? { procedure: a.procedure } : {}),
  }));
}

describe('parse835 on the shared sample remittances', () => {
  it('has a label record for every sample file and a file for every label', () => {
    expect(labels.map((l) => l.file).sort()).toEqual(remittanceFiles());
  });

  describe.each(labels)('$file', (label) => {
    const text = readRemittance(label.file);
    const result = parse835(text);

    it('returns exactly the labelled claims, in file order', () => {
      expect(result.claims.map((c) => c.claimId)).toEqual(label.claims.map((c) => c.claim_id));
    });

    it.each(label.claims)('claim $claim_id matches the hand-read amounts and codes', (expected) => {
      const claim = result.claims.find((c) => c.claimId === expected.claim_id);
      expect(claim).toBeDefined();
      if (claim === undefined) return;
      expect(claim.status).toBe(expected.status);
      expect(claim.charge).toBe(expected.charge);
      expect(claim.paid).toBe(expected.paid);
      expect(claim.patientResponsibility).toBe(expected.patient_resp);
      if (expected.claim_filing !== undefined) {
        expect(claim.claimFilingIndicator).toBe(expected.claim_filing);
      }
      expect(comparableAdjustments(claim)).toEqual(
        expected.adjustments.map(({ rarc: _rarc, ...a }) => a),
      );
      for (const code of expected.rarc ?? []) expect(claim.remarks).toContain(code);
      // Service-level RARCs are labelled per adjustment; the parser keeps them on the service line.
      const serviceAdjustments = claim.serviceLines.flatMap((line) =>
        line.adjustments.map((adjustment) => ({ adjustment, line })),
      );
      const labelledService = expected.adjustments.filter((a) => a.level === 'service');
      labelledService.forEach((labelled, i) => {
        const found = serviceAdjustments[i];
        expect(found?.adjustment.carc).toBe(labelled.carc);
        if (labelled.rarc !== undefined) {
          expect(found?.line.remarks).toEqual(labelled.rarc);
          for (const code of labelled.rarc) expect(claim.remarks).toContain(code);
        }
      });
    });

    it('keeps retired reason codes untouched', () => {
      const carcs = result.claims.flatMap((c) => c.adjustments.map((a) => a.carc));
      const labelled = label.claims.flatMap((c) => c.adjustments.map((a) => a.carc));
      expect(carcs).toEqual(labelled);
    });

    it('matches the labelled provider-level adjustments', () => {
      expect(
        result.providerAdjustments.map(({ reason, reference, amount }) => ({
          reason,
          reference,
          amount,
        })),
      ).toEqual(label.provider_level_adjustments ?? []);
    });

    it('balances every claim: charge minus all adjustments equals paid', () => {
      for (const claim of result.claims) {
        const adjusted = claim.adjustments.reduce((sum, a) => sum + toCents(a.amount), 0);
        expect(toCents(claim.charge) - adjusted).toBe(toCents(claim.paid));
      }
    });

    it('balances the payment: BPR02 = claims paid - provider adjustments', () => {
      const [transaction] = result.transactions;
      const paid = result.claims.reduce((sum, c) => sum + toCents(c.paid), 0);
      const plb = result.providerAdjustments.reduce((sum, a) => sum + toCents(a.amount), 0);
      expect(transaction?.payment).toBeDefined();
      expect(toCents(transaction?.payment?.amount ?? Number.NaN)).toBe(paid - plb);
    });

    it('reads the header: payer, trace number, production date and envelope', () => {
      const segments = segmentsOf(text);
      const field = (id: string, index: number) =>
        segments.find((s) => s.startsWith(`${id}*`))?.split('*')[index];
      const [transaction] = result.transactions;
      expect(result.transactions).toHaveLength(1);
      expect(transaction?.payer.name).toBe(field('N1*PR', 2));
      expect(transaction?.traceNumber).toBe(field('TRN', 2));
      expect(transaction?.controlNumber).toBe(field('ST', 2));
      expect(transaction?.version).toBe(field('GS', 8));
      expect(transaction?.claimCount).toBe(label.claims.length);
      expect(result.interchanges[0]?.controlNumber).toBe(field('ISA', 13));
      for (const claim of result.claims) {
        expect(claim.payer).toBe(transaction?.payer);
        expect(claim.traceNumber).toBe(transaction?.traceNumber);
        expect(segments[claim.segmentNumber - 1]).toMatch(new RegExp(`^CLP\\*${claim.claimId}\\*`));
      }
    });
  });

  it('reports only what is really wrong in the samples (an impossible BPR16 date)', () => {
    const errors = remittanceFiles().flatMap((file) =>
      parse835(readRemittance(file)).errors.map((e) => ({ file, ...e })),
    );
    // lfh_managed-care.835 pays on "20002316" (month 23): a header problem that must not cost claims.
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'lfh_managed-care.835',
        code: 'X12_BAD_DATE',
        segmentId: 'BPR',
        segmentNumber: 4,
      }),
    ]);
  });

  it('reads names, dates, remark codes and service lines of the Medicaid sample', () => {
    const [claim] = parse835(readRemittance('pyx12_835_mult_loops.edi')).claims;
    expect(claim?.patient).toEqual({
      entityType: 'person',
      last: 'BACH',
      first: 'JOHANN',
      middle: 'S',
      idQualifier: 'MR',
      id: '00001612',
    });
    expect(claim?.provider).toMatchObject({
      entityType: 'organization',
      last: 'PAYEE',
      id: '44452736',
    });
    expect(
      claim?.serviceLines.map((l) => [l.qualifier, l.procedure, l.units, l.servicePeriod]),
    ).toEqual([
      ['HC', 'T1005', 68, { from: '2003-11-29', to: '2003-11-29' }],
      ['HC', 'T1005', 16, { from: '2003-10-30', to: '2003-10-30' }],
      ['HC', 'T1005', 36, { from: '2003-10-31', to: '2003-10-31' }],
    ]);
    expect(claim?.serviceDates).toEqual({ from: '2003-10-30', to: '2003-11-29' });
    expect(claim?.remarks).toEqual(['N14']);
  });

  it('reads the institutional statement period and MOA remark of the Medicare sample', () => {
    const result = parse835(readRemittance('lfh_medicare-part-a.835'));
    expect(result.claims[0]?.statementPeriod).toEqual({ from: '2002-08-16', to: '2002-08-24' });
    expect(result.claims[0]?.patient?.id).toBe('666666666A');
    expect(result.claims[1]?.remarks).toEqual(['MA02']);
    expect(result.transactions[0]?.payer.id).toBe('999');
    expect(result.transactions[0]?.payment).toMatchObject({ method: 'ACH', date: '2002-09-13' });
    expect(result.providerAdjustments[0]).toMatchObject({ fiscalPeriodDate: '2002-12-31' });
  });
});
