import { describe, expect, it } from 'vitest';
import { readRemittance, segmentsOf } from '../test-support/remittance-samples.test-helper';
import { parse835 } from './parse-835';

const multLoops = readRemittance('medicaid-denied-lq.835');
const managedCare = readRemittance('managed-care-retired-carc.835');
const medicare = readRemittance('institutional-medicare.835');

/** The same content as a 4010 file: ISA11 = U, ISA12 = 00401, GS08 = 004010X091A1, no ST03. */
function as4010(text: string): string {
  const isa = segmentsOf(text)[0] as string;
  const elements = isa.split('*');
  elements[11] = 'U';
  elements[12] = '00401';
  return text
    .replace(isa, elements.join('*'))
    .replace('*X*005010X221A1~', '*X*004010X091A1~')
    .replace(/ST\*835\*(\w+)\*005010X221A1~/, 'ST*835*$1~');
}

/** Rewrites `*`, `:` and `~` as `|`, `>` and a bare line feed, as some payers send. */
function withOtherSeparators(text: string): string {
  return text
    .replaceAll('*', '|')
    .replaceAll(':', '>')
    .replaceAll('~\n', '\n')
    .replaceAll('~', '\n');
}

describe('versions', () => {
  it('parses a 4010 835 (version from GS08, ISA11 not a separator) like its 5010 twin', () => {
    const old = as4010(multLoops);
    expect(old).not.toBe(multLoops);
    const result = parse835(old);
    expect(result.interchanges[0]?.version).toBe('00401');
    expect(result.transactions[0]?.version).toBe('004010X091A1');
    expect(result.errors).toEqual([]);
    expect(result.claims).toEqual(parse835(multLoops).claims);
    expect(result.claims[0]?.adjustments.map((a) => `${a.group}-${a.carc}`)).toEqual([
      'CO-16',
      'OA-A7',
      'OA-A7',
    ]);
  });

  it('takes the 5010 version from ST03', () => {
    expect(parse835(multLoops).transactions[0]?.version).toBe('005010X221A1');
  });
});

describe('separators come from the ISA', () => {
  it('reads |, > and a line-feed terminator the same as *, : and ~', () => {
    const other = withOtherSeparators(medicare);
    expect(other).not.toContain('*');
    const result = parse835(other);
    const reference = parse835(medicare);
    expect(result.claims).toEqual(reference.claims);
    expect(result.providerAdjustments).toEqual(reference.providerAdjustments);
    expect(result.errors).toEqual([]);
  });

  it('splits SVC01 composites and modifiers with the declared component separator', () => {
    const text = withOtherSeparators(
      managedCare.replace('SVC*HC:99214*', 'SVC*HC:99214:25:RT::59*'),
    );
    const line = parse835(text).claims[0]?.serviceLines[0];
    expect(line).toMatchObject({
      qualifier: 'HC',
      procedure: '99214',
      modifiers: ['25', 'RT', '59'],
    });
  });

  it('tolerates CR/LF after terminators, blank lines and a byte-order mark', () => {
    const noisy = '\uFEFF' + managedCare.replaceAll('~', '~\r\n\r\n');
    expect(parse835(noisy)).toEqual(parse835(managedCare));
  });
});

describe('several interchanges, groups and transactions in one input', () => {
  const inputs = [managedCare, withOtherSeparators(medicare), multLoops];
  const combined = inputs.join('\n');
  const separate = inputs.map((text) => parse835(text));
  const result = parse835(combined);

  it('returns every claim in order, each interchange read with its own separators', () => {
    expect(result.claims.map((c) => c.claimId)).toEqual(
      separate.flatMap((r) => r.claims.map((c) => c.claimId)),
    );
    expect(result.interchanges.map((i) => i.controlNumber)).toEqual([
      '000000907',
      '000000907',
      '000004103',
    ]);
    expect(result.transactions.map((t) => t.payer.name)).toEqual([
      'PRAIRIE HEALTH PLAN',
      'NORTH RIVER MEDICARE ADMINISTRATIVE CONTRACTOR',
      'STATE MEDICAID PROGRAM',
    ]);
  });

  it('numbers segments across the whole input', () => {
    const offset = segmentsOf(managedCare).length;
    const second = separate[1]?.claims[0];
    const combinedSecond = result.claims.find((c) => c.claimId === second?.claimId);
    expect(combinedSecond?.segmentNumber).toBe((second?.segmentNumber ?? 0) + offset);
  });

  it('ties each claim to its own transaction header', () => {
    for (const claim of result.claims) {
      const transaction = result.transactions.find(
        (t) => t.controlNumber === claim.transactionControlNumber && t.payer === claim.payer,
      );
      expect(transaction).toBeDefined();
    }
  });

  it('handles two groups and two transactions inside one interchange', () => {
    const segments = segmentsOf(managedCare);
    const isa = segments[0] as string;
    const group = segments.slice(1, -1);
    const secondGroup = group.map((s) =>
      s
        .replace(/^GS\*(.*)\*1\*X\*/, 'GS*$1*2*X*')
        .replace(/^GE\*1\*1$/, 'GE*1*2')
        .replace('ST*835*112233', 'ST*835*445566')
        .replace('SE*26*112233', 'SE*26*445566'),
    );
    const text = [isa, ...group, ...secondGroup, 'IEA*2*000000907'].join('~') + '~';
    const parsed = parse835(text);
    expect(parsed.interchanges[0]?.groups.map((g) => g.controlNumber)).toEqual(['1', '2']);
    expect(parsed.transactions.map((t) => t.controlNumber)).toEqual(['112233', '445566']);
    expect(parsed.claims.map((c) => c.transactionControlNumber)).toEqual([
      '112233',
      '112233',
      '445566',
      '445566',
    ]);
    expect(parsed.errors.map((e) => e.code)).toEqual(['X12_BAD_DATE', 'X12_BAD_DATE']);
  });
});
