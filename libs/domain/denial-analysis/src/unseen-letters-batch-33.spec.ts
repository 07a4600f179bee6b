// Wording first met on the thirty-third batch of unseen letters (corpus files `b33a-*` …
// `b33d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, filingDue } from './test-fixtures/analyse.test-helper';

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

  describe('an appeal window printed as its last day', () => {
    const letter = (deadline: string) =>
      [
        'Harbor Mutual Employee Health Plan',
        'Date of notice: 04/07/2025',
        'Member ID: HME-4410283',
        'We denied the infusion because step therapy requirements were not met.',
        deadline,
      ].join('\n');
    const earlyDate = letter('Your appeal must be received no later than May 7, 2025.');

    it('calendars the printed day when it comes before the regulation allows', () => {
      expect(filingDue(earlyDate)).toBe('2025-05-07');
      expect(analyse(earlyDate).fields.statedDeadline?.value).toMatchObject({
        days: 30,
        anchor: 'notice',
      });
    });

    it('still ends on the printed day when the user corrects the notice date', () => {
      const r = analyse(earlyDate, { facts: { noticeDate: '2025-04-10' } });
      expect(r.deadlines.find((d) => d.kind === 'member_appeal_filing')?.due.slice(0, 10)).toBe(
        '2025-05-07',
      );
    });

    it.each([
      [
        'a table cell',
        '| Internal appeal | Must be received no later than 06/05/2025. |',
        '2025-06-05',
      ],
      ['a box', 'If you disagree, your request must reach us by June 2, 2025.', '2025-06-02'],
    ])('reads it from %s', (_where, line, due) => {
      expect(filingDue(letter(line))).toBe(due);
    });

    it.each([
      ["the plan's own clock", 'If you appeal, we will send our decision by May 7, 2025.'],
      [
        'another errand',
        'Please send the office notes by May 7, 2025 so we can reprocess the claim.',
      ],
    ])('is not read from %s', (_what, line) => {
      expect(analyse(letter(line)).fields.statedDeadline).toBeNull();
      expect(filingDue(letter(line))).toBe('2025-10-04');
    });

    it('waits for a notice date when the letter prints none', () => {
      const r = analyse(
        'We denied the infusion. Your appeal must be received no later than May 7, 2025.',
      );
      expect(r.deadlines).toEqual([]);
      expect(r.pendingDeadlines.map((d) => d.kind)).toContain('member_appeal_filing');
    });
  });

  describe('appeal windows in days', () => {
    const window = (sentence: string) =>
      analyse(`Claim 26-0410-55812 was denied: another plan pays first.\n${sentence}`).fields
        .statedDeadline?.value;

    it('reads "no later than" wrapped over two lines', () => {
      expect(
        window('You may appeal in writing no\nlater than 180 days after you get this statement.'),
      ).toMatchObject({ days: 180, anchor: 'receipt' });
    });

    it('counts from receiving "your" explanation of benefits', () => {
      expect(
        window(
          'Appeals must be filed within 180 days of the date you\nreceive your Explanation of Benefits for this claim.',
        ),
      ).toMatchObject({ days: 180, anchor: 'receipt' });
    });
  });

  it.each([
    'The supplier billed K0005 with modifier LT. LT is not a valid modifier for this code.',
    'Your doctor sent modifier 59. That is not an accepted modifier for code 97140.',
  ])('reads a refused modifier in its own sentence as a coding denial: %s', (reason) => {
    expect(cueCategory(reason)).toBe('coding_billing');
  });

  it('dates a letter by "Issued <date>" under the signature block', () => {
    const r = analyse(
      [
        'We denied the lumbar MRI because the records do not show six weeks of therapy.',
        'You may ask for a plan appeal within 60 days of the date of this notice.',
        '',
        'Utilization Management Department',
        'Prairie Lantern Community Health Plan',
        'Issued 09/22/2025',
        'cc: Smoky Hill Spine & Pain Clinic',
      ].join('\n'),
    );
    expect(r.fields.noticeDate?.value).toBe('2025-09-22');
  });
});
