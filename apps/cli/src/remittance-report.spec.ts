import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeAdjustment, lookupRarc } from '@claimlane/domain-codes';
import { claimStatusInfo, parse835 } from '@claimlane/domain-x12';
import { denialOf } from '@claimlane/server-remittances';
import { collapse, sampleRemittances } from './cli-samples.test-helper';
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
        const row = block.find(
          (l) =>
            l.trimStart().startsWith(`${a.level} `) &&
            l.includes(a.amount.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')),
        );
        expect(row, `${a.group}-${a.carc}`).toBeDefined();
        if (a.procedure) expect(row).toContain(a.procedure);
      }
      for (const code of c.remarks) {
        expect(flat).toContain(`${code} ${collapse(lookupRarc(code).description)}`);
      }
      const d = denialOf(c);
      expect(flat).toContain(d ? `Denial YES: ${d.category}` : 'Denial no');
    }
  });
});

it('finds the one true denial among the samples', () => {
  const denied = cases.flatMap((c) => c.parsed.claims.filter((x) => denialOf(x)));
  expect(denied.map((c) => c.claimId)).toHaveLength(1);
  const pyx = cases.find((c) => c.label.file === 'pyx12_835_mult_loops.edi')!;
  expect(collapse(pyx.report)).toMatch(
    /Denial YES: missing_information, 915\.39 denied, .*main reason CO-16/,
  );
});
