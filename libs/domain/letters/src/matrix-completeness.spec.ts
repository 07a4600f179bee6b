import { describe, expect, it } from 'vitest';
import {
  assertReadyToSubmit,
  evidenceTaskFor,
  matrixCompleteness,
  type MatrixCriterion,
} from './matrix-completeness';
import { LettersError } from './letters-error';

function c(
  ref: string,
  parentRef: string | null,
  text: string,
  extra: Partial<MatrixCriterion> = {},
): MatrixCriterion {
  return {
    id: `id-${ref}`,
    ref,
    parentRef,
    text,
    group: null,
    groupMin: null,
    evidenceCount: 0,
    explanation: null,
    ...extra,
  };
}

describe('matrixCompleteness', () => {
  const base = [
    c('1', null, 'Pain for at least 6 weeks', { evidenceCount: 1 }),
    c('2', null, 'Failure of conservative therapy, one of the following', { group: 'any' }),
    c('2.a', '2', 'At least 6 weeks of physical therapy'),
    c('2.b', '2', 'NSAIDs for 4 weeks'),
    c('3', null, 'Neurological deficit on examination'),
  ];

  it('turns unmet criteria into tasks and refuses "ready"', () => {
    const r = matrixCompleteness(base, 'all', null, '2025-02-03');
    expect(r.readyToSubmit).toBe(false);
    expect(r.tasks.map((t) => t.ref)).toEqual(['2.a', '2.b', '3']);
    expect(r.tasks[0]!.task).toBe(
      'PT notes covering the 6 weeks before 2025-02-03 (criterion 2.a), or a written explanation',
    );
    expect(r.tasks[1]!.task).toContain('Medication history covering the 4 weeks before 2025-02-03');
    expect(() => assertReadyToSubmit(r)).toThrowError(LettersError);
    try {
      assertReadyToSubmit(r);
    } catch (e) {
      expect((e as LettersError).code).toBe('MATRIX_INCOMPLETE');
      expect((e as LettersError).details).toEqual({ unmet: ['2', '2.a', '2.b', '3'] });
    }
  });

  it('one child meets an "any" group; a written explanation counts as an answer', () => {
    const rows = base.map((x) =>
      x.ref === '2.b'
        ? { ...x, evidenceCount: 2 }
        : x.ref === '3'
          ? { ...x, explanation: 'Deficit documented by referring neurologist; letter to follow' }
          : x,
    );
    const r = matrixCompleteness(rows);
    expect(r.readyToSubmit).toBe(true);
    expect(Object.fromEntries(r.criteria.map((x) => [x.ref, x.status]))).toEqual({
      '1': 'evidenced',
      '2': 'met_by_group',
      '2.a': 'not_required',
      '2.b': 'evidenced',
      '3': 'explained',
    });
    expect(r.tasks).toEqual([]);
    expect(() => assertReadyToSubmit(r)).not.toThrow();
  });

  it('"at least 2 of" needs two children', () => {
    const rows = [
      c('1', null, 'Two of the following', { group: 'at_least', groupMin: 2 }),
      c('1.a', '1', 'locking', { evidenceCount: 1 }),
      c('1.b', '1', 'catching'),
      c('1.c', '1', 'giving way'),
    ];
    expect(matrixCompleteness(rows).readyToSubmit).toBe(false);
    rows[3] = { ...rows[3]!, evidenceCount: 1 };
    expect(matrixCompleteness(rows).readyToSubmit).toBe(true);
  });

  it('no criteria on file: not ready, and says the criteria are missing', () => {
    const r = matrixCompleteness([]);
    expect(r.criteriaMissing).toBe(true);
    expect(r.readyToSubmit).toBe(false);
    expect(() => assertReadyToSubmit(r)).toThrow(/request the payer/);
  });

  it('tasks name the record type from the criterion text', () => {
    expect(evidenceTaskFor('4', 'MRI or CT showing stenosis', null)).toBe(
      'Imaging report (criterion 4), or a written explanation',
    );
  });
});
