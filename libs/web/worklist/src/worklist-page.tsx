import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import {
  can,
  useWorkspace,
  type AppealCaseFilter,
  type AppealCaseSortField,
  type AppealStage,
  type AssignedTo,
  type DenialCategory,
  type SortDirection,
} from '@claimlane/web-data-access';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '@claimlane/web-ui';
import { BulkAssignBar } from './bulk-assign-bar';
import { SavedViews } from './saved-views';
import { ASSIGNED_OPTIONS, WorklistFilters, type WorklistFilterState } from './worklist-filters';
import { WorklistSearch } from './worklist-search';
import { WorklistStats } from './worklist-stats';
import { worklistQuery, type WorklistRow } from './worklist-query';
import { WorklistTable, type WorklistSort } from './worklist-table';

// 50 rows keep the query under the API's complexity limit (2,000) with the nested payer, assignee, denial.
const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

const ASSIGNED = new Set<string>(ASSIGNED_OPTIONS.map((o) => o.value));

/** `assigned` in the URL; absent means the default, me + unassigned (`mine=1`: older saved views). */
function readAssigned(params: URLSearchParams): AssignedTo | null {
  const v = params.get('assigned');
  if (v === 'ALL') return null;
  if (v && ASSIGNED.has(v)) return v as AssignedTo;
  return params.get('mine') === '1' ? 'ME' : 'ME_OR_UNASSIGNED';
}

/** Filters and sort live in the URL so a view can be bookmarked and shared. */
function readState(params: URLSearchParams): {
  filters: WorklistFilterState;
  search: string;
  sort: WorklistSort;
} {
  const due = params.get('due');
  return {
    filters: {
      stages: params.getAll('stage') as AppealStage[],
      categories: params.getAll('category') as DenialCategory[],
      dueWithinDays: due && /^\d+$/.test(due) ? Number(due) : null,
      assignedTo: readAssigned(params),
    },
    search: params.get('q') ?? '',
    sort: {
      field: (params.get('sort') as AppealCaseSortField | null) ?? 'NEXT_DEADLINE',
      direction: (params.get('dir') as SortDirection | null) ?? 'ASC',
    },
  };
}

function writeState(
  filters: WorklistFilterState,
  search: string,
  sort: WorklistSort,
): URLSearchParams {
  const p = new URLSearchParams();
  if (search) p.set('q', search);
  for (const s of filters.stages) p.append('stage', s);
  for (const c of filters.categories) p.append('category', c);
  if (filters.dueWithinDays !== null) p.set('due', String(filters.dueWithinDays));
  if (filters.assignedTo !== 'ME_OR_UNASSIGNED') p.set('assigned', filters.assignedTo ?? 'ALL');
  if (sort.field !== 'NEXT_DEADLINE') p.set('sort', sort.field);
  if (sort.direction !== 'ASC') p.set('dir', sort.direction);
  return p;
}

export function WorklistPage() {
  const { workspace } = useWorkspace();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const { filters, search, sort } = readState(params);
  const key = params.toString();

  const variables = useMemo(() => {
    const filter: AppealCaseFilter = {};
    if (filters.stages.length) filter.stage = filters.stages;
    if (filters.categories.length) filter.category = filters.categories;
    if (filters.dueWithinDays !== null)
      filter.deadlineBefore = new Date(Date.now() + filters.dueWithinDays * DAY_MS).toISOString();
    if (filters.assignedTo) filter.assignedTo = filters.assignedTo;
    if (search) filter.search = search;
    return { first: PAGE_SIZE, filter, orderBy: sort };
    // `key` captures every filter and sort value.
  }, [key]);

  const [result, refetch] = useQuery({ query: worklistQuery, variables });
  const [more, setMore] = useState<{
    rows: WorklistRow[];
    cursor: string | null;
    hasNext: boolean;
  } | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => {
    setMore(null);
    setSelected(new Set());
  }, [variables]);
  const canAssign = can(workspace, 'cases.update');

  const first = result.data?.appealCases;
  const rows = useMemo(
    () => [...(first?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])],
    [first, more],
  );
  const cursor = more ? more.cursor : (first?.pageInfo.endCursor ?? null);
  const hasNext = more ? more.hasNext : (first?.pageInfo.hasNextPage ?? false);

  async function loadMore() {
    setLoadingMore(true);
    const r = await client
      .query(worklistQuery, { ...variables, after: cursor }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingMore(false);
    const page = r.data?.appealCases;
    if (!page) return setMoreError(errorMessage(r.error ?? null) || 'Could not load more cases');
    setMoreError(null);
    setMore({
      rows: [...(more?.rows ?? []), ...page.edges.map((e) => e.node)],
      cursor: page.pageInfo.endCursor ?? null,
      hasNext: page.pageInfo.hasNextPage,
    });
  }

  const filtered =
    filters.stages.length > 0 ||
    filters.categories.length > 0 ||
    filters.dueWithinDays !== null ||
    filters.assignedTo !== 'ME_OR_UNASSIGNED' ||
    search !== '';
  let body;
  if (result.error && !first)
    body = (
      <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  else if (!first) body = <LoadingState label="Loading cases…" />;
  else if (rows.length === 0)
    body = (
      <EmptyState title={filtered ? 'No case matches these filters' : 'No cases yet'}>
        {filtered ? (
          'Clear a filter or the search to see more.'
        ) : can(workspace, 'cases.create') ? (
          <>
            Paste a denial letter or import an 835 on the <Link to="/intake">Intake</Link> page.
            This view shows your and unassigned cases; choose “Anyone” to see all.
          </>
        ) : (
          'Cases assigned to you or to nobody appear here once a biller adds them.'
        )}
      </EmptyState>
    );
  else
    body = (
      <Stack gap="xs">
        {canAssign && selected.size > 0 ? (
          <BulkAssignBar
            selected={[...selected]}
            onDone={() => {
              setSelected(new Set());
              setMore(null);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        ) : null}
        <WorklistTable
          rows={rows}
          sort={sort}
          onSortChange={(s) => setParams(writeState(filters, search, s))}
          {...(canAssign ? { selected, onSelectedChange: setSelected } : {})}
        />
        {moreError ? (
          <Text c="red.8" size="sm" role="alert">
            {moreError}
          </Text>
        ) : null}
        {hasNext ? (
          <Group justify="center">
            <Button variant="default" onClick={loadMore} loading={loadingMore}>
              Load more
            </Button>
          </Group>
        ) : null}
      </Stack>
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h3">
            Worklist
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite">
            {first
              ? `${first.totalCount} case${first.totalCount === 1 ? '' : 's'} · showing ${rows.length}`
              : ' '}
          </Text>
        </Stack>
        {can(workspace, 'cases.create') ? (
          <Button component={Link} to="/intake">
            New case
          </Button>
        ) : null}
      </Group>
      <WorklistStats filter={variables.filter} />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="flex-end">
          <WorklistSearch
            value={search}
            onChange={(q) => setParams(writeState(filters, q, sort))}
          />
          <WorklistFilters
            value={filters}
            onChange={(f) => setParams(writeState(f, search, sort))}
          />
        </Group>
        <SavedViews
          key={workspace.id}
          tenantId={workspace.id}
          currentQuery={key}
          onOpen={(q) => setParams(new URLSearchParams(q))}
        />
      </Group>
      {body}
    </Stack>
  );
}
