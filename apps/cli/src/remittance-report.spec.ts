import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeAdjustment, lookupRarc } from '@claimlane/domain-codes';
import { claimStatusInfo, parse835 } from '@claimlane/domain-x12';
import { denialOf } from '@claimlane/server-remittances';
import { collapse } from './cli-samples.test-helper';
import { sampleRemittances } from './remittance-samples.test-helper';
import { formatRemittanceReport } from './remittance-report';

const cases = sampleRemittances().map(({ label, path }) => {
  const parsed = parse835(readFileSync(path));
  const report = formatRemittanceReport(parsed);
  return { label, parsed, report, lines: report.split('\n') };
});

/** The lines of one claim's block. */
function claimBlock(lines: string[], claimId: string): string[] {
  const start = lines.indexOf(`CLAIM ${claimId}`);
  if (start < 0) throw new Error(`no block for claim ${claimId}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('CLAIM '));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe.each(cases)('835 report for $label.file', ({ parsed, report, lines }) => {
  it('is plain text within 100 columns', () => {
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(100);
    expect(report).not.toMatch(/\x1b\[/);
  });

  it('counts the claims and the denials', () => {
    const denied = parsed.claims.filter((c) => denialOf(c)).length;
    expect(lines[0]).toBe(
      `835 REMITTANCE: ${parsed.claims.length} claim(s), ${denied} denied or partly denied`,
    );
  });

  it('has one summary row per claim saying whether it is a denial', () => {
    for (const c of parsed.claims) {
      const row = lines.find((l) => l.startsWith(`  ${c.claimId} `));
      expect(row, c.claimId).toBeDefined();
      const d = denialOf(c);
      expect(row!.trimEnd().endsWith(d ? `DENIED: ${d.category}` : ' no')).toBe(true);
    }
  });

  it('explains each claim: status meaning, adjustments with CARC texts, remark codes', () => {
    for (const c of parsed.claims) {
      const block = claimBlock(lines, c.claimId);
      const flat = collapse(block.join('\n'));
      expect(flat).toContain(`Status ${c.status}: ${claimStatusInfo(c.status)!.description}`);
      for (const a of c.adjustments) {
        expect(flat).toContain(collapse(describeAdjustment(a.group, a.carc).text));
        // Several rows may carry the same amount: one of them must be this adjustment's.
        const rows = block.filter(
          (l) =>
            l.trimStart().startsWith(`${a.level} `) &&
            l.includes(a.amount.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')) &&
            l.includes(`${a.group}-${a.carc} `) &&
            (!a.procedure || l.includes(a.procedure)),
        );
        expect(rows, `${a.group}-${a.carc}`).not.toEqual([]);
      }
      for (const code of c.remarks) {
        expect(flat).toContain(`${code} ${collapse(lookupRarc(code).description)}`);
      }
      const d = denialOf(c);
      expect(flat).toContain(d ? `Denial YES: ${d.category}` : 'Denial no');
    }
  });
});

it('finds the denials of the corpus: two fully denied claims and one partly denied', () => {
  const denied = cases.flatMap((c) => c.parsed.claims.filter((x) => denialOf(x)));
  expect(denied.map((c) => c.claimId).sort()).toEqual(['HB-778812', 'RPT-3302', 'SOA-8801']);
  const medicaid = cases.find((c) => c.label.file === 'medicaid-denied-lq.835')!;
  expect(collapse(medicaid.report)).toMatch(
    /Denial YES: missing_information, 1,042\.20 denied, .*main reason CO-16/,
  );
  const advantage = cases.find((c) => c.label.file === 'crlf-two-transactions.835')!;
  expect(collapse(advantage.report)).toMatch(
    /Denial YES: medical_necessity, 180\.00 denied, regime medicare_advantage .*CO-50/,
  );
});

it('never reports a claim whose CLP02 is not an X12 status code', () => {
  const invalid = cases.find((c) => c.label.file === 'invalid-clp-status.835')!;
  expect(invalid.parsed.claims.map((c) => c.claimId)).toEqual(['CGD-101']);
  expect(invalid.report).not.toContain('CGD-102');
  expect(invalid.lines[0]).toBe('835 REMITTANCE: 1 claim(s), 0 denied or partly denied');
});
