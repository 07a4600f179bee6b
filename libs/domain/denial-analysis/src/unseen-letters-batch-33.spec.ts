// Wording first met on the thirty-third batch of unseen letters (corpus files `b33a-*` …
// `b33d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse } from './test-fixtures/analyse.test-helper';

describe('batch 33', () => {
  describe('member ids', () => {
    it.each([
      ['Subscriber #:   RVT-2290418-03', 'RVT-2290418-03'],
      ['SUBSCRIBER #: QLM5520817-01', 'QLM5520817-01'],
      ['Subscriber number: 88120-4471', '88120-4471'],
      ['Subscriber      DANA ORTIZ          Subscriber #  HWV551020733', 'HWV551020733'],
    ])('reads the subscriber number label: %s', (line, id) => {
      const r = analyse(`${line}\nClaim number: 26-0410-55812\nThe claim was denied.`);
      expect(r.fields.memberId?.value).toBe(id);
    });

    it('keeps a portal id masked by leading asterisks', () => {
      const r = analyse(
        ' Member ID                   ****4471-02\n Claim number: 26-0410-55812\n The claim was denied.',
      );
      expect(r.fields.memberId?.value).toBe('****4471-02');
    });

    it('takes no subscriber name for an id', () => {
      const r = analyse('Subscriber Name: Dana Ortiz\nThe claim 26-0410-55812 was denied.');
      expect(r.fields.memberId).toBeNull();
    });
  });
});
