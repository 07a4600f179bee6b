import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { CombinedError } from 'urql';
import type { ReactNode } from 'react';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap={4} maw={480}>
        <Text fw={600}>{title}</Text>
        {children ? (
          <Text size="sm" c="dimmed" ta="center" component="div">
            {children}
          </Text>
        ) : null}
      </Stack>
    </Center>
  );
}

/** The message a person can act on: the API's own message, never a stack or a raw network dump. */
export function errorMessage(error: CombinedError | Error | null | undefined): string {
  if (!error) return '';
  if ('graphQLErrors' in error && error.graphQLErrors.length > 0)
    return error.graphQLErrors.map((e) => e.message).join('; ');
  if ('networkError' in error && error.networkError)
    return 'The server could not be reached. Check your connection and try again.';
  return error.message;
}

export function errorCode(error: CombinedError | null | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

export function ErrorState({
  error,
  onRetry,
  title = 'Something went wrong',
}: {
  error: CombinedError | Error;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert color="red" title={title} role="alert" my="md">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry ? (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
