import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { can, useWorkspace } from '@claimlane/web-data-access';
import { humanize } from '@claimlane/web-ui';
import { CaseQuery, MutationError, pageNumber } from './case-query';
import {
  addCriterionMutation,
  caseMatrixQuery,
  createExhibitMutation,
  linkEvidenceMutation,
  unlinkEvidenceMutation,
  type CaseMatrix,
} from './evidence-documents';

const CHOOSE = { value: '', label: 'Choose…' };

/**
 * The criteria ↔ exhibit matrix: each criterion with the exhibit pages and quoted record text that
 * answer it, how complete the matrix is, and (for `evidence.write`) forms to add criteria, cut
 * exhibits from case documents and link them. The API checks every quote against the pages.
 */
export function MatrixPanel({ caseId }: { caseId: string }) {
  return (
    <CaseQuery query={caseMatrixQuery} variables={{ caseId }}>
      {(d, reload) => <MatrixView caseId={caseId} data={d} onChanged={reload} />}
    </CaseQuery>
  );
}

export function MatrixView({
  caseId,
  data,
  onChanged,
}: {
  caseId: string;
  data: CaseMatrix;
  onChanged: () => void;
}) {
  const { workspace } = useWorkspace();
  const canWrite = can(workspace, 'evidence.write');
  const m = data.matrixCompleteness;
  const criteria = data.caseCriteria.items;
  const status = new Map(m.criteria.map((c) => [c.criterionId, c.status]));
  const answered = m.evidenced + m.explained;
  const pct = m.total ? Math.round((answered / m.total) * 100) : 0;
  return (
    <Stack gap="md">
      {m.criteriaMissing ? (
        <Alert color="yellow" title="Criteria not received">
          The payer has not disclosed the criteria it applied; request them before drafting.
        </Alert>
      ) : null}
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {answered} of {m.total} criteria answered
        </Text>
        {m.readyToSubmit ? <Badge color="teal.9">Ready to submit</Badge> : null}
      </Group>
      <Progress value={pct} aria-label={`Criteria answered: ${pct}%`} />
      {criteria.length ? (
        <CriteriaTable data={data} status={status} canWrite={canWrite} onChanged={onChanged} />
      ) : (
        <Text size="sm" c="dimmed">
          No criteria recorded for this case yet.
        </Text>
      )}
      {m.tasks.length ? (
        <List size="sm" aria-label="Evidence to gather">
          {m.tasks.map((t) => (
            <List.Item key={`${t.criterionId}-${t.task}`}>
              {t.ref}: {t.task}
            </List.Item>
          ))}
        </List>
      ) : null}
      <ExhibitsTable exhibits={data.exhibits} documents={data.caseDocuments} />
      {canWrite ? (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <AddCriterionForm caseId={caseId} onDone={onChanged} />
          <CreateExhibitForm caseId={caseId} documents={data.caseDocuments} onDone={onChanged} />
          <LinkEvidenceForm criteria={criteria} exhibits={data.exhibits} onDone={onChanged} />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

const pages = (from: number, to: number) => (from === to ? `p. ${from}` : `pp. ${from}–${to}`);

function CriteriaTable({
  data,
  status,
  canWrite,
  onChanged,
}: {
  data: CaseMatrix;
  status: Map<string, string>;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const [unlinking, unlink] = useMutation(unlinkEvidenceMutation);
  async function onUnlink(id: string) {
    const r = await unlink({ id });
    if (!r.error) onChanged();
  }
  return (
    <Stack gap="xs">
      <MutationError error={unlinking.error} />
      <Table striped aria-label="Criteria">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Criterion</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Evidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.caseCriteria.items.map((c) => {
            const links = data.matrixLinks.filter((l) => l.criterionId === c.id);
            return (
              <Table.Tr key={c.id}>
                <Table.Td style={{ paddingLeft: 8 + c.depth * 16 }}>
                  <Text size="sm">
                    <Text span fw={600}>
                      {c.ref}.
                    </Text>{' '}
                    {c.text}
                  </Text>
                </Table.Td>
                <Table.Td>{humanize(status.get(c.id) ?? 'unmet')}</Table.Td>
                <Table.Td>
                  {links.length ? (
                    <Stack gap={4}>
                      {links.map((l) => (
                        <Group key={l.id} gap="xs" wrap="nowrap" align="flex-start">
                          <Text size="sm">
                            Exhibit {l.exhibitLabel}, {pages(l.pageFrom, l.pageTo)}: “{l.quote}”
                          </Text>
                          {canWrite ? (
                            <Button
                              size="compact-xs"
                              variant="default"
                              disabled={unlinking.fetching}
                              aria-label={`Unlink exhibit ${l.exhibitLabel} from criterion ${c.ref}`}
                              onClick={() => void onUnlink(l.id)}
                            >
                              Unlink
                            </Button>
                          ) : null}
                        </Group>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {c.explanation ? `Explained: ${c.explanation}` : 'None linked'}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ExhibitsTable({
  exhibits,
  documents,
}: {
  exhibits: CaseMatrix['exhibits'];
  documents: CaseMatrix['caseDocuments'];
}) {
  if (!exhibits.length)
    return (
      <Text size="sm" c="dimmed">
        No exhibits yet: cut one from a case document below.
      </Text>
    );
  const title = new Map(documents.map((d) => [d.id, d.title]));
  return (
    <Table striped aria-label="Exhibits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Exhibit</Table.Th>
          <Table.Th>Title</Table.Th>
          <Table.Th>Source pages</Table.Th>
          <Table.Th>Sealed</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {exhibits.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{e.label}</Table.Td>
            <Table.Td>{e.title}</Table.Td>
            <Table.Td>
              {title.get(e.caseDocumentId) ?? 'Document'}, {pages(e.pageFrom, e.pageTo)} (
              {e.pageCount} {e.pageCount === 1 ? 'page' : 'pages'})
            </Table.Td>
            <Table.Td>
              {/* A sealed exhibit is hashed into packets and can never change. */}
              {e.sealed ? <Badge color="gray.8">Sealed</Badge> : 'Not yet'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function FormCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function AddCriterionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, add] = useMutation(addCriterionMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return setInvalid('Enter the criterion text');
    setInvalid(null);
    const r = await add({ input: { caseId, text: text.trim() } });
    if (!r.error) {
      setText('');
      onDone();
    }
  }
  return (
    <FormCard title="Add a criterion">
      <form onSubmit={onSubmit} noValidate aria-label="Add a criterion">
        <Stack gap="xs">
          <MutationError error={result.error} />
          <Textarea
            label="Criterion text"
            description="As the payer's policy words it"
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={invalid}
            required
          />
          <Button type="submit" loading={result.fetching}>
            Add criterion
          </Button>
        </Stack>
      </form>
    </FormCard>
  );
}

/** Checks a page range against 1…max (max unknown: any page from 1); messages name the fix. */
export function pageRangeErrors(
  fromRaw: string,
  toRaw: string,
  max: number | null | undefined,
): { from?: string; to?: string } {
  const from = pageNumber(fromRaw);
  const to = pageNumber(toRaw);
  const upper = max ?? Infinity;
  const span = max ? ` to ${max}` : '';
  const out: { from?: string; to?: string } = {};
  if (from === null || from < 1 || from > upper) out.from = `Enter a page from 1${span}`;
  if (to === null || to < (from ?? 1) || to > upper)
    out.to = `Enter a page from ${from && from >= 1 && from <= upper ? from : 1}${span}`;
  return out;
}

export function CreateExhibitForm({
  caseId,
  documents,
  onDone,
}: {
  caseId: string;
  documents: CaseMatrix['caseDocuments'];
  onDone: () => void;
}) {
  const [docId, setDocId] = useState('');
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('');
  const [title, setTitle] = useState('');
  const [invalid, setInvalid] = useState<{ doc?: string; from?: string; to?: string }>({});
  const [result, create] = useMutation(createExhibitMutation);
  const doc = documents.find((d) => d.id === docId);
  if (!documents.length)
    return (
      <FormCard title="Create an exhibit">
        <Text size="sm" c="dimmed">
          Attach a document to the case to cut an exhibit from it.
        </Text>
      </FormCard>
    );
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next = {
      doc: doc ? undefined : 'Choose a document',
      ...pageRangeErrors(from, to, doc?.pages),
    };
    setInvalid(next);
    if (next.doc || next.from || next.to || !doc) return;
    const r = await create({
      input: {
        caseId,
        caseDocumentId: doc.id,
        pageFrom: Number(from),
        pageTo: Number(to),
        ...(title.trim() ? { title: title.trim() } : {}),
      },
    });
    if (!r.error) {
      setDocId('');
      setFrom('1');
      setTo('');
      setTitle('');
      onDone();
    }
  }
  return (
    <FormCard title="Create an exhibit">
      <form onSubmit={onSubmit} noValidate aria-label="Create an exhibit">
        <Stack gap="xs">
          <MutationError error={result.error} />
          <NativeSelect
            label="Document"
            data={[
              CHOOSE,
              ...documents.map((d) => ({
                value: d.id,
                label: `${d.title} (${d.pages ?? '?'} ${d.pages === 1 ? 'page' : 'pages'})`,
              })),
            ]}
            value={docId}
            onChange={(e) => {
              const next = documents.find((d) => d.id === e.currentTarget.value);
              setDocId(e.currentTarget.value);
              setFrom('1');
              setTo(next?.pages ? String(next.pages) : '');
            }}
            error={invalid.doc}
            required
          />
          <Group grow>
            <TextInput
              label="First page"
              inputMode="numeric"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={invalid.from}
              required
            />
            <TextInput
              label="Last page"
              inputMode="numeric"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={invalid.to}
              required
            />
          </Group>
          <TextInput
            label="Exhibit title (optional)"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Button type="submit" loading={result.fetching}>
            Create exhibit
          </Button>
        </Stack>
      </form>
    </FormCard>
  );
}

interface LinkErrors {
  criterion?: string;
  exhibit?: string;
  from?: string;
  to?: string;
  quote?: string;
}

export function LinkEvidenceForm({
  criteria,
  exhibits,
  onDone,
}: {
  criteria: CaseMatrix['caseCriteria']['items'];
  exhibits: CaseMatrix['exhibits'];
  onDone: () => void;
}) {
  const [criterionId, setCriterionId] = useState('');
  const [exhibitId, setExhibitId] = useState('');
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('1');
  const [quote, setQuote] = useState('');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<LinkErrors>({});
  const [result, link] = useMutation(linkEvidenceMutation);
  const exhibit = exhibits.find((x) => x.id === exhibitId);
  if (!criteria.length || !exhibits.length)
    return (
      <FormCard title="Link evidence">
        <Text size="sm" c="dimmed">
          Add a criterion and an exhibit first.
        </Text>
      </FormCard>
    );
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next: LinkErrors = {
      criterion: criterionId ? undefined : 'Choose a criterion',
      exhibit: exhibit ? undefined : 'Choose an exhibit',
      ...pageRangeErrors(from, to, exhibit?.pageCount),
      quote: quote.trim() ? undefined : 'Quote the record text that meets the criterion',
    };
    setInvalid(next);
    if (Object.values(next).some(Boolean) || !exhibit) return;
    const r = await link({
      input: {
        criterionId,
        exhibitId: exhibit.id,
        pageFrom: Number(from),
        pageTo: Number(to),
        quote: quote.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
    if (!r.error) {
      setQuote('');
      setNote('');
      onDone();
    }
  }
  return (
    <FormCard title="Link evidence">
      <form onSubmit={onSubmit} noValidate aria-label="Link evidence">
        <Stack gap="xs">
          <MutationError error={result.error} />
          <NativeSelect
            label="Criterion"
            data={[
              CHOOSE,
              ...criteria.map((c) => ({
                value: c.id,
                label: `${c.ref}. ${c.text.length > 60 ? `${c.text.slice(0, 59)}…` : c.text}`,
              })),
            ]}
            value={criterionId}
            onChange={(e) => setCriterionId(e.currentTarget.value)}
            error={invalid.criterion}
            required
          />
          <NativeSelect
            label="Exhibit"
            data={[
              CHOOSE,
              ...exhibits.map((x) => ({
                value: x.id,
                label: `Exhibit ${x.label}: ${x.title} (${x.pageCount} ${x.pageCount === 1 ? 'page' : 'pages'})`,
              })),
            ]}
            value={exhibitId}
            onChange={(e) => setExhibitId(e.currentTarget.value)}
            error={invalid.exhibit}
            required
          />
          <Group grow>
            <TextInput
              label="From exhibit page"
              inputMode="numeric"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={invalid.from}
              required
            />
            <TextInput
              label="To exhibit page"
              inputMode="numeric"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={invalid.to}
              required
            />
          </Group>
          <Textarea
            label="Quote from the record"
            description="Exactly as it appears on those pages; the API refuses a quote it cannot find"
            autosize
            minRows={2}
            value={quote}
            onChange={(e) => setQuote(e.currentTarget.value)}
            error={invalid.quote}
            required
          />
          <TextInput
            label="Note (optional)"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Button type="submit" loading={result.fetching}>
            Link evidence
          </Button>
        </Stack>
      </form>
    </FormCard>
  );
}
