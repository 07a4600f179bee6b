import type { ReactElement } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it, vi } from 'vitest';
import { OcrStatus, ocrPhase, type OcrJobView } from './ocr-status';

// web-testing's renderWithProviders imports this library: a plain Mantine wrapper avoids the cycle.
const renderWithProviders = (ui: ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);

const job = (over: Partial<OcrJobView>): OcrJobView => ({
  state: 'active',
  attemptsMade: 0,
  maxAttempts: 3,
  errorCode: null,
  progress: null,
  ...over,
});

describe('ocrPhase', () => {
  it('follows the row and the job: waiting, page progress, retry, failure with its reason', () => {
    expect(ocrPhase('ready', job({ state: 'active' }))).toEqual({ kind: 'ready' });
    expect(ocrPhase('needs_ocr', null)).toEqual({ kind: 'waiting', label: 'Waiting for OCR' });
    expect(ocrPhase('needs_ocr', job({ progress: { stage: 'ocr', done: 2, total: 5 } }))).toEqual({
      kind: 'running',
      label: 'Reading the pages: page 2 of 5',
      fraction: 0.4,
    });
    expect(ocrPhase('needs_ocr', job({ state: 'delayed', attemptsMade: 1 }))).toMatchObject({
      kind: 'running',
      label: 'Retrying (attempt 2 of 3)',
    });
    expect(
      ocrPhase('needs_ocr', job({ state: 'dead_lettered', errorCode: 'OCR_TOO_MANY_PAGES' })),
    ).toEqual({
      kind: 'failed',
      reason: 'the file has more pages than OCR reads at once; split it and upload the parts',
    });
    // A retried job runs while the row still says failed: the live job wins.
    expect(ocrPhase('failed', job({ state: 'waiting' }))).toEqual({
      kind: 'waiting',
      label: 'Waiting for OCR',
    });
    expect(ocrPhase('failed', null)).toEqual({
      kind: 'failed',
      reason: 'OCR could not read the file',
    });
    expect(ocrPhase('failed', job({ state: 'dead_lettered', errorCode: 'OCR_WEIRD' }))).toEqual({
      kind: 'failed',
      reason: 'OCR stopped (OCR_WEIRD)',
    });
  });
});

describe('OcrStatus', () => {
  it('shows a progress bar with the page count while OCR runs', () => {
    renderWithProviders(
      <OcrStatus
        title="Chart notes"
        phase={{ kind: 'running', label: 'Reading the pages: page 2 of 5', fraction: 0.4 }}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('page 2 of 5');
    const bar = screen.getByRole('progressbar', { name: 'OCR progress for Chart notes' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
  });

  it('says why OCR failed and offers a retry only when given one', () => {
    const onRetry = vi.fn();
    const { unmount } = renderWithProviders(
      <OcrStatus
        title="Chart notes"
        phase={{ kind: 'failed', reason: 'the file is damaged and could not be read' }}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'OCR failed for Chart notes: the file is damaged and could not be read.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry OCR' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();
    renderWithProviders(<OcrStatus title="Chart notes" phase={{ kind: 'failed', reason: 'x' }} />);
    expect(screen.queryByRole('button', { name: 'Retry OCR' })).toBeNull();
  });
});
