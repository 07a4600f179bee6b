import { Select } from '@mantine/core';
import { useWorkspace } from '@claimlane/web-data-access';

/** Always in the header: billing offices hold memberships in many clinics and pick one per request. */
export function WorkspaceSwitcher() {
  const { workspace, workspaces, switchTo } = useWorkspace();
  return (
    <Select
      aria-label="Active workspace"
      size="xs"
      w={240}
      allowDeselect={false}
      value={workspace.id}
      onChange={(v) => v && v !== workspace.id && switchTo(v)}
      data={workspaces.map((w) => ({ value: w.id, label: `${w.name} · ${w.myRole ?? ''}` }))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
