import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { humanize } from './format';

export interface FindingItem {
  id: string;
  kind: string;
  severity: string;
  explanation: string;
  citation: string | null | undefined;
}

const SEVERITY_COLOR: Record<string, string> = { high: 'red.9', medium: 'yellow.4', low: 'blue.9' };

/** Each finding carries `id="finding-<id>"` so the highlighted letter can link to it. */
export function FindingList({ findings }: { findings: readonly FindingItem[] }) {
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {findings.map((f) => (
        <Card
          key={f.id}
          withBorder
          padding="sm"
          component="li"
          id={`finding-${f.id}`}
          tabIndex={-1}
        >
          <Group gap="xs" mb={4}>
            <Badge color={SEVERITY_COLOR[f.severity] ?? 'gray.8'} autoContrast>
              {f.severity}
            </Badge>
            <Text fw={600} size="sm">
              {humanize(f.kind)}
            </Text>
          </Group>
          <Text size="sm">{f.explanation}</Text>
          {f.citation ? (
            <Text size="xs" c="dimmed" mt={4}>
              <cite>{f.citation}</cite>
            </Text>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
}
