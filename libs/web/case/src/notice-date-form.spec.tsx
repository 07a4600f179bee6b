import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlClient, renderWithProviders } from '@claimlane/web-testing';
import { NoticeDateForm, firstServiceDate, noticeDateProblem } from './notice-date-form';

const DENIAL_ID = '00000000-0000-4000-8000-0000000000d1';
const TODAY = '2026-12-01';

function renderForm(respond: Parameters<typeof fakeGraphqlClient>[0] = () => ({ data: null })) {
  const { client, calls } = fakeGraphqlClient(respond);
  const onSaved = vi.fn();
  renderWithProviders(
    <NoticeDateForm
      denialId={DENIAL_ID}
      question="What date is printed on the notice?"
      serviceDate="2026-09-10"
      today={TODAY}
      onSaved={onSaved}
    />,
    { client },
  );
  return { calls, onSaved };
}

function enter(value: string) {
  fireEvent.change(screen.getByLabelText(/Notice date/, { selector: 'input' }), {
    target: { value },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save notice date' }));
}

describe('noticeDateProblem', () => {
  const opts = { today: TODAY, serviceDate: '2026-09-10' };
  it('refuses what cannot be a notice date, and accepts one that can', () => {
    expect(noticeDateProblem('', opts)).toBe('Enter the date printed on the notice');
    expect(noticeDateProblem('2026-02-30', opts)).toBe('Enter a real calendar date (YYYY-MM-DD)');
    expect(noticeDateProblem('12/01/2026', opts)).toBe('Enter a real calendar date (YYYY-MM-DD)');
    expect(noticeDateProblem('2026-12-02', opts)).toBe('The notice date cannot be after today');
    expect(noticeDateProblem('2026-09-09', opts)).toMatch(
      /^The notice date cannot be before the date of service/,
    );
    expect(noticeDateProblem('1926-11-20', { today: TODAY })).toBe(
      'That date is too far in the past for a denial notice',
    );
    expect(noticeDateProblem('2026-09-10', opts)).toBeNull();
    expect(noticeDateProblem(TODAY, opts)).toBeNull();
  });
});

describe('firstServiceDate', () => {
  it("takes the claim's date, else the earliest date the letter states", () => {
    const analysis = { fields: { serviceDates: { value: ['2026-03-09', '2026-03-02', 'junk'] } } };
    expect(firstServiceDate('2026-01-05', analysis)).toBe('2026-01-05');
    expect(firstServiceDate(null, analysis)).toBe('2026-03-02');
    expect(firstServiceDate(null, { fields: { serviceDates: null } })).toBeNull();
    expect(firstServiceDate(undefined, null)).toBeNull();
  });
});

describe('NoticeDateForm', () => {
  it('shows the deadline question and asks for a date before sending anything', async () => {
    const { calls, onSaved } = renderForm();
    expect(screen.getByText('What date is printed on the notice?')).toBeTruthy();
    enter('');
    expect(await screen.findByText('Enter the date printed on the notice')).toBeTruthy();
    expect(calls).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a date after today and one before the date of service', async () => {
    const { calls } = renderForm();
    enter('2026-12-24');
    expect(await screen.findByText('The notice date cannot be after today')).toBeTruthy();
    enter('2026-08-01');
    expect(
      await screen.findByText(/The notice date cannot be before the date of service \(.*2026\)/),
    ).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('saves a plausible date through updateDenial, then asks the page to refetch', async () => {
    const { calls, onSaved } = renderForm(() => ({
      data: {
        updateDenial: {
          __typename: 'Denial',
          id: DENIAL_ID,
          noticeDate: '2026-11-20',
          receivedDate: null,
        },
      },
    }));
    enter('2026-11-20');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([
      ['UpdateNoticeDate', { input: { id: DENIAL_ID, noticeDate: '2026-11-20' } }],
    ]);
  });

  it("shows the API's message when it refuses the date", async () => {
    const { onSaved } = renderForm(() => ({
      data: null,
      errors: [
        {
          message: 'receivedDate (2026-11-18) is before the notice date (2026-11-20)',
          extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_BEFORE_DENIAL' },
        },
      ],
    }));
    enter('2026-11-20');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The date was not saved');
    expect(alert.textContent).toContain('is before the notice date (2026-11-20)');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
