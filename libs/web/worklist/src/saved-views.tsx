import { ActionIcon, Button, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

export interface SavedView {
  name: string;
  /** The worklist's URL query (filters and sort). */
  query: string;
}

/** Saved views live in this browser, per workspace; they hold filters only, never case data. */
export function loadViews(storage: Storage | undefined, tenantId: string): SavedView[] {
  try {
    const raw = storage?.getItem(`claimlane.views.${tenantId}`);
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed)
      ? parsed.filter(
          (v): v is SavedView => typeof v?.name === 'string' && typeof v?.query === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function storeViews(storage: Storage | undefined, tenantId: string, views: SavedView[]) {
  storage?.setItem(`claimlane.views.${tenantId}`, JSON.stringify(views));
}

export function SavedViews({
  tenantId,
  currentQuery,
  onOpen,
  storage = globalThis.localStorage,
}: {
  tenantId: string;
  currentQuery: string;
  onOpen: (query: string) => void;
  storage?: Storage;
}) {
  const [views, setViews] = useState(() => loadViews(storage, tenantId));
  const [name, setName] = useState('');
  const [opened, setOpened] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  function save(e: FormEvent) {
    e.preventDefault();
    const n = name.trim();
    if (!n) return setInvalid('Name the view');
    const next = [...views.filter((v) => v.name !== n), { name: n, query: currentQuery }];
    storeViews(storage, tenantId, next);
    setViews(next);
    setName('');
    setInvalid(null);
    setOpened(false);
  }

  function remove(n: string) {
    const next = views.filter((v) => v.name !== n);
    storeViews(storage, tenantId, next);
    setViews(next);
  }

  const selected = views.find((v) => v.query === currentQuery)?.name ?? null;
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label="Saved view"
        placeholder={views.length ? 'Choose a view' : 'No saved views'}
        size="xs"
        w={200}
        data={views.map((v) => v.name)}
        value={selected}
        disabled={views.length === 0}
        onChange={(n) => {
          const v = views.find((x) => x.name === n);
          if (v) onOpen(v.query);
        }}
      />
      {selected ? (
        <ActionIcon
          variant="default"
          size="md"
          aria-label={`Delete view ${selected}`}
          onClick={() => remove(selected)}
        >
          ×
        </ActionIcon>
      ) : null}
      <Popover opened={opened} onChange={setOpened} trapFocus position="bottom-start">
        <Popover.Target>
          <Button size="xs" variant="default" onClick={() => setOpened((o) => !o)}>
            Save view
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <form onSubmit={save} noValidate aria-label="Save this view">
            <Stack gap="xs">
              <TextInput
                label="View name"
                size="xs"
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={invalid}
                data-autofocus
              />
              <Button type="submit" size="xs">
                Save
              </Button>
            </Stack>
          </form>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
