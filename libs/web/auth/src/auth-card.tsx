import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Center mih="100vh" bg="gray.0" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack gap="md">
          <Text fw={700} c="indigo.8" size="lg">
            Claimlane
          </Text>
          <Title order={1} size="h3">
            {title}
          </Title>
          {children}
          <Text size="sm" c="dimmed">
            No account needed for a quick look:{' '}
            <Anchor component={Link} to="/check">
              free Record Check
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
