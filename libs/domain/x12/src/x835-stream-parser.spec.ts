import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  chunk,
  readRemittance,
  remittanceFiles,
  segmentNumberOf,
  segmentsOf,
} from '../test-support/remittance-samples.test-helper';
import type { ClaimPayment } from './claim-payment.types';
import { generate835 } from './generate-835';
import { parse835 } from './parse-835';
import { stream835Claims } from './stream-835-claims';
import { X835StreamParser, type X12Chunk } from './x835-stream-parser';

function streamAll(chunks: Iterable<X12Chunk>) {
  const parser = new X835StreamParser();
  const claims: ClaimPayment[] = [];
  let pushesWithClaims = 0;
  for (const piece of chunks) {
    const got = parser.push(piece);
    if (got.length > 0) pushesWithClaims++;
    claims.push(...got);
  }
  claims.push(...parser.end());
  return {
    result: {
      interchanges: [...parser.interchanges],
      transactions: [...parser.transactions],
      claims,
      providerAdjustments: [...parser.providerAdjustments],
      errors: parser.errors,
    },
    pushesWithClaims,
  };
}

function bytesOf(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** Deterministic chunk sizes 1..97 so the boundaries fall everywhere, reproducibly. */
function irregularSizes(count: number): number[] {
  let x = 12345;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % 97);
  });
}

const generated = generate835({ claims: 150, seed: 7, claimsPerTransaction: 40 });
const inputs: [string, string][] = [
  ...remittanceFiles().map((f): [string, string] => [f, readRemittance(f)]),
  ['generated 835 (150 claims, 4 transactions)', generated],
  ['generated 835 with CRLF line ends', generated.replaceAll('~\n', '~\r\n')],
];

describe('X835StreamParser equals parse835', () => {
  describe.each(inputs)('%s', (_name, text) => {
    const whole = parse835(text);

    it('parses something (guards the comparisons below against empty results)', () => {
      expect(whole.claims.length).toBeGreaterThan(0);
    });

    it.each([[[1]], [[2]], [[3, 5, 7]], [[64]], [[4096]], [irregularSizes(50)]])(
      'with string chunks of sizes %j',
      (sizes) => {
        expect(streamAll(chunk(text, sizes)).result).toEqual(whole);
      },
    );

    it('with 1-byte Uint8Array chunks (multi-byte characters split across chunks)', () => {
      expect(streamAll(bytesOf(text, 1)).result).toEqual(whole);
    });

    it('with 13-byte Uint8Array chunks', () => {
      expect(streamAll(bytesOf(text, 13)).result).toEqual(whole);
    });
  });

  it('gives the same result for every two-chunk split of a CRLF file, including inside "~\\r\\n"', () => {
    const text = readRemittance('managed-care-retired-carc.835').replaceAll('~', '~\r\n');
    const whole = parse835(text);
    for (let k = 0; k <= text.length; k++) {
      const { result } = streamAll([text.slice(0, k), text.slice(k)]);
      expect(result, `split at ${k}`).toEqual(whole);
    }
  });

  it('decodes UTF-8 names that straddle byte chunks', () => {
    const text = generate835({ claims: 60, seed: 3 });
    const names = parse835(text).claims.map((c) => c.patient?.last);
    expect(names.some((n) => n === 'MÜLLER')).toBe(true);
    const streamed = streamAll(bytesOf(text, 1)).result.claims.map((c) => c.patient?.last);
    expect(streamed).toEqual(names);
  });
});

describe('X835StreamParser emits claims as soon as their loop closes', () => {
  const text = readRemittance('managed-care-retired-carc.835');
  const secondClp = text.indexOf('CLP*PCL-20261002');

  it('returns nothing while the first claim may still grow, then the claim when the next CLP arrives', () => {
    const parser = new X835StreamParser();
    expect(parser.push(text.slice(0, secondClp))).toEqual([]);
    // The CLP segment must be complete (terminated) before it can close the previous claim.
    const untilTerminator = text.indexOf('~', secondClp) + 1;
    const first = parser.push(text.slice(secondClp, untilTerminator));
    expect(first.map((c) => c.claimId)).toEqual(['PCL-20261001']);
    expect(parser.push(text.slice(untilTerminator, text.indexOf('SE*')))).toEqual([]);
    const rest = parser.push(text.slice(text.indexOf('SE*')));
    expect(rest.map((c) => c.claimId)).toEqual(['PCL-20261002']);
    expect(parser.end()).toEqual([]);
    expect(parser.errors.filter((e) => e.code !== 'X12_BAD_DATE')).toEqual([]);
  });

  it('hands out claims across many pushes for a large input instead of all at the end', () => {
    const big = generate835({ claims: 2000, seed: 11 });
    const { result, pushesWithClaims } = streamAll(chunk(big, [8192]));
    expect(result.claims).toHaveLength(2000);
    const pushes = Math.ceil(big.length / 8192);
    expect(pushesWithClaims).toBeGreaterThan(pushes * 0.9);
  });

  it('lets kept claims go without pinning the chunks they were read from', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const big = generate835({ claims: 60_000, seed: 21 });
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const kept: ClaimPayment[] = [];
    const parser = new X835StreamParser();
    const before = heap();
    let seen = 0;
    for (let i = 0; i < big.length; i += 65536) {
      // Fresh chunk strings, as a file stream would deliver them.
      for (const claim of parser.push(
        big
          .slice(i, i + 65536)
          .split('')
          .join(''),
      )) {
        if (seen++ % 200 === 0) kept.push(claim);
      }
    }
    parser.end();
    const growth = heap() - before;
    expect(kept).toHaveLength(300);
    expect(kept[1]?.payerClaimControlNumber?.length).toBeGreaterThanOrEqual(13);
    // Pinned chunks would hold most of the ~25 MB input; 300 small claims are well under 2 MB.
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(growth).toBeLessThan(4 * 1024 * 1024);
  });

  it('rejects use after end()', () => {
    const parser = new X835StreamParser();
    parser.push(text);
    parser.end();
    expect(() => parser.push('x')).toThrow(/after end/);
    expect(() => parser.end()).toThrow(/twice/);
  });
});

describe('stream835Claims', () => {
  async function* source(text: string, size: number): AsyncGenerator<Uint8Array> {
    for (const piece of bytesOf(text, size)) yield piece;
  }

  it('yields the same claims as parse835 and returns the summary', async () => {
    const text = generate835({ claims: 120, seed: 5, claimsPerTransaction: 50 });
    const whole = parse835(text);
    const iterator = stream835Claims(source(text, 1000));
    const claims: ClaimPayment[] = [];
    let step = await iterator.next();
    while (!step.done) {
      claims.push(step.value);
      step = await iterator.next();
    }
    expect(claims).toEqual(whole.claims);
    expect(step.value).toEqual({
      interchanges: whole.interchanges,
      transactions: whole.transactions,
      providerAdjustments: whole.providerAdjustments,
      errors: whole.errors,
      suppressedErrorCount: 0,
    });
  });

  it('reports non-fatal errors through onError while it streams', async () => {
    const text = readRemittance('medicaid-denied-lq.835').replace('SE*31*', 'SE*30*');
    const seen: string[] = [];
    const claims: string[] = [];
    for await (const claim of stream835Claims(source(text, 7), {
      onError: (e) => seen.push(`${e.code}@${e.segmentNumber}`),
    })) {
      claims.push(claim.claimId);
    }
    expect(claims).toEqual(['HB-778812']);
    const seNumber = segmentNumberOf(segmentsOf(text), (s) => s.startsWith('SE*'));
    expect(seen).toEqual([`X12_BAD_COUNT@${seNumber}`]);
  });

  it('throws X12ParseError for input that is not X12', async () => {
    const run = async () => {
      for await (const _claim of stream835Claims(['<html>not an 835</html>'])) {
        // drain
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'X12ParseError', code: 'X12_BAD_ENVELOPE' });
  });
});
