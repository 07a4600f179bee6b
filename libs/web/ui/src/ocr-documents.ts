import { graphql } from '@claimlane/web-data-access';

// The OCR job of one uploaded document (its key is the file's SHA-256), shared by every screen that
// uploads a scan: the case page's Documents tab and the intake page.

export const ocrJobProgressQuery = graphql(`
  query OcrJobProgress($key: String!) {
    jobProgress(key: $key, queue: ocr) {
      jobId
      state
      attemptsMade
      maxAttempts
      errorCode
      progress {
        stage
        done
        total
      }
    }
  }
`);

export const ocrJobFailuresQuery = graphql(`
  query OcrJobFailures {
    jobFailures(queue: ocr, first: 100) {
      edges {
        node {
          id
          idempotencyKey
          errorCode
          errorMessage
          resolvedAt
        }
      }
    }
  }
`);

export const retryJobFailureMutation = graphql(`
  mutation RetryJobFailure($id: ID!) {
    retryJobFailure(id: $id) {
      id
      resolvedAt
    }
  }
`);
