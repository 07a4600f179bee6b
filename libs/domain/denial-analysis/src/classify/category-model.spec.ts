// The committed category model is the one the corpus trains: after a corpus change, refresh it with
// `RECORD_MODEL=1 npx vitest run libs/domain/denial-analysis/src/classify/category-model.spec.ts`
// (the diff of category-model.data.json then shows what the new letters taught it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';
import { describe, expect, it } from 'vitest';
import {
  categoryModelText,
  guessCategory,
  modelTokens,
  trainCategoryModel,
} from './category-model';
import { trainOnLetters } from './train-category-model';

const DATA = join(__dirname, 'category-model.data.json');

describe('the committed category model', () => {
  const trained = trainOnLetters(
    loadLetterCorpus().map((l) => ({ text: l.text, category: l.expected.truth.category })),
  );

  it('is the model the corpus trains (RECORD_MODEL=1 refreshes it)', () => {
    const json = `${JSON.stringify(trained, null, 2)}\n`;
    if (process.env['RECORD_MODEL'] === '1') writeFileSync(DATA, json);
    expect(readFileSync(DATA, 'utf8') === json, 'category-model.data.json is stale').toBe(true);
  });
});

describe('category word model', () => {
  const model = trainCategoryModel(
    [
      {
        text: 'the records do not show the therapy is needed for your condition',
        category: 'medical_necessity' as const,
      },
      {
        text: 'the records do not show that surgery is needed now',
        category: 'medical_necessity' as const,
      },
      {
        text: 'the provider is outside the plan network and not contracted',
        category: 'out_of_network' as const,
      },
      {
        text: 'this provider is outside our network for your plan',
        category: 'out_of_network' as const,
      },
    ],
    1,
  );

  it('reads words and adjacent pairs, without stop words', () => {
    expect(modelTokens('The records do not show')).toEqual(['records', 'show', 'records_show']);
  });

  it('points to the class whose words the text shares, with a margin', () => {
    const g = guessCategory(model, 'The notes do not show that the therapy is needed.');
    expect(g?.category).toBe('medical_necessity');
    expect(g?.margin).toBeGreaterThan(1);
    expect(guessCategory(model, 'The lab is outside the network.')?.category).toBe(
      'out_of_network',
    );
  });

  it('says nothing for a text with no word it knows', () => {
    const g = guessCategory(model, 'zzz qqq');
    expect(g?.margin).toBe(0);
  });

  it('does not read the sentences about appealing', () => {
    const text = categoryModelText(
      'After review, this request was not approved. Appeal in writing within 180 days of receipt.',
      '',
    );
    expect(modelTokens(text)).not.toContain('days');
    expect(modelTokens(text)).toContain('approved');
  });
});
