import { describe, expect, it } from 'vitest';
import { REGIMES, type Regime } from '@claimlane/shared-contracts';
import { generateLetter, letterPlainText } from './generate-letter';
import { LETTER_KINDS } from './letter.types';
import { regimeCitations } from './regime-citations';
import { sampleFacts } from './letter-facts.test-helper';

// Anything that looks like a legal citation: "29 CFR", "42 U.S.C.", "§502".
const CITATION_LIKE = /\b\d+\s*CFR\b|U\.S\.C\.|§\s*\d|\bPub\.\s*L\./;

function stripOwn(text: string, regime: Regime): string {
  // Longest first, so a citation containing another is removed whole.
  const own = regimeCitations(regime)
    .map((c) => c.text)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const c of own) out = out.split(c).join(' ');
  return out;
}

describe('generateLetter: citations come only from the case regime’s rule data', () => {
  for (const regime of REGIMES) {
    for (const kind of LETTER_KINDS) {
      for (const behavioralHealth of [false, true]) {
        it(`${kind} × ${regime}${behavioralHealth ? ' (behavioral health)' : ''}`, () => {
          const letter = generateLetter(kind, sampleFacts(regime, { behavioralHealth }));
          const text = letterPlainText(letter);
          for (const c of letter.citations) {
            expect(c.regime).toBe(regime);
            expect(text).toContain(c.text);
          }
          // Remove every citation of this regime: nothing citation-like may remain.
          const rest = stripOwn(text, regime);
          expect(
            rest.match(CITATION_LIKE),
            `foreign citation left in ${kind}/${regime}`,
          ).toBeNull();
          // And no other regime's citation text (that is not also ours) appears anywhere.
          const ownTexts = new Set(regimeCitations(regime).map((c) => c.text));
          for (const other of REGIMES.filter((r) => r !== regime)) {
            for (const c of regimeCitations(other)) {
              if (!ownTexts.has(c.text)) expect(rest).not.toContain(c.text);
            }
          }
        });
      }
    }
  }

  it('every letter mirrors the denial reasons as headings and ends with a request', () => {
    for (const kind of LETTER_KINDS) {
      const letter = generateLetter(kind, sampleFacts('erisa_group_health'));
      const headings = letter.sections.map((s) => s.heading);
      expect(headings).toContain(
        'Denial reason 1: “Not medically necessary: conservative therapy not documented”',
      );
      expect(headings).toContain('Denial reason 2: “No neurological deficit”');
      expect(headings).toContain('Exhibits');
      expect(letter.sections[letter.sections.length - 1]!.key).toBe('request');
      expect(letter.request.length).toBeGreaterThan(20);
    }
  });

  it('appeals carry the criteria table with exhibit and page cites', () => {
    const letter = generateLetter('level1_appeal', sampleFacts('medicare_advantage'));
    expect(letter.criteriaTable.map((r) => [r.ref, r.cites])).toEqual([
      ['1', 'Exhibit A, pp. 2–3'],
      ['2', 'Exhibit B, p. 1'],
      ['3', ''],
    ]);
    expect(letter.criteriaTable[2]!.explanation).toBe('Not applicable: no prior lumbar surgery.');
    expect(letterPlainText(letter)).toContain('criterion 1 (Exhibit A, pp. 2–3)');
    expect(letter.citations.map((c) => c.key)).toContain('memberAppealFiling');
    expect(letter.citations.find((c) => c.key === 'memberAppealFiling')!.source).toMatch(
      /^deadline-rule:medicare_advantage\./,
    );
  });

  it('the provider letter answers each criterion under its own heading', () => {
    const letter = generateLetter('provider_medical_necessity', sampleFacts('erisa_group_health'));
    const c1 = letter.sections.find((s) => s.key === 'criterion-1')!;
    expect(c1.heading).toBe('Criterion 1: At least 6 weeks of physical therapy');
    expect(c1.paragraphs[0]).toBe('The patient completed 8 weeks of supervised PT without relief.');
    expect(c1.paragraphs[1]).toBe(
      'Documented at Exhibit A, pp. 2–3: “PT twice weekly since 2024-12-01”.',
    );
  });

  it('a behavioral-health complaint names MHPAEA with the parity rule only where the regime has one', () => {
    const erisa = letterPlainText(
      generateLetter(
        'regulator_complaint',
        sampleFacts('erisa_group_health', { behavioralHealth: true }),
      ),
    );
    expect(erisa).toContain('MHPAEA');
    expect(erisa).toContain('29 CFR 2590.712(c)(4)');
    const medicare = generateLetter(
      'regulator_complaint',
      sampleFacts('medicare_ffs', { behavioralHealth: true }),
    );
    expect(medicare.citations.map((c) => c.key)).not.toContain('parity');
  });

  it('the protective appeal says the criteria have not arrived when they have not', () => {
    const letter = generateLetter(
      'protective_appeal',
      sampleFacts('medicaid_managed_care', { criteriaReceived: false }),
    );
    const text = letterPlainText(letter);
    expect(text).toContain('has not yet provided the criteria');
    expect(text).toContain('42 CFR 438.402(c)(2)(ii)');
    expect(text).toContain('before the appeal deadline of 2025-08-19');
  });

  it('the payer-is-late letter cites the regime’s deemed-exhaustion rule', () => {
    const text = letterPlainText(generateLetter('payer_late', sampleFacts('erisa_group_health')));
    expect(text).toContain('29 CFR 2560.503-1(l)');
    expect(text).toContain('by 2025-04-30');
  });
});
