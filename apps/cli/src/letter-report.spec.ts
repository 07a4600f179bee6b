import { describe, expect, it } from 'vitest';
import { analyzeDenial, type RecordCheckResult } from '@claimlane/domain-denial-analysis';
import { corpusLetter } from '@claimlane/testing-fixtures';
import { collapse, sampleLetters } from './cli-samples.test-helper';
import {
  LETTER_END,
  LETTER_START,
  SEVERITY_ORDER,
  fieldValue,
  formatLetterReport,
} from './letter-report';

// The four states as the brief names them for the table (n.a. for not_applicable).
const STATUS_LABEL = {
  present: 'present',
  vague: 'vague',
  missing: 'missing',
  not_applicable: 'n.a.',
};

// A fixed "today" after every sample's notice date, so the deadlines do not move with the calendar.
const AS_OF = '2026-01-15';

const cases = sampleLetters().map((s) => {
  const result = analyzeDenial(s.text, { asOf: AS_OF });
  const report = formatLetterReport(result, s.text);
  return { ...s, result, report, lines: report.split('\n') };
});

/** Lines of one report section: from its heading to the next all-caps heading. */
function section(lines: string[], title: RegExp): string[] {
  const start = lines.findIndex((l) => title.test(l));
  if (start < 0) throw new Error(`no section ${title}`);
  const end = lines.findIndex((l, i) => i > start + 1 && /^[A-Z][A-Z -]+( \(\d+\))?$/.test(l));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** Text of the last table column of a row, rejoined across the row's continuation lines. */
function lastColumnCell(lines: string[], rowIndex: number, column: number): string {
  const parts = [lines[rowIndex]!.slice(column)];
  for (let i = rowIndex + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || l.slice(0, column).trim() !== '') break;
    parts.push(l.slice(column));
  }
  return collapse(parts.join(' '));
}

describe.each(cases)('report for $label.file', ({ result, report, lines, text }) => {
  const r: RecordCheckResult = result;

  it('is plain text within 100 columns', () => {
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(100);
    expect(report).not.toMatch(/\x1b\[/);
    expect(report.endsWith('\n')).toBe(true);
  });

  it('opens with the category and regime and explains both with quoted evidence', () => {
    expect(lines[0]).toBe(`RECORD CHECK: ${r.category} / ${r.regime}`);
    const s = collapse(section(lines, /^CATEGORY AND REGIME$/).join('\n'));
    expect(s).toContain(`Category ${r.category} (decided by ${r.categoryEvidence.decidedBy})`);
    expect(s).toContain(`Regime ${r.regime} (decided by ${r.regimeEvidence.decidedBy})`);
    expect(s).toContain(collapse(r.categoryEvidence.reason));
    expect(s).toContain(collapse(r.regimeEvidence.reason));
    if (r.regimeEvidence.decidingQuestion)
      expect(s).toContain(collapse(r.regimeEvidence.decidingQuestion));
    for (const cue of [...r.categoryEvidence.cues, ...r.regimeEvidence.cues]) {
      expect(s).toContain(collapse(cue.why));
      if (cue.span) {
        const quoted = collapse(text.slice(cue.span[0], cue.span[1])).slice(0, 60);
        expect(s).toContain(quoted);
      }
    }
  });

  it('lists each contract fact with its value, or says it was not found', () => {
    const facts = section(lines, /^KEY FACTS$/);
    type ScalarKey =
      | 'payer'
      | 'memberId'
      | 'claimNumber'
      | 'noticeDate'
      | 'cptHcpcs'
      | 'billedAmount'
      | 'deniedAmount';
    const rows: Array<[ScalarKey, string]> = [
      ['payer', 'Payer'],
      ['memberId', 'Member ID'],
      ['claimNumber', 'Claim number'],
      ['noticeDate', 'Notice date'],
      ['cptHcpcs', 'CPT/HCPCS'],
      ['billedAmount', 'Billed'],
      ['deniedAmount', 'Denied'],
    ];
    const valueColumn = facts.find((l) => l.includes('Fact'))!.indexOf('Value');
    for (const [key, label] of rows) {
      const i = facts.findIndex((l) => l.startsWith(`  ${label.padEnd(valueColumn - 2)}`));
      expect(i, label).toBeGreaterThan(0);
      const f = r.fields[key];
      const shown = collapse([facts[i]!, ...facts.slice(i + 1, i + 4)].join(' '));
      if (f === null) expect(facts[i]).toContain('(not found)');
      else expect(shown).toContain(collapse(fieldValue(key, f)).slice(0, 40));
    }
  });

  it('shows every disclosure with its status and full citation', () => {
    const d = section(lines, /^REQUIRED DISCLOSURES$/);
    const header = d.find((l) => /^ {2}Element\s+Status\s+Citation$/.test(l))!;
    expect(header).toBeDefined();
    const citationColumn = header.indexOf('Citation');
    expect(r.disclosures).toHaveLength(13);
    for (const disc of r.disclosures) {
      const i = d.findIndex((l) => l.startsWith(`  ${disc.element} `));
      expect(i, disc.element).toBeGreaterThan(0);
      expect(d[i]!.slice(0, citationColumn).trim().split(/\s+/)).toEqual([
        disc.element,
        STATUS_LABEL[disc.status],
      ]);
      expect(lastColumnCell(d, i, citationColumn)).toBe(collapse(disc.citation));
      if (disc.status !== 'present') {
        expect(collapse(d.join('\n'))).toContain(
          collapse(`${disc.element} (${STATUS_LABEL[disc.status]}): ${disc.explanation}`),
        );
      }
    }
    const count = (s: string) => r.disclosures.filter((x) => x.status === s).length;
    expect(d).toContain(
      `  present ${count('present')}, vague ${count('vague')}, missing ${count('missing')}, n.a. ${count('not_applicable')}`,
    );
  });

  it('groups findings by severity, most severe first, with explanation and citation', () => {
    const f = section(lines, /^FINDINGS \(\d+\)$/);
    expect(f[0]).toBe(`FINDINGS (${r.findings.length})`);
    const flat = collapse(f.join('\n'));
    let last = -1;
    for (const severity of SEVERITY_ORDER) {
      const group = r.findings.filter((x) => x.severity === severity);
      const head = flat.indexOf(`${severity.toUpperCase()} (${group.length})`);
      if (!group.length) continue;
      expect(head, severity).toBeGreaterThan(last);
      last = head;
      for (const finding of group) {
        const at = flat.indexOf(collapse(`${finding.kind}: ${finding.explanation}`), head);
        expect(at, finding.id).toBeGreaterThan(head);
        expect(flat.indexOf(collapse(`Citation: ${finding.citation}`), at)).toBeGreaterThan(at);
      }
    }
  });

  it('gives each deadline its due date, rule, anchor, assumptions and citation', () => {
    const s = collapse(section(lines, /^DEADLINES \(\d+\)$/).join('\n'));
    for (const d of r.deadlines) {
      const at = s.indexOf(`${d.kind}: ${collapse(d.label)}`);
      expect(at, d.kind).toBeGreaterThanOrEqual(0);
      const block = s.slice(at);
      expect(block).toContain(`Due ${d.due}`);
      expect(block).toContain(`Rule ${d.rule}`);
      expect(block).toContain(`Anchor ${d.anchor.event} ${d.anchor.date}`);
      expect(block).toContain(`Citation ${collapse(d.citation)}`);
      for (const a of d.assumptions) expect(block).toContain(collapse(a));
    }
  });

  it('names the strongest ground and the next questions in priority order', () => {
    const g = section(lines, /^STRONGEST GROUND$/);
    if (r.strongestGround) {
      expect(g[2]).toBe(`  ${r.strongestGround.ground}`);
      expect(collapse(g.join('\n'))).toContain(collapse(r.strongestGround.reason));
    }
    const q = collapse(section(lines, /^NEXT WRITTEN QUESTIONS$/).join('\n'));
    let last = -1;
    for (const question of [...r.nextQuestions].sort((a, b) => a.priority - b.priority)) {
      const at = q.indexOf(collapse(question.text));
      expect(at, question.id).toBeGreaterThan(last);
      last = at;
    }
  });

  it('ends with the whole request letter, ready to paste between markers', () => {
    const start = lines.indexOf(LETTER_START);
    const end = lines.indexOf(LETTER_END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(collapse(lines.slice(start + 1, end).join('\n'))).toBe(collapse(r.letter));
    // Paragraph breaks survive the wrapping.
    const blankLines = lines.slice(start + 1, end).filter((l) => l === '').length;
    expect(blankLines).toBe(r.letter.split('\n').filter((l) => l.trim() === '').length);
  });
});

describe('report of a letter without a date, and of a non-denial', () => {
  it('shows a deadline without an anchor as needing the notice date, with its rule, never a due date', () => {
    const { text } = corpusLetter('blank-template/medicaid-nabd-blank');
    const r = analyzeDenial(text, { asOf: AS_OF });
    const report = formatLetterReport(r, text);
    expect(r.pendingDeadlines.map((d) => d.kind)).toContain('member_appeal_filing');
    expect(report).toMatch(
      /member_appeal_filing: needs the notice date \(60 calendar days, not timed\)/,
    );
    expect(report).not.toMatch(/member_appeal_filing: \d{4}-\d{2}-\d{2}/);
    expect(report).toContain('42 CFR 438.402(c)(2)(ii)');
    expect(report).not.toContain(AS_OF);
  });

  it('says a payment notice is not an adverse determination and lists no deadline', () => {
    const { text } = corpusLetter('non-denial/payment-notice-aca');
    const r = analyzeDenial(text, { asOf: AS_OF });
    const report = formatLetterReport(r, text);
    expect(report).toMatch(/^ {2}Document: payment notice/m);
    expect(report).toContain('None: this is not an adverse determination (payment notice).');
  });
});

describe('report notes', () => {
  it('says when the text reads as a blank template or was cut at an excerpt marker', () => {
    const report = (text: string) => {
      const result = analyzeDenial(text, { asOf: AS_OF });
      return { result, report: formatLetterReport(result, text) };
    };
    const template = report(corpusLetter('blank-template/ma-ndmc-blank').text);
    const plain = cases.find(
      (c) => !c.result.input.looksLikeTemplate && !c.result.input.placeholderCount,
    );
    // A stored copy cut short: everything from the marker line on is not the letter.
    const cut = report(`${plain!.text}\n[EXCERPT ENDS HERE: the rest was not stored]\nPage 2\n`);
    expect(template.result.input.looksLikeTemplate && cut.result.input.excerptMarkerRemoved).toBe(
      true,
    );
    expect(template!.report).toMatch(/blank form or template \(\d+ unfilled placeholders\)/);
    expect(cut!.report).toContain(
      `Analysed the first ${cut!.result.input.analyzedLength} of ${cut!.result.input.length} characters`,
    );
    expect(plain!.report).not.toMatch(/^Note: /m);
  });
});
