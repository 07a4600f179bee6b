import { describe, expect, it } from 'vitest';
import {
  joinSegments,
  readRemittance,
  segmentNumberOf,
  segmentsOf,
} from '../test-support/remittance-samples.test-helper';
import { parse835 } from './parse-835';
import { X12ParseError, type X12Error } from './x12-error';
import { X835StreamParser } from './x835-stream-parser';

const managedCare = readRemittance('managed-care-retired-carc.835');
const base = segmentsOf(managedCare);
const FIRST = 'PCL-20261001';
const SECOND = 'PCL-20261002';
const firstClp = segmentNumberOf(base, (s) => s.startsWith(`CLP*${FIRST}`));

/** Errors other than the sample's own bad BPR16 date, which every variant of this file carries. */
function newErrors(errors: readonly X12Error[]): X12Error[] {
  return errors.filter((e) => !(e.code === 'X12_BAD_DATE' && e.segmentId === 'BPR'));
}

function edit(change: (segments: string[]) => void): string {
  const segments = [...base];
  change(segments);
  return joinSegments(segments);
}

function replaceSegment(segments: string[], number: number, text: string): void {
  segments[number - 1] = text;
}

function fatal(input: string | Uint8Array): X12ParseError {
  try {
    parse835(input);
  } catch (error) {
    if (error instanceof X12ParseError) return error;
    throw error;
  }
  throw new Error('expected parse835 to throw X12ParseError');
}

describe('fatal input: not X12 at all', () => {
  it('rejects text without an ISA, naming segment 1', () => {
    const error = fatal('Dear member, your claim was denied.');
    expect(error).toMatchObject({ code: 'X12_BAD_ENVELOPE', segmentNumber: 1 });
    expect(error.message).toMatch(/expected ISA/);
  });

  it('rejects empty and blank input', () => {
    expect(fatal('').code).toBe('X12_BAD_ENVELOPE');
    expect(fatal(' \r\n\t').code).toBe('X12_BAD_ENVELOPE');
  });

  it('rejects binary junk', () => {
    let x = 99;
    const junk = Uint8Array.from({ length: 4096 }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % 256;
    });
    junk[0] = 0x89; // never a letter: the check must not depend on the seed's luck
    expect(fatal(junk)).toMatchObject({ code: 'X12_BAD_ENVELOPE', segmentNumber: 1 });
  });

  it('reads an ISA whose fields are not padded to fixed width, like the padded one', () => {
    const trimmed = managedCare
      .replace('*PRAIRIEHEALTH  *', '*PRAIRIEHEALTH*')
      .replace('*CLAIMLANETEST  *', '*CLAIMLANETEST*')
      .replace('ISA*00*          *00*          *', 'ISA*00**00**');
    expect(trimmed.indexOf('~')).toBeLessThan(90);
    const result = parse835(trimmed);
    expect(result.claims).toEqual(parse835(managedCare).claims);
    expect(result.interchanges[0]).toMatchObject({ senderId: 'PRAIRIEHEALTH', version: '00501' });
  });

  it('rejects an ISA whose layout does not hold together', () => {
    expect(fatal(managedCare.replace('*00501*', '*00501:*'))).toMatchObject({
      code: 'X12_BAD_SEPARATORS',
      segmentNumber: 1,
      segmentId: 'ISA',
    });
    const noTerminator = 'ISA*00*' + 'x'.repeat(400);
    expect(fatal(noTerminator)).toMatchObject({ code: 'X12_BAD_SEPARATORS', segmentId: 'ISA' });
  });

  it('rejects an alphanumeric element separator and a component separator equal to it', () => {
    expect(fatal(`ISA${'A'.repeat(200)}`).code).toBe('X12_BAD_SEPARATORS');
    const isa = base[0] as string;
    const clash = managedCare.replace(isa, isa.slice(0, -1) + '*');
    expect(fatal(clash)).toMatchObject({ code: 'X12_BAD_SEPARATORS', segmentNumber: 1 });
  });

  it('rejects input that ends inside the ISA', () => {
    expect(fatal(managedCare.slice(0, 60))).toMatchObject({
      code: 'X12_TRUNCATED',
      segmentNumber: 1,
    });
  });

  it('rejects text after the last IEA that is not another interchange', () => {
    const error = fatal(managedCare + 'garbage that is not an ISA');
    expect(error).toMatchObject({ code: 'X12_BAD_ENVELOPE', segmentNumber: base.length + 1 });
  });

  it('rejects a segment with no terminator in sight instead of buffering without end', () => {
    const parser = new X835StreamParser();
    parser.push(base.slice(0, 3).join('~') + '~');
    const push = () => {
      for (let i = 0; i < 20; i++) parser.push('X'.repeat(65536));
    };
    expect(push).toThrow(X12ParseError);
    expect(push).toThrow(/no segment terminator/);
  });
});

describe('one bad claim does not lose the rest', () => {
  it('drops a claim whose CLP04 is not an amount and returns the other', () => {
    const text = edit((s) =>
      replaceSegment(s, firstClp, `CLP*${FIRST}*1*900.00*52O.00*320.00*12*PH26100100001`),
    );
    const result = parse835(text);
    expect(result.claims.map((c) => c.claimId)).toEqual([SECOND]);
    expect(newErrors(result.errors)).toEqual([
      {
        code: 'X12_BAD_AMOUNT',
        segmentNumber: firstClp,
        segmentId: 'CLP',
        claimId: FIRST,
        message: expect.stringMatching(
          new RegExp(`^segment ${firstClp} \\(CLP\\): .*CLP04.*52O\\.00`),
        ),
      },
    ]);
  });

  it('keeps a claim with a bad service-level CAS amount, warning on the CAS segment', () => {
    const cas = segmentNumberOf(base, (s) => s === 'CAS*PR*1*600.00');
    const text = edit((s) => replaceSegment(s, cas, 'CAS*PR*1*6OO.00'));
    const result = parse835(text);
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST, SECOND]);
    expect(result.claims[1]).toMatchObject({ charge: 1500, paid: 790, patientResponsibility: 600 });
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({
        code: 'X12_BAD_AMOUNT',
        segmentNumber: cas,
        segmentId: 'CAS',
        claimId: SECOND,
        severity: 'warning',
      }),
    ]);
  });

  it('drops a claim with an unknown adjustment group', () => {
    const cas = segmentNumberOf(base, (s) => s === 'CAS*CO*A2*60.00');
    const result = parse835(edit((s) => replaceSegment(s, cas, 'CAS*XX*A2*60.00')));
    expect(result.claims.map((c) => c.claimId)).toEqual([SECOND]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_BAD_SEGMENT', segmentNumber: cas, claimId: FIRST }),
    ]);
  });

  it('keeps a claim with an impossible service date, warning on the date', () => {
    const dtm = segmentNumberOf(base, (s) => s === 'DTM*150*20260925');
    const result = parse835(edit((s) => replaceSegment(s, dtm, 'DTM*150*20261325')));
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST, SECOND]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({
        code: 'X12_BAD_DATE',
        segmentNumber: dtm,
        claimId: SECOND,
        severity: 'warning',
      }),
    ]);
  });

  it('drops a claim holding a segment that is not a segment at all', () => {
    const nm1 = segmentNumberOf(base, (s) => s.startsWith('NM1*QC*1*TREMBLAY'));
    const result = parse835(edit((s) => s.splice(nm1, 0, '\u0000\u0001junk*1')));
    expect(result.claims.map((c) => c.claimId)).toEqual([SECOND]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_BAD_SEGMENT', segmentNumber: nm1 + 1, claimId: FIRST }),
    ]);
  });

  it('reports an SVC before any CLP once, skips its CAS, and keeps every claim', () => {
    const lx = segmentNumberOf(base, (s) => s.startsWith('LX*'));
    const text = edit((s) => s.splice(lx, 0, 'SVC*HC:99999*10.00*0', 'CAS*CO*45*10.00'));
    const result = parse835(text);
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST, SECOND]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_BAD_SEGMENT', segmentNumber: lx + 1, segmentId: 'SVC' }),
    ]);
    expect(newErrors(result.errors)[0]?.message).toMatch(/expected CLP before SVC/);
  });

  it('reports a CAS before any CLP', () => {
    const lx = segmentNumberOf(base, (s) => s.startsWith('LX*'));
    const result = parse835(edit((s) => s.splice(lx, 0, 'CAS*CO*45*10.00')));
    expect(result.claims).toHaveLength(2);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_BAD_SEGMENT', segmentNumber: lx + 1, segmentId: 'CAS' }),
    ]);
  });

  it('keeps at most maxErrors errors, counts the rest, and still reports each one', () => {
    const seen: X12Error[] = [];
    const parser = new X835StreamParser({ maxErrors: 2, onError: (e) => seen.push(e) });
    const bad = edit((s) => {
      s.splice(firstClp, 0, 'DTM*232*2002XX01', 'DTM*233*20020231', 'DTM*050*0');
    });
    parser.push(bad);
    parser.end();
    // Three bad dates plus the sample's bad BPR16 date.
    expect(seen).toHaveLength(4);
    expect(parser.errors).toEqual(seen.slice(0, 2));
    expect(parser.suppressedErrorCount).toBe(2);
  });
});

describe('truncated input', () => {
  const ge = segmentNumberOf(base, (s) => s.startsWith('GE*'));
  const se = segmentNumberOf(base, (s) => s.startsWith('SE*'));

  it('without IEA: every claim is returned, with one X12_TRUNCATED naming the last segment (GE)', () => {
    const result = parse835(base.slice(0, -1).join('~') + '~');
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST, SECOND]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_TRUNCATED', segmentNumber: ge, segmentId: 'GE' }),
    ]);
  });

  it('without SE: complete claims are returned, the open one is dropped and named', () => {
    const result = parse835(base.slice(0, se - 1).join('~') + '~');
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({
        code: 'X12_TRUNCATED',
        segmentNumber: se - 1,
        segmentId: 'CAS',
        claimId: SECOND,
      }),
    ]);
  });

  it('cut in the middle of a segment: names the last complete segment', () => {
    const cas = managedCare.indexOf('CAS*PR*1*600.00');
    const result = parse835(managedCare.slice(0, cas + 7));
    const lastComplete = segmentNumberOf(base, (s) => s === 'CAS*PR*1*600.00') - 1;
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({
        code: 'X12_TRUNCATED',
        segmentNumber: lastComplete,
        segmentId: 'DTM',
      }),
    ]);
    expect(newErrors(result.errors)[0]?.message).toMatch(/middle of segment/);
  });

  it('at every cut position: returns a prefix of the claims and exactly one truncation error', () => {
    const full = parse835(managedCare).claims;
    const end = managedCare.trimEnd().length;
    for (let cut = 107; cut < end; cut++) {
      const prefix = managedCare.slice(0, cut);
      const result = parse835(prefix);
      const truncations = result.errors.filter((e) => e.code === 'X12_TRUNCATED');
      const complete = segmentsOf(prefix.slice(0, prefix.lastIndexOf('~') + 1)).length;
      expect(truncations, `cut at ${cut}`).toHaveLength(1);
      expect(truncations[0]?.segmentNumber, `cut at ${cut}`).toBe(complete);
      expect(result.claims, `cut at ${cut}`).toEqual(full.slice(0, result.claims.length));
    }
    expect(parse835(managedCare.slice(0, end)).errors.some((e) => e.code === 'X12_TRUNCATED')).toBe(
      false,
    );
  });
});

describe('envelope checks are reported and claims survive', () => {
  const cases: [string, (s: string[]) => void, string, string][] = [
    ['SE01 segment count', (s) => s.splice(s.length - 3, 1, 'SE*99*112233'), 'X12_BAD_COUNT', 'SE'],
    [
      'SE02 control number',
      (s) => s.splice(s.length - 3, 1, 'SE*26*999'),
      'X12_BAD_CONTROL_NUMBER',
      'SE',
    ],
    ['GE01 transaction count', (s) => s.splice(s.length - 2, 1, 'GE*2*1'), 'X12_BAD_COUNT', 'GE'],
    [
      'GE02 control number',
      (s) => s.splice(s.length - 2, 1, 'GE*1*2'),
      'X12_BAD_CONTROL_NUMBER',
      'GE',
    ],
    [
      'IEA01 group count',
      (s) => s.splice(s.length - 1, 1, 'IEA*3*000000907'),
      'X12_BAD_COUNT',
      'IEA',
    ],
    [
      'IEA02 control number',
      (s) => s.splice(s.length - 1, 1, 'IEA*1*000000908'),
      'X12_BAD_CONTROL_NUMBER',
      'IEA',
    ],
  ];

  it.each(cases)('%s mismatch', (_name, change, code, segmentId) => {
    const segments = [...base];
    change(segments);
    // Joined without joinSegments: SE01 must stay as edited.
    const result = parse835(segments.join('~') + '~');
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST, SECOND]);
    const number = segmentNumberOf(segments, (s) => s.startsWith(`${segmentId}*`));
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code, segmentNumber: number, segmentId }),
    ]);
  });

  it('skips a transaction that is not an 835 and still counts it in GE01', () => {
    const st = segmentNumberOf(base, (s) => s.startsWith('ST*'));
    const text = edit((s) => {
      s.splice(
        st - 1,
        0,
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*1*20020301*1200*CH',
        'CLP*NOTACLAIM*1*1*1',
        'SE*4*0001',
      );
      s.splice(s.length - 2, 1, 'GE*2*1');
    });
    const result = parse835(text);
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST, SECOND]);
    expect(result.transactions).toHaveLength(1);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_BAD_ENVELOPE', segmentNumber: st, segmentId: 'ST' }),
    ]);
  });

  it('reports a missing SE at the GE and still returns the last claim, closed by the GE', () => {
    const se = segmentNumberOf(base, (s) => s.startsWith('SE*'));
    const text = edit((s) => s.splice(se - 1, 1));
    const result = parse835(text);
    expect(result.claims.map((c) => c.claimId)).toEqual([FIRST, SECOND]);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_BAD_ENVELOPE', segmentNumber: se, segmentId: 'GE' }),
    ]);
  });

  it('reports segments between transactions', () => {
    const st = segmentNumberOf(base, (s) => s.startsWith('ST*'));
    const result = parse835(edit((s) => s.splice(st - 1, 0, 'REF*EV*X')));
    expect(result.claims).toHaveLength(2);
    expect(newErrors(result.errors)).toEqual([
      expect.objectContaining({ code: 'X12_BAD_ENVELOPE', segmentNumber: st, segmentId: 'REF' }),
    ]);
  });
});
