import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@claimlane/web-testing';
import { DenialLetterPanel, findingHighlights } from './denial-letter-panel';

const TEXT = 'Your claim is denied as not medically necessary. You may appeal within 60 days.';

describe('DenialLetterPanel', () => {
  it('marks every span a finding cites and links it to that finding', () => {
    renderWithProviders(
      <DenialLetterPanel
        text={TEXT}
        findings={[
          { id: 'f1', kind: 'criteria_not_provided', severity: 'high', span: [14, 47] },
          { id: 'f2', kind: 'missing_anchor_date', severity: 'medium', span: [49, 79] },
          { id: 'f3', kind: 'parity_question', severity: 'low', span: null },
        ]}
      />,
    );
    const letter = screen.getByLabelText('Denial letter text');
    expect(letter.textContent).toBe(TEXT);
    const marks = letter.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual([TEXT.slice(14, 47), TEXT.slice(49, 79)]);
    expect(marks[0]!.closest('a')!.getAttribute('href')).toBe('#finding-f1');
    expect(marks[1]!.getAttribute('data-severity')).toBe('medium');
    expect(screen.getByRole('link', { name: /Criteria not provided/ })).toBeTruthy();
  });

  it('shows the plain text when no finding carries a span', () => {
    renderWithProviders(
      <DenialLetterPanel
        text={TEXT}
        findings={[{ id: 'f1', kind: 'parity_question', severity: 'low', span: null }]}
      />,
    );
    const letter = screen.getByLabelText('Denial letter text');
    expect(letter.textContent).toBe(TEXT);
    expect(letter.querySelectorAll('mark')).toHaveLength(0);
  });

  it('says so when no letter text was kept', () => {
    renderWithProviders(<DenialLetterPanel text={null} findings={[]} />);
    expect(screen.getByText(/No letter text is stored/)).toBeTruthy();
    expect(screen.queryByLabelText('Denial letter text')).toBeNull();
  });
});

describe('findingHighlights', () => {
  it('skips spanless findings and leaves an unknown severity unset', () => {
    expect(
      findingHighlights([
        { id: 'a', kind: 'x_y', severity: 'critical', span: [1, 2] },
        { id: 'b', kind: 'x', severity: 'high' },
      ]),
    ).toEqual([{ targetId: 'finding-a', span: [1, 2], label: 'X y' }]);
  });
});
