import { Progress, Stack, Text } from '@mantine/core';

/** The bytes' way to `POST /documents` (0–1), as every upload form shows it. */
export function UploadProgress({ fraction }: { fraction: number }) {
  const pct = Math.round(fraction * 100);
  return (
    <Stack gap={2}>
      <Progress value={pct} aria-label="Upload progress" />
      <Text size="xs" c="dimmed">
        {pct}% uploaded
      </Text>
    </Stack>
  );
}
