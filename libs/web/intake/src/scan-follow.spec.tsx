import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStore, type UploadedDocument } from '@claimlane/web-data-access';
import { fakeGraphqlClient, renderWithProviders, testWorkspace } from '@claimlane/web-testing';
import { ScanFollow } from './scan-follow';

const DOC_ID = '00000000-0000-4000-8000-0000000000d1';
const CASE_ID = '00000000-0000-4000-8000-0000000000c9';
const upload = (over: Partial<UploadedDocument> = {}): UploadedDocument => ({
  id: DOC_ID,
  kind: 'denial_letter',
  mime: 'application/pdf',
  sha256: 'b'.repeat(64),
  pages: 1,
  status: 'needs_ocr',
  needsOcr: true,
  warnings: [],
  duplicate: false,
  caseId: null,
  letterCaseId: null,
  ...over,
});

const jobProgress = (state: string) => ({
  data: {
    jobProgress: {
      __typename: 'JobStatus',
      jobId: 't.x',
      state,
      attemptsMade: 0,
      maxAttempts: 3,
      errorCode: null,
      progress: { __typename: 'JobProgress', stage: 'ocr', done: 1, total: 2 },
    },
  },
});

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('ScanFollow (intake upload of a scan)', () => {
  it('shows OCR progress, then links to the case Record Check opened from the scan', async () => {
    sessionStore.set({
      accessToken: 'tok',
      refreshToken: 'r',
      user: { id: 'u', name: 'U', email: 'u@example.test' },
      tenantId: 't1',
    });
    let polls = 0;
    const { client } = fakeGraphqlClient(() => jobProgress(++polls >= 2 ? 'completed' : 'active'));
    const fetchMock = vi.fn(async () =>
      Response.json(upload({ status: 'ready', needsOcr: false, letterCaseId: CASE_ID })),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<ScanFollow document={upload()} name="fax.pdf" />, {
      client,
      workspace: testWorkspace('BILLER'),
    });
    expect(await screen.findByText('Reading the pages: page 1 of 2')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Open the case' }, { timeout: 6000 });
    expect(link.getAttribute('href')).toBe(`/cases/${CASE_ID}`);
    // The document was asked for with the session's token and workspace.
    expect(fetchMock).toHaveBeenCalledWith(`/documents/${DOC_ID}`, {
      headers: { authorization: 'Bearer tok', 'x-tenant-id': 't1' },
    });
  });

  it('says no case was opened when the text was read but held no denial', async () => {
    renderWithProviders(
      <ScanFollow document={upload({ status: 'ready', needsOcr: false })} name="fax.pdf" />,
    );
    expect((await screen.findByRole('status')).textContent).toContain(
      'No denial could be read from fax.pdf, so no case was opened',
    );
  });
});
