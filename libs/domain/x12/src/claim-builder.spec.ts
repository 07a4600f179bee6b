import { describe, expect, it } from 'vitest';
import {
  joinSegments,
  readRemittance,
  segmentsOf,
} from '../test-support/remittance-samples.test-helper';
import { parse835 } from './parse-835';

// Envelope and header of a real sample around hand-written claim loops.
const sample = segmentsOf(readRemittance('institutional-medicare.835'));
const header = sample.slice(
  0,
  sample.findIndex((s) => s.startsWith('LX*')),
);
const trailer = sample.slice(sample.findIndex((s) => s.startsWith('SE*')));

function parseClaims(...loops: string[][]) {
  return parse835(joinSegments([...header, ...loops.flat(), ...trailer]));
}

const institutional = [
  'LX*1',
  'CLP*ABC123*20*1500.00*1000.00*250.00*MB*PCN42*13*7*****1.25',
  'CAS*OA*23*150.00*1',
  'CAS*CO*45*100.00',
  'NM1*QC*1*DOE*JANE*Q**JR*MI*M123',
  'NM1*IL*1*DOE*JOHN****MI*M100',
  'NM1*74*1*DOE*JANET',
  'NM1*82*1*WELBY*MARCUS****XX*1234567893',
  'NM1*TT*2*CROSSOVER PLAN*****PI*CX1',
  'MIA*0***0*MA01***************MA18',
  'DTM*232*20240101',
  'DTM*233*20240105',
  'DTM*050*20240110',
  'SVC*HC:99213:25:59*700.00*500.00*0450*2*HC:99214',
  'DTM*472*20240102',
  'CAS*CO*45*100.00*1*45*50.00**253*10.00',
  'CAS*PR*2*40.00',
  'REF*6R*LINE-0001-A-LONG-CONTROL-NUMBER',
  'AMT*B6*590.00',
  'LQ*HE*N130',
  'LQ*RX*77',
  'LQ*HE*MA01',
  'SVC*NU:0250*650.00*650.00',
  'DTM*150*20240103',
];

describe('ClaimBuilder, through parse835', () => {
  const result = parseClaims(institutional);
  const claim = result.claims[0];

  it('reads the CLP fields', () => {
    expect(result.errors).toEqual([]);
    expect(claim).toMatchObject({
      claimId: 'ABC123',
      status: '20',
      charge: 1500,
      paid: 1000,
      patientResponsibility: 250,
      claimFilingIndicator: 'MB',
      payerClaimControlNumber: 'PCN42',
      facilityTypeCode: '13',
      claimFrequencyCode: '7',
    });
  });

  it('reads every CAS triple with its optional quantity, at claim and service level', () => {
    expect(claim?.adjustments).toEqual([
      { group: 'OA', carc: '23', amount: 150, quantity: 1, level: 'claim' },
      { group: 'CO', carc: '45', amount: 100, level: 'claim' },
      { group: 'CO', carc: '45', amount: 100, quantity: 1, level: 'service', procedure: '99213' },
      { group: 'CO', carc: '45', amount: 50, level: 'service', procedure: '99213' },
      { group: 'CO', carc: '253', amount: 10, level: 'service', procedure: '99213' },
      { group: 'PR', carc: '2', amount: 40, level: 'service', procedure: '99213' },
    ]);
    expect(claim?.serviceLines[0]?.adjustments).toHaveLength(4);
    expect(claim?.serviceLines[1]?.adjustments).toEqual([]);
  });

  it('reads parties by entity code', () => {
    expect(claim?.patient).toEqual({
      entityType: 'person',
      last: 'DOE',
      first: 'JANE',
      middle: 'Q',
      suffix: 'JR',
      idQualifier: 'MI',
      id: 'M123',
    });
    expect(claim?.insured).toMatchObject({ last: 'DOE', first: 'JOHN', id: 'M100' });
    expect(claim?.correctedPatient).toMatchObject({ last: 'DOE', first: 'JANET' });
    expect(claim?.provider).toMatchObject({ last: 'WELBY', idQualifier: 'XX', id: '1234567893' });
    expect(claim?.crossoverCarrier).toMatchObject({
      entityType: 'organization',
      last: 'CROSSOVER PLAN',
    });
  });

  it('reads claim dates and derives the service dates from the statement period', () => {
    expect(claim?.statementPeriod).toEqual({ from: '2024-01-01', to: '2024-01-05' });
    expect(claim?.receivedDate).toBe('2024-01-10');
    expect(claim?.serviceDates).toEqual({ from: '2024-01-01', to: '2024-01-05' });
  });

  it('reads service lines: composite, revenue code, units, submitted code, allowed, line control', () => {
    expect(claim?.serviceLines[0]).toMatchObject({
      qualifier: 'HC',
      procedure: '99213',
      modifiers: ['25', '59'],
      revenueCode: '0450',
      charge: 700,
      paid: 500,
      units: 2,
      submittedProcedure: { qualifier: 'HC', procedure: '99214', modifiers: [] },
      serviceDate: '2024-01-02',
      allowed: 590,
      lineItemControlNumber: 'LINE-0001-A-LONG-CONTROL-NUMBER',
      remarks: ['N130', 'MA01'],
    });
    expect(claim?.serviceLines[1]).toMatchObject({
      qualifier: 'NU',
      procedure: '0250',
      units: 1,
      serviceDate: '2024-01-03',
      servicePeriod: { from: '2024-01-03' },
    });
  });

  it('lists claim-level remarks first, then line RARCs once each (LQ*RX is not a RARC)', () => {
    expect(claim?.remarks).toEqual(['MA01', 'MA18', 'N130']);
  });

  it('derives service dates from the lines when there is no statement period', () => {
    const professional = [
      'CLP*P1*1*200.00*200.00**12',
      'SVC*HC:99212*100.00*100.00',
      'DTM*472*20240305',
      'SVC*HC:99212*100.00*100.00',
      'DTM*150*20240301',
      'DTM*151*20240302',
    ];
    const parsed = parseClaims(professional).claims[0];
    expect(parsed?.serviceDates).toEqual({ from: '2024-03-01', to: '2024-03-05' });
    expect(parsed?.patientResponsibility).toBeNull();
  });

  it.each([
    ['a CLP without claim id', 'CLP**1*10*10', 'X12_BAD_SEGMENT'],
    ['a CLP without status', 'CLP*X1**10*10', 'X12_BAD_SEGMENT'],
    ['a CLP whose status is not an X12 claim status code', 'CLP*X1*Q*10*10', 'X12_BAD_STATUS'],
    [
      'a status from the wider X12 list that no 835 guide allows',
      'CLP*X1*27*10*10',
      'X12_BAD_STATUS',
    ],
    ['a CLP without charge', 'CLP*X1*1**10', 'X12_BAD_AMOUNT'],
    ['a claim-level CAS reason without amount', 'CAS*CO*45', 'X12_BAD_AMOUNT'],
    ['a claim-level CAS amount without reason', 'CAS*CO**5.00', 'X12_BAD_SEGMENT'],
    ['a claim-level CAS quantity that is not a number', 'CAS*CO*45*5.00*two', 'X12_BAD_AMOUNT'],
  ])('drops the claim on %s and keeps the next one', (_name, bad, code) => {
    const clp = bad.startsWith('CLP') ? bad : 'CLP*X1*1*10.00*10.00';
    const claimLevel = bad.startsWith('CLP') ? [] : [bad];
    const withBad = ['LX*1', clp, ...claimLevel, 'SVC*HC:99213*10.00*10.00'];
    const result = parseClaims(withBad, ['CLP*X2*1*5.00*5.00']);
    expect(result.claims.map((c) => c.claimId)).toEqual(['X2']);
    const errors = result.errors;
    expect(errors).toEqual([expect.objectContaining({ code })]);
    expect(errors[0]?.segmentId).toBe(bad.slice(0, 3));
    expect(errors[0]?.severity).toBeUndefined();
  });

  it.each([
    ['a CAS reason without amount', 'CAS*CO*45', 'X12_BAD_AMOUNT'],
    ['a CAS amount without reason', 'CAS*CO**5.00', 'X12_BAD_SEGMENT'],
    ['a CAS quantity that is not a number', 'CAS*CO*45*5.00*two', 'X12_BAD_AMOUNT'],
    ['a CAS with an unknown group', 'CAS*ZZ*45*5.00', 'X12_BAD_SEGMENT'],
    ['an SVC01 without qualifier', 'SVC*99213*10*10', 'X12_BAD_SEGMENT'],
    ['an SVC01 with a bare qualifier', 'SVC*HC*10*10', 'X12_BAD_SEGMENT'],
    ['an SVC01 with a foreign separator', 'SVC*HC>99213>25*10*10', 'X12_BAD_SEGMENT'],
    ['an empty SVC01', 'SVC**10*10', 'X12_BAD_SEGMENT'],
    ['an SVC charge that is not a number', 'SVC*HC:99213*1O*10', 'X12_BAD_AMOUNT'],
    ['an AMT*B6 that is not a number', 'AMT*B6*lots', 'X12_BAD_AMOUNT'],
    ['a service date that is not a date', 'DTM*472*20241340', 'X12_BAD_DATE'],
    ['a segment that is not a segment', '\u0000junk*1', 'X12_BAD_SEGMENT'],
  ])('keeps the claim and its amounts on %s in a service line, warning on it', (_n, bad, code) => {
    const withBad = ['LX*1', 'CLP*X1*1*10.00*10.00*3.00', 'SVC*HC:99213*10.00*10.00', bad];
    const result = parseClaims(withBad, ['CLP*X2*1*5.00*5.00']);
    expect(result.claims.map((c) => c.claimId)).toEqual(['X1', 'X2']);
    expect(result.claims[0]).toMatchObject({ charge: 10, paid: 10, patientResponsibility: 3 });
    expect(result.errors).toEqual([
      expect.objectContaining({ code, claimId: 'X1', severity: 'warning' }),
    ]);
    const lastLine = result.claims[0]?.serviceLines.at(-1);
    expect(lastLine?.warnings).toEqual([result.errors[0]?.message]);
  });

  it('reads an SVC01 with a foreign separator or without qualifier as well as it can', () => {
    const lines = parseClaims([
      'LX*1',
      'CLP*X1*1*40.00*40.00',
      'SVC*HC>99213>25>59*10*10',
      'SVC*J1100*10*10',
      'SVC*0250*10*10',
      'SVC*HC*10*10',
    ]).claims[0]?.serviceLines;
    expect(lines?.map((l) => [l.qualifier, l.procedure, l.modifiers])).toEqual([
      ['HC', '99213', ['25', '59']],
      ['HC', 'J1100', []],
      ['NU', '0250', []],
      ['HC', '', []],
    ]);
  });
});

describe('header and PLB problems do not cost claims', () => {
  it('reports a bad BPR02 amount and a bad PLB pair, keeps the good pair and every claim', () => {
    const segments = sample.map((s) =>
      s.startsWith('BPR*')
        ? s.replace('98005.50', '98,005.50')
        : s.startsWith('PLB*')
          ? 'PLB*1548392016*20261231*CV:CP*-2.75*L6*abc*WO*2.00'
          : s,
    );
    const result = parse835(joinSegments(segments));
    expect(result.claims).toHaveLength(2);
    expect(result.transactions[0]?.payment).toBeUndefined();
    expect(result.providerAdjustments.map((a) => [a.reason, a.amount])).toEqual([
      ['CV', -2.75],
      ['WO', 2],
    ]);
    expect(result.errors.map((e) => [e.code, e.segmentId])).toEqual([
      ['X12_BAD_AMOUNT', 'BPR'],
      ['X12_BAD_AMOUNT', 'PLB'],
    ]);
  });
});
