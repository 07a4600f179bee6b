import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { can, useWorkspace, type LetterKind } from '@claimlane/web-data-access';
import { ErrorState, LoadingState, TableHead, formatDate, humanize } from '@claimlane/web-ui';
import { CaseQuery, MutationError } from './case-query';
import { caseLettersQuery } from './case-records-documents';
import {
  editLetterSectionMutation,
  generateLetterMutation,
  letterAtVersionQuery,
  letterDetailQuery,
  regenerateLetterMutation,
  renderLetterMutation,
  signOffLetterMutation,
  type LetterDetail,
} from './evidence-documents';

const KINDS: LetterKind[] = [
  'level1_appeal',
  'level2_appeal',
  'provider_medical_necessity',
  'external_review_request',
  'protective_appeal',
  'claim_file_request',
  'payer_late',
  'regulator_complaint',
];

/** The same limits the API enforces (letters.service.ts), checked before anything is sent. */
export const MAX_PARAGRAPHS = 100;
export const MAX_PARAGRAPH_CHARS = 8_000;

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

/** The case's letters; one opens in the editor below the list. */
export function LettersPanel({ caseId }: { caseId: string }) {
  const { workspace } = useWorkspace();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <CaseQuery query={caseLettersQuery} variables={{ caseId }}>
      {(d, reload) => (
        <Stack gap="md">
          {can(workspace, 'letters.write') ? (
            <GenerateLetterForm
              caseId={caseId}
              onDone={(id) => {
                setOpenId(id);
                reload();
              }}
            />
          ) : null}
          {d.letters.length ? (
            <Table striped aria-label="Letters">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Letter</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Sign-off</Table.Th>
                  <Table.Th>Updated</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.letters.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        aria-current={openId === l.id ? 'true' : undefined}
                        onClick={() => setOpenId(l.id)}
                      >
                        {l.content.title || l.content.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{humanize(l.kind)}</Table.Td>
                    <Table.Td>v{l.currentVersion}</Table.Td>
                    <Table.Td>
                      {l.signedOff ? (
                        <Badge color="teal.9">
                          Signed v{l.signedOffVersion} · {formatDate(l.signedOffAt)}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Not signed
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{when(l.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              No letters drafted yet.
            </Text>
          )}
          {openId ? <LetterEditor letterId={openId} onChanged={reload} /> : null}
        </Stack>
      )}
    </CaseQuery>
  );
}

function GenerateLetterForm({ caseId, onDone }: { caseId: string; onDone: (id: string) => void }) {
  const [kind, setKind] = useState<LetterKind | ''>('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, generate] = useMutation(generateLetterMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!kind) return setInvalid('Choose the kind of letter');
    setInvalid(null);
    const r = await generate({ input: { caseId, kind } });
    if (r.data) onDone(r.data.generateLetter.id);
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Generate a letter">
      <Stack gap="xs">
        <MutationError error={result.error} />
        <Group align="flex-end" gap="xs">
          <NativeSelect
            label="Letter kind"
            data={[
              { value: '', label: 'Choose…' },
              ...KINDS.map((k) => ({ value: k, label: humanize(k) })),
            ]}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as LetterKind | '')}
            error={invalid}
            required
          />
          <Button type="submit" loading={result.fetching}>
            Generate letter
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One letter: its sections (editable), versions, sign-off and PDF. */
export function LetterEditor({ letterId, onChanged }: { letterId: string; onChanged: () => void }) {
  const [r, refetch] = useQuery({ query: letterDetailQuery, variables: { id: letterId } });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  if (r.error && !r.data) return <ErrorState error={r.error} onRetry={reload} />;
  if (!r.data) return <LoadingState label="Loading the letter…" />;
  return <LetterView letter={r.data.letter} versions={r.data.letterVersions} onChanged={reload} />;
}

export function LetterView({
  letter,
  versions,
  onChanged,
}: {
  letter: LetterDetail;
  versions: ReadonlyArray<{
    version: number;
    change: string;
    editedSection?: string | null;
    createdAt: string;
  }>;
  onChanged: () => void;
}) {
  const { workspace } = useWorkspace();
  const canWrite = can(workspace, 'letters.write');
  const [editing, setEditing] = useState<string | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [regenerated, regenerate] = useMutation(regenerateLetterMutation);
  const expect = { letterId: letter.id, expectedVersion: letter.currentVersion };
  return (
    <Paper withBorder p="md" component="section" aria-label={`Letter: ${letter.content.title}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {letter.content.title}
            </Title>
            <Text size="sm">{letter.content.subject}</Text>
            <Text size="xs" c="dimmed">
              Version {letter.currentVersion} · {humanize(letter.kind)}
            </Text>
          </Stack>
          <Group gap="xs">
            {canWrite ? (
              <Button
                variant="light"
                loading={regenerated.fetching}
                onClick={async () => {
                  const res = await regenerate({ input: expect });
                  if (!res.error) onChanged();
                }}
              >
                Regenerate from evidence
              </Button>
            ) : null}
            <SignOff letter={letter} onDone={onChanged} />
          </Group>
        </Group>
        <MutationError error={regenerated.error} />
        <RenderPdf letter={letter} />
        {letter.content.sections.map((s) =>
          editing === s.key ? (
            <SectionForm
              key={s.key}
              letterId={letter.id}
              version={letter.currentVersion}
              section={s}
              onCancel={() => setEditing(null)}
              onDone={() => {
                setEditing(null);
                onChanged();
              }}
            />
          ) : (
            <Stack key={s.key} gap={4}>
              <Group gap="xs">
                <Title order={3} size="h5">
                  {s.heading}
                </Title>
                {s.edited ? (
                  <Badge variant="outline" color="gray.8" size="sm">
                    Edited
                  </Badge>
                ) : null}
                {canWrite ? (
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={`Edit section ${s.heading}`}
                    onClick={() => setEditing(s.key)}
                  >
                    Edit
                  </Button>
                ) : null}
              </Group>
              {s.paragraphs.map((p, i) => (
                <Text key={i} size="sm">
                  {p}
                </Text>
              ))}
            </Stack>
          ),
        )}
        {/* Most kinds carry the request as their last section too; show it once. */}
        {letter.content.sections.some((s) =>
          s.paragraphs.includes(letter.content.request),
        ) ? null : (
          <Text size="sm" fw={600}>
            {letter.content.request}
          </Text>
        )}
        <Title order={3} size="h5">
          Versions
        </Title>
        <Table striped aria-label="Letter versions">
          <TableHead columns={['Version', 'Change', 'When']} actions />
          <Table.Tbody>
            {[...versions].reverse().map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>v{v.version}</Table.Td>
                <Table.Td>
                  {humanize(v.change)}
                  {v.editedSection ? ` (${v.editedSection})` : ''}
                </Table.Td>
                <Table.Td>{when(v.createdAt)}</Table.Td>
                <Table.Td>
                  {v.version !== letter.currentVersion ? (
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={`View version ${v.version}`}
                      onClick={() => setViewing(v.version)}
                    >
                      View
                    </Button>
                  ) : (
                    <Text size="xs" c="dimmed">
                      Current
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {viewing !== null ? (
          <EarlierVersion letterId={letter.id} version={viewing} onClose={() => setViewing(null)} />
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Sign-off is a clinician's (`letters.signOff`); others see who signed, or that nobody has. */
function SignOff({ letter, onDone }: { letter: LetterDetail; onDone: () => void }) {
  const { workspace } = useWorkspace();
  const [result, signOff] = useMutation(signOffLetterMutation);
  if (letter.signedOff)
    return (
      <Badge color="teal.9">
        Signed off v{letter.signedOffVersion} · {formatDate(letter.signedOffAt)}
      </Badge>
    );
  if (!can(workspace, 'letters.signOff'))
    return (
      <Text size="xs" c="dimmed">
        Awaiting a clinician’s sign-off
      </Text>
    );
  return (
    <Stack gap={4}>
      <MutationError error={result.error} />
      <Button
        loading={result.fetching}
        onClick={async () => {
          const r = await signOff({
            input: { letterId: letter.id, expectedVersion: letter.currentVersion },
          });
          if (!r.error) onDone();
        }}
      >
        Sign off version {letter.currentVersion}
      </Button>
    </Stack>
  );
}

/**
 * Renders the PDF on demand and offers the signed link (valid minutes, every download audited), as
 * the API serves every file. "Final" drops the DRAFT marks; a provider letter needs a sign-off.
 */
function RenderPdf({ letter }: { letter: LetterDetail }) {
  const { workspace } = useWorkspace();
  const [result, render] = useMutation(renderLetterMutation);
  if (!can(workspace, 'letters.render')) return null;
  const file = result.data?.renderLetter;
  const go = (final: boolean) => void render({ id: letter.id, format: 'pdf', options: { final } });
  return (
    <Stack gap={4}>
      <MutationError error={result.error} />
      <Group gap="xs">
        <Button variant="default" size="xs" loading={result.fetching} onClick={() => go(false)}>
          Draft PDF
        </Button>
        <Button variant="default" size="xs" loading={result.fetching} onClick={() => go(true)}>
          Final PDF
        </Button>
        {file && !result.fetching ? (
          <Anchor href={file.downloadUrl} download size="sm">
            Download {file.final ? 'final' : 'draft'} PDF (v{file.version},{' '}
            {Math.max(1, Math.round(file.sizeBytes / 1024))} KB)
          </Anchor>
        ) : null}
      </Group>
    </Stack>
  );
}

/** Paragraphs are typed separated by a blank line. */
export const splitParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export function sectionErrors(heading: string, text: string): { heading?: string; text?: string } {
  const paragraphs = splitParagraphs(text);
  const out: { heading?: string; text?: string } = {};
  if (!heading.trim()) out.heading = 'Enter a heading';
  else if (heading.trim().length > 200) out.heading = 'Keep the heading under 200 characters';
  if (!paragraphs.length) out.text = 'Write at least one paragraph';
  else if (paragraphs.length > MAX_PARAGRAPHS)
    out.text = `A section holds at most ${MAX_PARAGRAPHS} paragraphs`;
  else if (paragraphs.some((p) => p.length > MAX_PARAGRAPH_CHARS))
    out.text = `Keep each paragraph under ${MAX_PARAGRAPH_CHARS.toLocaleString('en-US')} characters`;
  return out;
}

export function SectionForm({
  letterId,
  version,
  section,
  onCancel,
  onDone,
}: {
  letterId: string;
  version: number;
  section: { key: string; heading: string; paragraphs: readonly string[] };
  onCancel: () => void;
  onDone: () => void;
}) {
  const [heading, setHeading] = useState(section.heading);
  const [text, setText] = useState(section.paragraphs.join('\n\n'));
  const [invalid, setInvalid] = useState<{ heading?: string; text?: string }>({});
  const [result, edit] = useMutation(editLetterSectionMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next = sectionErrors(heading, text);
    setInvalid(next);
    if (next.heading || next.text) return;
    const r = await edit({
      input: {
        letterId,
        expectedVersion: version,
        sectionKey: section.key,
        heading: heading.trim(),
        paragraphs: splitParagraphs(text),
      },
    });
    if (!r.error) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Edit section ${section.heading}`}>
      <Stack gap="xs">
        <MutationError error={result.error} />
        <TextInput
          label="Heading"
          value={heading}
          onChange={(e) => setHeading(e.currentTarget.value)}
          error={invalid.heading}
          required
        />
        <Textarea
          label="Text"
          description="Separate paragraphs with a blank line"
          autosize
          minRows={4}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={invalid.text}
          required
        />
        <Group gap="xs">
          <Button type="submit" loading={result.fetching}>
            Save section
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EarlierVersion({
  letterId,
  version,
  onClose,
}: {
  letterId: string;
  version: number;
  onClose: () => void;
}) {
  const [r] = useQuery({ query: letterAtVersionQuery, variables: { id: letterId, version } });
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Version ${version}`} bg="gray.0">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Version {version} (read-only)
        </Title>
        <Button size="compact-xs" variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
      {r.error && !r.data ? <ErrorState error={r.error} /> : null}
      {!r.data && !r.error ? <LoadingState /> : null}
      {r.data?.letterAtVersion.content.sections.map((s) => (
        <Stack key={s.key} gap={2} mt="xs">
          <Text size="sm" fw={600}>
            {s.heading}
          </Text>
          {s.paragraphs.map((p, i) => (
            <Text key={i} size="sm">
              {p}
            </Text>
          ))}
        </Stack>
      ))}
    </Paper>
  );
}
