import { Stack, Tabs, Title } from '@mantine/core';
import { can, useWorkspace } from '@claimlane/web-data-access';
import { ApiKeysPanel } from './api-keys-panel';
import { BillingPanel } from './billing-panel';
import { AuditPanel } from './audit-panel';
import { InvitationsPanel } from './invitations-panel';
import { MembersPanel } from './members-panel';
import { SettingsPanel } from './settings-panel';

/** Members for everyone; invitations, API keys and the audit log for owners and admins. */
export function AdminPage() {
  const { workspace } = useWorkspace();
  const admin = can(workspace, 'members.invite');
  return (
    <Stack gap="sm">
      <Title order={1} size="h3">
        {workspace.name}
      </Title>
      <Tabs defaultValue="members" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members">Members</Tabs.Tab>
          {admin ? <Tabs.Tab value="invitations">Invitations</Tabs.Tab> : null}
          {can(workspace, 'apiKeys.read') ? <Tabs.Tab value="keys">API keys</Tabs.Tab> : null}
          {can(workspace, 'audit.read') ? <Tabs.Tab value="audit">Audit log</Tabs.Tab> : null}
          {can(workspace, 'tenant.settings') ? (
            <Tabs.Tab value="settings">Settings</Tabs.Tab>
          ) : null}
          {can(workspace, 'billing.manage') ? <Tabs.Tab value="billing">Billing</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="members" pt="sm">
          <MembersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="invitations" pt="sm">
          <InvitationsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="keys" pt="sm">
          <ApiKeysPanel />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="sm">
          <AuditPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="sm">
          <SettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="billing" pt="sm">
          <BillingPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
