import { Stack, Tabs, Text, Title } from '@mantine/core';
import { can, useWorkspace } from '@claimlane/web-data-access';
import { EmptyState } from '@claimlane/web-ui';
import { Import835Form } from './import-835-form';
import { PasteLetterForm } from './paste-letter-form';
import { UploadForm } from './upload-form';

export function IntakePage() {
  const { workspace } = useWorkspace();
  if (!can(workspace, 'cases.create'))
    return (
      <EmptyState title="Your role cannot add cases">
        Ask an administrator for the Biller role.
      </EmptyState>
    );
  return (
    <Stack gap="sm" maw={900}>
      <Title order={1} size="h3">
        Intake
      </Title>
      <Text size="sm" c="dimmed">
        Every letter is analysed on arrival: category, regime, notice defects and deadlines.
      </Text>
      <Tabs defaultValue="paste">
        <Tabs.List>
          <Tabs.Tab value="paste">Paste a letter</Tabs.Tab>
          <Tabs.Tab value="upload">Upload a file</Tabs.Tab>
          <Tabs.Tab value="835">Paste an 835</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="paste" pt="sm">
          <PasteLetterForm />
        </Tabs.Panel>
        <Tabs.Panel value="upload" pt="sm">
          <UploadForm />
        </Tabs.Panel>
        <Tabs.Panel value="835" pt="sm">
          <Import835Form />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
