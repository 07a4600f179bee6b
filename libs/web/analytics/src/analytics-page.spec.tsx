import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlClient, renderWithProviders } from '@claimlane/web-testing';
import { AnalyticsPage } from './analytics-page';

const EMPTY_RANGE = {
  __typename: 'CaseAnalytics',
  from: '2026-01-01',
  to: '2026-12-01',
  months: ['2026-01'],
  denials: 0,
  denialsByCategory: [],
  denialsByPayer: [],
  decided: 0,
  overturned: 0,
  partiallyOverturned: 0,
  overturnRate: null,
  recoveredAmount: 0,
  overturnByPayer: [],
  overturnByCategory: [],
  overturnByCpt: [],
  decisionsWithPayerDeadline: 0,
  decidedOnTime: 0,
  payerOnTimeRate: null,
  payerOnTime: [],
};

const STATS = {
  __typename: 'WorklistStats',
  byStage: [],
  open: 0,
  dueThisWeek: 0,
  payerLate: 0,
  submitted: 0,
  amountAtStake: 0,
};

describe('AnalyticsPage', () => {
  it('asks for one range in one request and shows empty states for a workspace with no cases', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: { worklistStats: STATS, caseAnalytics: EMPTY_RANGE },
    }));
    renderWithProviders(<AnalyticsPage />, { client });
    expect(await screen.findByText('No cases yet.')).toBeTruthy();
    expect(screen.getAllByText('No denials dated in this range.').length).toBe(2);
    expect(screen.getAllByText('No appeal was decided in this range.').length).toBe(2);
    expect(screen.getByText('No decision in this range had a payer deadline.')).toBeTruthy();
    expect(screen.getByText('Overturn rate').nextSibling?.textContent).toBe('—');
    expect(calls.map((c) => c.operationName)).toEqual(['Analytics']);
    const { from, to } = calls[0]!.variables as { from: string; to: string };
    expect(from < to).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: '3 years' }));
    await waitFor(() => expect(calls.length).toBe(2));
    const wider = calls[1]!.variables as { from: string; to: string };
    expect(wider.to).toBe(to);
    expect(wider.from < from).toBe(true);
  });

  it('shows the figures of the range', async () => {
    const { client } = fakeGraphqlClient(() => ({
      data: {
        worklistStats: { ...STATS, open: 7 },
        caseAnalytics: {
          ...EMPTY_RANGE,
          denials: 12,
          decided: 4,
          overturnRate: 0.75,
          recoveredAmount: 1200,
          payerOnTimeRate: 2 / 3,
        },
      },
    }));
    renderWithProviders(<AnalyticsPage />, { client });
    await screen.findByText('75%');
    expect(screen.getByText('Denials').nextSibling?.textContent).toBe('12');
    expect(screen.getByText('Open').nextSibling?.textContent).toBe('7');
    expect(screen.getByText('Payer on time').nextSibling?.textContent).toBe('67%');
    expect(screen.getByText('Recovered').nextSibling?.textContent).toMatch(/1,200/);
  });

  it('shows an error with a retry when the API refuses', async () => {
    const { client } = fakeGraphqlClient(() => ({
      errors: [{ message: 'to must not be in the future', extensions: { code: 'BAD_USER_INPUT' } }],
    }));
    renderWithProviders(<AnalyticsPage />, { client });
    expect((await screen.findByRole('alert')).textContent).toMatch(/must not be in the future/);
  });
});
