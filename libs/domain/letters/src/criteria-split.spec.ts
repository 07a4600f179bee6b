import { describe, expect, it } from 'vitest';
import { splitCriteria, MAX_CRITERIA } from './criteria-split';
import { LettersError } from './letters-error';

const LUMBAR_MRI = `Policy CP-0451 Lumbar spine MRI, version 2025-01.
MRI of the lumbar spine is medically necessary when ALL of the following are met:
1. Low back pain with radiculopathy for at least 6 weeks; and
2. Failure of conservative therapy, including ONE of the following:
   a. At least 6 weeks of physical therapy; or
   b. A trial of NSAIDs or oral steroids for 4 weeks; or
   c. Chiropractic care
3. Neurological deficit on examination, such as:
   - reduced strength
   - absent reflexes
4. Surgery or injection is being considered.`;

describe('splitCriteria', () => {
  it('keeps numbering, nesting and the and/or groups', () => {
    const { criteria, rootGroup } = splitCriteria(LUMBAR_MRI);
    expect(rootGroup).toBe('all');
    expect(criteria.map((c) => c.ref)).toEqual([
      '1',
      '2',
      '2.a',
      '2.b',
      '2.c',
      '3',
      '3.a',
      '3.b',
      '4',
    ]);
    expect(criteria[0]!.text).toBe('Low back pain with radiculopathy for at least 6 weeks');
    const two = criteria.find((c) => c.ref === '2')!;
    expect(two.group).toBe('any');
    expect(criteria.find((c) => c.ref === '2.a')!.parentRef).toBe('2');
    expect(criteria.find((c) => c.ref === '2.b')!.text).toBe(
      'A trial of NSAIDs or oral steroids for 4 weeks',
    );
    expect(criteria.find((c) => c.ref === '3.b')!.depth).toBe(1);
    expect(criteria.find((c) => c.ref === '4')!.group).toBeNull();
  });

  it('reads InterQual/MCG-style subsets ("≥ 2 of the following") and roman numerals', () => {
    const text = `Subset: Knee arthroscopy
(1) Mechanical symptoms, ≥ 2 of the following:
    (i) locking
    (ii) catching
    (iii) giving way
(2) Imaging confirms a meniscal tear`;
    const { criteria } = splitCriteria(text);
    expect(criteria.map((c) => c.ref)).toEqual(['1', '1.a', '1.b', '1.c', '2']);
    const one = criteria[0]!;
    expect(one.group).toBe('at_least');
    expect(one.groupMin).toBe(2);
    expect(criteria[1]!.text).toBe('locking');
  });

  it('understands dotted outline numbers and bullet indentation', () => {
    const { criteria, rootGroup } = splitCriteria(`Any of the following:
1. Red flags
1.1 Age over 50
1.2 History of cancer
  • weight loss
  • night pain
2. Trauma`);
    expect(rootGroup).toBe('any');
    expect(criteria.map((c) => `${c.ref}<${c.parentRef ?? '-'}`)).toEqual([
      '1<-',
      '1.1<1',
      '1.2<1',
      '1.2.i<1.2',
      '1.2.ii<1.2',
      '2<-',
    ]);
    expect(criteria[4]!.text).toBe('night pain');
  });

  it('joins wrapped continuation lines to their item', () => {
    const { criteria } = splitCriteria(
      '1. Pain that limits\n   activities of daily living\n2. Age 18 or older',
    );
    expect(criteria[0]!.text).toBe('Pain that limits activities of daily living');
  });

  it('refuses text with no items, and more than the limit, with codes', () => {
    expect(() => splitCriteria('Just a paragraph of policy prose.')).toThrowError(
      expect.objectContaining({ code: 'CRITERIA_EMPTY' }) as Error,
    );
    const huge = Array.from({ length: 10_000 }, (_, i) => `${i + 1}. c`).join('\n');
    let caught: unknown;
    try {
      splitCriteria(huge);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(LettersError);
    expect((caught as LettersError).code).toBe('CRITERIA_TOO_MANY');
    expect((caught as LettersError).details).toEqual({ limit: MAX_CRITERIA });
  });
});
