import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { ErrorState, LoadingState, errorMessage } from '@claimlane/web-ui';

/**
 * Loading, error and empty states for one case tab; the tab renders only when opened. `children`
 * gets a `reload` that re-asks the API, for panels whose forms change what they show.
 */
export function CaseQuery<T, V extends AnyVariables>({
  query,
  variables,
  isEmpty,
  empty,
  children,
}: {
  query: TypedDocumentNode<T, V>;
  variables: V;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T, reload: () => void) => ReactNode;
}) {
  const [r, refetch] = useQuery<T, V>({ query, variables } as never);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (r.error && !r.data) return <ErrorState error={r.error} onRetry={reload} />;
  if (!r.data) return <LoadingState />;
  if (isEmpty?.(r.data))
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return <>{children(r.data, reload)}</>;
}

/** A failed mutation's message, in an alert a screen reader announces. */
export function MutationError({
  error,
  onClose,
}: {
  error: CombinedError | undefined | null;
  onClose?: () => void;
}) {
  return error ? (
    <Alert color="red" role="alert" withCloseButton={!!onClose} onClose={onClose}>
      {errorMessage(error)}
    </Alert>
  ) : null;
}

/** A whole page number from a form field, or null when it is not one. */
export function pageNumber(raw: string): number | null {
  return /^\d{1,5}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}
