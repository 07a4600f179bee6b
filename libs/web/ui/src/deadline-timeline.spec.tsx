import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { DeadlineTimeline, type DeadlineItem } from './deadline-timeline';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const item = (over: Partial<DeadlineItem>): DeadlineItem => ({
  key: 'k',
  label: 'File the internal appeal',
  dueAt: '2026-03-20T03:59:59.000Z',
  rule: 'erisa.member_appeal_filing@2002-07',
  anchorEvent: 'notice_date',
  anchorDate: '2026-01-19',
  assumptions: [],
  citation: '29 CFR 2560.503-1(h)(3)(i)',
  status: 'open',
  ...over,
});

describe('DeadlineTimeline with a deadline waiting for its date (needs_date)', () => {
  it('shows what it waits for and the question instead of a date, after the timed ones', () => {
    render(
      <MantineProvider env="test">
        <DeadlineTimeline
          now={NOW}
          items={[
            item({
              key: 'untimed',
              label: 'Request a state fair hearing',
              dueAt: null,
              anchorDate: null,
              status: 'needs_date',
              question: 'What date is printed on the notice?',
            }),
            item({ key: 'timed' }),
          ]}
        />
      </MantineProvider>,
    );
    const entries = within(screen.getByLabelText('Deadlines')).getAllByText(
      /File the internal appeal|Request a state fair hearing/,
    );
    expect(entries.map((e) => e.textContent)).toEqual([
      'File the internal appeal',
      'Request a state fair hearing',
    ]);
    expect(screen.getByText('Needs the notice date')).toBeTruthy();
    expect(screen.getByText(/Not timed yet: What date is printed on the notice\?/)).toBeTruthy();
    // The timed one still counts down; the untimed one gets no countdown and no raw status badge.
    expect(screen.getAllByText(/· \d+d$/)).toHaveLength(1);
    expect(screen.queryByText('needs_date')).toBeNull();
  });
});
