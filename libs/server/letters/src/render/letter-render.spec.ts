import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLetter } from '@claimlane/domain-letters';
import { renderLetterDocx } from './letter-docx';
import { renderLetterPdf } from './letter-pdf';
import { sampleLetterFacts } from './sample-letter.test-helper';
import { readPdf } from './pdf-readback.test-helper';
import type { RenderMeta } from './letterhead';

const meta: RenderMeta = {
  letterhead: {
    organization: 'Riverside Spine Clinic',
    addressLines: ['12 Main St', 'Springfield, IL 62701'],
    phone: '555-0100',
    fax: '555-0101',
    signerName: 'Dr. Zoë Łukasiewicz',
    signerTitle: 'Medical Director',
  },
  date: '2025-03-01',
  final: true,
  signOff: null,
};

describe('letter rendering', () => {
  it('PDF: letterhead, headings mirroring the denial, criteria table, signature, non-Latin-1 names', async () => {
    const letter = generateLetter('level1_appeal', sampleLetterFacts('erisa_group_health'));
    const bytes = await renderLetterPdf(letter, meta);
    const back = await readPdf(bytes);
    const text = back.pages.join('\n');
    expect(text).toContain('Riverside Spine Clinic');
    expect(text).toContain(
      'Denial reason 1: “Not medically necessary: conservative therapy not documented”',
    );
    expect(text).toContain('Exhibit A, pp. 2–3');
    expect(text).toContain('29 CFR 2560.503-1(h)(3)(i)');
    expect(text).toContain('Dr. Zoë Łukasiewicz');
    expect(text).not.toContain('DRAFT');
    expect(back.pages[back.pages.length - 1]).toContain(
      `Page ${back.pages.length} of ${back.pages.length}`,
    );
    // The font is embedded (a TrueType subset), not a WinAnsi standard font.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('PDF: a draft says so on every page', async () => {
    const letter = generateLetter(
      'provider_medical_necessity',
      sampleLetterFacts('aca_individual'),
    );
    const back = await readPdf(await renderLetterPdf(letter, { ...meta, final: false }));
    for (const p of back.pages) expect(p).toContain('DRAFT — not for submission');
  });

  it('DOCX: the same content, read back from word/document.xml', async () => {
    const letter = generateLetter(
      'external_review_request',
      sampleLetterFacts('medicaid_managed_care'),
    );
    const bytes = await renderLetterDocx(letter, meta);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const dir = mkdtempSync(join(tmpdir(), 'docx-'));
    writeFileSync(join(dir, 'l.docx'), bytes);
    const xml = execFileSync('unzip', ['-p', join(dir, 'l.docx'), 'word/document.xml']).toString(
      'utf8',
    );
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Request for independent external review');
    expect(text).toContain('Denial reason 2: “No neurological deficit”');
    expect(text).toContain('42 CFR 438.408(f)(2)');
    expect(text).toContain('Exhibit B, p. 1');
    expect(text).toContain('Dr. Zoë Łukasiewicz');
    expect(xml).toContain('<w:tbl>');
  });
});
