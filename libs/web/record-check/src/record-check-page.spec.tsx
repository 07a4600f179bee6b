import { fireEvent, screen } from '@testing-library/react';
import { Client, fetchExchange } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlClient, renderWithProviders } from '@claimlane/web-testing';
import { RecordCheckPage, rateLimitMessage } from './record-check-page';

const LETTER = 'We denied your claim. You may appeal within 60 days of this notice.';
const ANALYSIS = {
  category: 'medical_necessity',
  regime: 'erisa_group_health',
  determinationLevel: 'initial',
  serviceType: { value: 'post_service' },
  disclosures: [
    {
      element: 'criteria_reference',
      status: 'missing',
      span: null,
      citation: '29 CFR 2560.503-1(g)(1)(v)',
      explanation: 'x',
    },
  ],
  deadlines: [
    {
      kind: 'member_appeal_filing',
      due: '2026-12-30',
      anchor: { event: 'notice_received', date: '2026-07-03' },
      dayType: 'calendar',
      amount: 180,
      assumptions: ['receipt presumed 5 days after the notice date'],
      rule: 'erisa.member_appeal_filing@2024-01',
      citation: '29 CFR 2560.503-1(h)(3)(i)',
      label: 'File the internal appeal',
    },
  ],
  findings: [
    {
      id: 'f1',
      kind: 'stated_window_shorter_than_regulation',
      severity: 'high',
      citation: '29 CFR 2560.503-1(h)(3)(i)',
      explanation: 'The letter gives 60 days; the regulation gives 180.',
      span: [22, 67],
    },
  ],
  nextQuestions: [],
  letter: 'Please send me a copy of the complete claim file, including the criteria used.',
  strongestGround: null,
};

function submit(text: string) {
  fireEvent.change(screen.getByLabelText(/Denial letter text/), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Check this letter' }));
}

describe('RecordCheckPage', () => {
  it('asks for a letter before sending anything', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({ data: null }));
    renderWithProviders(<RecordCheckPage />, { client });
    submit('   ');
    expect(await screen.findByText('Paste the text of the denial letter')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('shows classification, the highlighted weakness, deadlines with citations and the letter', async () => {
    const { client, calls } = fakeGraphqlClient(() => ({
      data: { recordCheckResult: { analysis: ANALYSIS, pendingDeadlines: [] } },
    }));
    renderWithProviders(<RecordCheckPage />, { client });
    submit(LETTER);
    expect(await screen.findByText('Medical necessity')).toBeTruthy();
    expect(calls[0]).toEqual({ operationName: 'RecordCheck', variables: { text: LETTER } });
    expect(screen.getByText('ERISA group health')).toBeTruthy();
    const mark = screen.getByRole('link', { name: /Stated window shorter than regulation/ });
    expect(mark.getAttribute('href')).toBe('#finding-f1');
    expect(document.getElementById('finding-f1')?.textContent).toContain('regulation gives 180');
    expect(screen.getByText('File the internal appeal')).toBeTruthy();
    expect(screen.getByText(/erisa\.member_appeal_filing@2024-01/)).toBeTruthy();
    expect(screen.getByText(/receipt presumed 5 days/)).toBeTruthy();
    expect(screen.getByLabelText('Request letter text').textContent).toBe(ANALYSIS.letter);
    expect(screen.getByRole('button', { name: 'Copy letter' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download .txt' })).toBeTruthy();
  });

  it('explains the rate limit with the wait the API gives', async () => {
    const { client } = fakeGraphqlClient(() => ({
      data: null,
      errors: [
        {
          message: 'Too many requests; try again later',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
        },
      ],
    }));
    renderWithProviders(<RecordCheckPage />, { client });
    submit(LETTER);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many checks');
    expect(alert.textContent).toContain('Try again in 42 seconds (at ');
  });

  it('says when to try again after an HTTP 429 with Retry-After', async () => {
    const client = new Client({
      url: 'http://test/graphql',
      exchanges: [fetchExchange],
      preferGetMethod: false,
      fetch: async () =>
        new Response('Too Many Requests', {
          status: 429,
          headers: { 'content-type': 'text/plain', 'retry-after': '30' },
        }),
    });
    renderWithProviders(<RecordCheckPage />, { client });
    submit(LETTER);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many checks');
    expect(alert.textContent).toContain('Try again in 30 seconds');
  });

  it('shows a deadline that waits for the notice date with its question, not a date', async () => {
    const { client } = fakeGraphqlClient(() => ({
      data: {
        recordCheckResult: {
          analysis: { ...ANALYSIS, deadlines: [] },
          pendingDeadlines: [
            {
              kind: 'member_appeal_filing',
              label: 'member appeal filing (60 days, as the letter states)',
              question: 'What date is printed on the notice?',
              rule: 'stated.member_appeal_filing@letter',
              citation: 'window stated in the letter',
              anchorEvent: 'notice_date',
              statedDays: 60,
            },
          ],
        },
      },
    }));
    renderWithProviders(<RecordCheckPage />, { client });
    submit(LETTER);
    const pending = await screen.findByLabelText('Deadlines waiting for a date');
    expect(pending.textContent).toContain(
      'member appeal filing (60 days, as the letter states): not timed yet',
    );
    expect(pending.textContent).toContain(
      'counts from the notice date, which the letter does not give. What date is printed on the notice?',
    );
    expect(pending.textContent).toContain('window stated in the letter');
    expect(screen.queryByText(/No deadline could be computed/)).toBeNull();
  });

  it('words the wait with and without a number of seconds', () => {
    const now = new Date('2026-12-01T10:00:00');
    expect(rateLimitMessage(1, now)).toMatch(/Try again in 1 second \(at /);
    expect(rateLimitMessage(null, now)).toBe(
      'You have run many checks in a short time. Wait a minute, then try again.',
    );
  });
});
