import { describe, expect, it } from 'vitest';
import { generateLetter } from './generate-letter';
import { editSection, mergeEdits } from './merge-edits';
import { sampleFacts } from './letter-facts.test-helper';
import { buildTimeline } from './case-timeline';
import { exhibitLabel } from './exhibit-labels';

describe('mergeEdits', () => {
  it('keeps a person’s edited section across regeneration and refreshes the rest', () => {
    const v1 = generateLetter('level1_appeal', sampleFacts('erisa_group_health'));
    const edited = editSection(v1, 'reason-2', null, ['Our own words about the deficit.']);
    const v2 = generateLetter(
      'level1_appeal',
      sampleFacts('erisa_group_health', {
        exhibits: [
          ...sampleFacts('erisa_group_health').exhibits,
          { label: 'C', title: 'Imaging report', pageCount: 1 },
        ],
      }),
    );
    const merged = mergeEdits(edited, v2);
    const reason2 = merged.sections.find((s) => s.key === 'reason-2')!;
    expect(reason2.paragraphs).toEqual(['Our own words about the deficit.']);
    expect(reason2.edited).toBe(true);
    expect(merged.sections.find((s) => s.key === 'exhibits')!.paragraphs).toContain(
      'Exhibit C: Imaging report (1 page)',
    );
  });

  it('keeps an edited section whose key disappeared', () => {
    const v1 = editSection(
      generateLetter('provider_medical_necessity', sampleFacts('aca_individual')),
      'criterion-3',
      null,
      ['kept'],
    );
    const facts = sampleFacts('aca_individual');
    const v2 = generateLetter('provider_medical_necessity', {
      ...facts,
      criteria: facts.criteria.slice(0, 2),
    });
    expect(
      mergeEdits(v1, v2).sections.some(
        (s) => s.key === 'criterion-3' && s.paragraphs[0] === 'kept',
      ),
    ).toBe(true);
  });
});

describe('buildTimeline and exhibit labels', () => {
  it('sorts by date, denial before documents before deadlines on the same day', () => {
    const t = buildTimeline([
      { date: '2025-03-01', event: 'Appeal due', exhibitLabel: null, source: 'deadline' },
      { date: '2025-02-20T10:00:00Z', event: 'Denial', exhibitLabel: 'A', source: 'denial' },
      { date: '2025-03-01', event: 'Call with plan', exhibitLabel: null, source: 'contact' },
      { date: 'unknown', event: 'dropped', exhibitLabel: null, source: 'document' },
    ]);
    expect(t.map((e) => `${e.date} ${e.event}`)).toEqual([
      '2025-02-20 Denial',
      '2025-03-01 Call with plan',
      '2025-03-01 Appeal due',
    ]);
  });

  it('labels A…Z then AA', () => {
    expect([0, 1, 25, 26, 27].map(exhibitLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});
