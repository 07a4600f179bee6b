import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlClient, renderWithProviders, testWorkspace } from '@claimlane/web-testing';
import { CaseUploadsPanel } from './case-uploads-panel';

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
