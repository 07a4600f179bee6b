import { describe, expect, it } from 'vitest';
import { scoreRemittance } from '@claimlane/testing-fixtures';
import {
  elementSeparatorOf,
  readRemittance,
  remittanceLabels,
  segmentsOf,
} from '../test-support/remittance-samples.test-helper';
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
    ...(a.procedure !== undefined ? { procedure: a.procedure } : {}),
  }));
}

describe('parse835 on the project corpus (libs/domain/x12/corpus)', () => {
  it('holds the quirks the parser must survive', () => {
    expect(labels.length).toBeGreaterThanOrEqual(9);
    expect(labels.every((l) => l.claims.length > 0)).toBe(true);
  });

  describe.each(labels)('$file', (label) => {
    const text = readRemittance(label.file);
    const result = parse835(text);

    it('returns exactly the expected claims, in file order, and none of the refused ones', () => {
      expect(result.claims.map((c) => c.claimId)).toEqual(label.claims.map((c) => c.claim_id));
      for (const id of label.rejected_claims ?? []) {
        expect(result.claims.map((c) => c.claimId)).not.toContain(id);
      }
    });

    it('scores every claim amount and adjustment as right', () => {
      const score = scoreRemittance(result.claims, label.claims);
      expect(score.misses).toEqual([]);
      expect(score.adjustmentsExtra).toBe(0);
    });

    it.each(label.claims)('claim $claim_id matches the hand-computed amounts and codes', (want) => {
      const claim = result.claims.find((c) => c.claimId === want.claim_id);
      expect(claim).toBeDefined();
      if (claim === undefined) return;
      expect(claim.status).toBe(want.status);
      expect(claim.charge).toBe(want.charge);
      expect(claim.paid).toBe(want.paid);
      expect(claim.patientResponsibility).toBe(want.patient_resp);
      if (want.claim_filing !== undefined)
        expect(claim.claimFilingIndicator).toBe(want.claim_filing);
      expect(comparableAdjustments(claim)).toEqual(want.adjustments.map(({ rarc: _r, ...a }) => a));
      for (const code of want.rarc ?? []) expect(claim.remarks).toContain(code);
      // Service-level RARCs are labelled per adjustment; the parser keeps them on the service line.
      const serviceAdjustments = claim.serviceLines.flatMap((line) =>
        line.adjustments.map((adjustment) => ({ adjustment, line })),
      );
      want.adjustments
        .filter((a) => a.level === 'service')
        .forEach((labelled, i) => {
          const found = serviceAdjustments[i];
          expect(found?.adjustment.carc).toBe(labelled.carc);
          if (labelled.rarc !== undefined) {
            expect(found?.line.remarks).toEqual(labelled.rarc);
            for (const code of labelled.rarc) expect(claim.remarks).toContain(code);
          }
        });
    });

    it('reports exactly the expected errors and warnings', () => {
      const errors = result.errors
        .filter((e) => e.severity === undefined)
        .map((e) => ({
          code: e.code,
          segment: e.segmentId,
          ...(e.claimId !== undefined ? { claim_id: e.claimId } : {}),
        }));
      const warnings = result.errors
        .filter((e) => e.severity === 'warning')
        .map((e) => ({ claim_id: e.claimId, segment: e.segmentId }));
      expect(errors).toEqual(label.errors ?? []);
      expect(warnings).toEqual(label.warnings ?? []);
    });

    it('puts each warning on the service line it concerns (CLP ones on the claim only)', () => {
      const lineWarnings = result.claims.flatMap((c) =>
        c.serviceLines.flatMap((l) => l.warnings ?? []),
      );
      const warnings = result.errors.filter((e) => e.severity === 'warning');
      expect(lineWarnings).toEqual(
        warnings.filter((e) => e.segmentId !== 'CLP').map((e) => e.message),
      );
    });

    it('keeps retired reason codes and groups untouched', () => {
      const carcs = result.claims.flatMap((c) => c.adjustments.map((a) => `${a.group}-${a.carc}`));
      const labelled = label.claims.flatMap((c) =>
        c.adjustments.map((a) => `${a.group}-${a.carc}`),
      );
      expect(carcs).toEqual(labelled);
    });

    it('matches the expected provider-level adjustments', () => {
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

    it('balances each payment when no claim was refused: BPR02 = paid - provider adjustments', () => {
      if ((label.rejected_claims ?? []).length > 0) return;
      for (const transaction of result.transactions) {
        const ours = (x: { transactionControlNumber: string }) =>
          x.transactionControlNumber === transaction.controlNumber;
        const paid = result.claims.filter(ours).reduce((sum, c) => sum + toCents(c.paid), 0);
        const plb = result.providerAdjustments
          .filter(ours)
          .reduce((sum, a) => sum + toCents(a.amount), 0);
        expect(transaction.payment).toBeDefined();
        expect(toCents(transaction.payment?.amount ?? Number.NaN)).toBe(paid - plb);
      }
    });

    it('reads the header: payer, trace number, envelope, and each CLP position', () => {
      const segments = segmentsOf(text);
      const element = elementSeparatorOf(text);
      const field = (id: string, index: number) =>
        segments.find((s) => s.startsWith(`${id}${element}`))?.split(element)[index];
      const [transaction] = result.transactions;
      expect(transaction?.payer.name).toBe(field(`N1${element}PR`, 2));
      expect(transaction?.traceNumber).toBe(field('TRN', 2));
      expect(transaction?.controlNumber).toBe(field('ST', 2));
      expect(transaction?.version).toBe(field('GS', 8));
      expect(result.transactions.reduce((n, t) => n + t.claimCount, 0)).toBe(label.claims.length);
      expect(result.interchanges[0]?.controlNumber).toBe(field('ISA', 13));
      for (const claim of result.claims) {
        expect(segments[claim.segmentNumber - 1]).toContain(
          `CLP${element}${claim.claimId}${element}`,
        );
      }
    });
  });

  it('reads names, dates, remark codes and service lines of the Medicaid file', () => {
    const [claim] = parse835(readRemittance('medicaid-denied-lq.835')).claims;
    expect(claim?.patient).toEqual({
      entityType: 'person',
      last: 'DESROCHERS',
      first: 'MAELLE',
      middle: 'R',
      idQualifier: 'MR',
      id: '00004477',
    });
    expect(claim?.provider).toMatchObject({
      entityType: 'organization',
      last: 'HOMEBRIDGE CARE SERVICES',
      id: '55512093',
    });
    expect(
      claim?.serviceLines.map((l) => [l.qualifier, l.procedure, l.units, l.servicePeriod]),
    ).toEqual([
      ['HC', 'T1019', 70, { from: '2026-09-11', to: '2026-09-11' }],
      ['HC', 'T1019', 24, { from: '2026-09-02', to: '2026-09-02' }],
      ['HC', 'T1019', 30, { from: '2026-09-04', to: '2026-09-04' }],
    ]);
    expect(claim?.serviceDates).toEqual({ from: '2026-09-02', to: '2026-09-11' });
    expect(claim?.remarks).toEqual(['N14']);
  });

  it('reads the institutional statement period and MOA remark of the Medicare file', () => {
    const result = parse835(readRemittance('institutional-medicare.835'));
    expect(result.claims[0]?.statementPeriod).toEqual({ from: '2026-09-01', to: '2026-09-08' });
    expect(result.claims[0]?.patient?.id).toBe('1EG4TE5MK72');
    expect(result.claims[1]?.remarks).toEqual(['MA02']);
    expect(result.transactions[0]?.payer.id).toBe('04412');
    expect(result.transactions[0]?.payment).toMatchObject({ method: 'ACH', date: '2026-10-19' });
    expect(result.providerAdjustments[0]).toMatchObject({ fiscalPeriodDate: '2026-12-31' });
  });

  it('reads composites whose separator is not ISA16, modifiers included', () => {
    const { claims } = parse835(readRemittance('svc-foreign-separator.835'));
    expect(
      claims.flatMap((c) => c.serviceLines.map((l) => [l.qualifier, l.procedure, l.modifiers])),
    ).toEqual([
      ['HC', '99204', ['25']],
      ['HC', '20610', ['RT']],
      ['HC', '97110', ['GP']],
      ['HC', '97140', ['GP']],
    ]);
    expect(claims[0]?.serviceLines[0]?.warnings?.[0]).toMatch(/">" instead of .*":"/);
  });

  it('keeps malformed lines with what could be read, and the claim with its amounts', () => {
    const { claims } = parse835(readRemittance('svc-bare-qualifier.835'));
    const lines = claims.flatMap((c) => c.serviceLines);
    expect(lines.map((l) => [l.qualifier, l.procedure, l.charge, l.paid])).toEqual([
      ['HC', '', 220, 110],
      ['HC', '90460', 200, 75],
      ['', '', 180, 80],
      ['HC', '87880', 120, 0],
    ]);
    expect(lines.map((l) => l.warnings?.length ?? 0)).toEqual([1, 1, 1, 2]);
    expect(lines[3]?.serviceDate).toBeUndefined();
  });

  it('reads a 4010 file: version from GS08, no repetition separator, retired CR group', () => {
    const result = parse835(readRemittance('v4010-retired-codes.835'));
    expect(result.interchanges[0]?.version).toBe('00401');
    expect(result.transactions[0]?.version).toBe('004010X091A1');
    expect(result.claims[1]?.adjustments[0]).toMatchObject({ group: 'CR', carc: '42' });
  });
});
