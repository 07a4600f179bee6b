import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlClient, renderWithProviders, testWorkspace } from '@claimlane/web-testing';
import { OcrStatus, ocrPhase, type OcrJobView } from './ocr-status';
import { CaseUploadsPanel } from './case-uploads-panel';

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

describe('CaseUploadsPanel', () => {
  const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
  const doc = (status: string, pages: number | null) => ({
    __typename: 'CaseDocument',
    id: '00000000-0000-4000-8000-0000000000e1',
    documentId: '00000000-0000-4000-8000-0000000000e2',
    title: 'Chart notes',
    kind: 'chart_notes',
    mime: 'application/pdf',
    pages,
    status,
    sha256: 'a'.repeat(64),
    documentDate: null,
    createdAt: '2026-12-01T10:00:00.000Z',
  });

  it('polls the OCR job while it runs and shows the text ready once the job completes', async () => {
    let polls = 0;
    const { client, calls } = fakeGraphqlClient((call) => {
      if (call.operationName === 'CaseUploads') {
        // The row turns ready once the job has completed.
        return { data: { caseDocuments: [doc(polls >= 2 ? 'ready' : 'needs_ocr', 2)] } };
      }
      polls++;
      return {
        data: {
          jobProgress: {
            __typename: 'JobStatus',
            jobId: 't.x',
            state: polls >= 2 ? 'completed' : 'active',
            attemptsMade: 0,
            maxAttempts: 3,
            errorCode: null,
            progress: { __typename: 'JobProgress', stage: 'ocr', done: 1, total: 2 },
          },
        },
      };
    });
    renderWithProviders(<CaseUploadsPanel caseId={CASE_ID} />, {
      client,
      workspace: testWorkspace('BILLER', ['documents.upload', 'evidence.write']),
    });
    expect(await screen.findByText('Reading the pages: page 1 of 2')).toBeTruthy();
    expect(await screen.findByText('Text ready', {}, { timeout: 6000 })).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'OcrJobProgress')[0]?.variables).toEqual({
      key: 'a'.repeat(64),
    });
    // The upload form shows for a role that may upload and attach.
    expect(screen.getByRole('form', { name: 'Upload a document to this case' })).toBeTruthy();
  });

  it('hides the upload form from a role that may not upload', async () => {
    const { client } = fakeGraphqlClient(() => ({ data: { caseDocuments: [] } }));
    renderWithProviders(<CaseUploadsPanel caseId={CASE_ID} />, {
      client,
      workspace: testWorkspace('VIEWER'),
    });
    expect(await screen.findByText('No documents on this case yet.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Upload a document to this case' })).toBeNull();
  });
});
