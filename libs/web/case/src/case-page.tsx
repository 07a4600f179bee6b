import {
  Anchor,
  Badge,
  Breadcrumbs,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { asRecordCheckView, can, useWorkspace } from '@claimlane/web-data-access';
import {
  DeadlineBadge,
  DeadlineTimeline,
  EmptyState,
  ErrorState,
  FindingList,
  LetterActions,
  LoadingState,
  errorCode,
  formatDate,
  formatMoney,
  humanize,
  regimeLabel,
} from '@claimlane/web-ui';
import { casePageQuery, type CaseView } from './case-documents';
import { DenialLetterPanel } from './denial-letter-panel';
import { AssignControl } from './assign-control';
import { ContactsPanel } from './case-record-panels';
import { CaseNotesPanel } from './case-notes-panel';
import { CaseUploadsPanel } from './case-uploads-panel';
import { NoticeDateForm, firstServiceDate } from './notice-date-form';
import { RecordCallSection } from './record-call-panel';
import { LettersPanel } from './letter-editor';
import { MatrixPanel } from './matrix-panel';
import { PacketPanel } from './packet-panel';
import { StageActions } from './stage-actions';

/** `/cases/:id`: everything about one appeal, and the next steps its stage allows. */
export function CasePage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: casePageQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (result.error && !result.data) {
    const code = errorCode(result.error);
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
      return (
        <EmptyState title="Case not found">
          It may have been deleted, or it belongs to another workspace.{' '}
          <Link to="/cases">Back to the worklist</Link>
        </EmptyState>
      );
    return <ErrorState error={result.error} onRetry={reload} />;
  }
  if (!result.data) return <LoadingState label="Loading the case…" />;
  return <CaseDetail c={result.data.appealCase} onChanged={reload} />;
}

export function CaseDetail({ c, onChanged }: { c: CaseView; onChanged: () => void }) {
  const { workspace } = useWorkspace();
  const analysis = asRecordCheckView(c.denial.analysis);
  const patient = c.claim?.patient;
  const deadlines = c.deadlines.map((d) => ({
    key: d.id,
    label: d.label ?? humanize(d.kind),
    dueAt: d.dueAt,
    rule: d.rule ?? null,
    anchorEvent: d.anchorEvent ?? null,
    anchorDate: d.anchorDate ?? null,
    assumptions: d.assumptions,
    citation: d.citation ?? null,
    status: d.status,
    question: d.question ?? null,
  }));

  // A deadline waiting for the notice date: its question gets a form (the API times it from the answer).
  const untimed = c.deadlines.find((d) => d.status === 'needs_date');

  return (
    <Stack gap="md">
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to="/cases" size="sm">
          Worklist
        </Anchor>
        <Text size="sm">{c.title || 'Case'}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h3">
            {c.title || 'Untitled case'}
          </Title>
          <Group gap="xs">
            <Badge color="indigo.8" aria-label={`Stage: ${humanize(c.stage)}`}>
              {humanize(c.stage)}
            </Badge>
            <Badge variant="outline" color="gray.8">
              Level {c.level} · {humanize(c.levelKind)}
            </Badge>
            {c.payerLateSince ? (
              <Badge color="orange.3" autoContrast>
                Payer late since {formatDate(c.payerLateSince)}
              </Badge>
            ) : null}
            <DeadlineBadge dueAt={c.nextDeadlineAt} />
          </Group>
        </Stack>
        <Stack gap={0} align="flex-end">
          <Text size="xs" c="dimmed">
            At stake
          </Text>
          <Text fw={700} size="lg">
            {formatMoney(c.amountAtStake)}
          </Text>
        </Stack>
      </Group>
      <Group align="flex-end" justify="space-between">
        <StageActions caseId={c.id} actions={c.availableActions} onDone={onChanged} />
        {can(workspace, 'cases.update') ? (
          <AssignControl
            caseId={c.id}
            version={c.version}
            assigneeId={c.assignee?.id ?? null}
            onDone={onChanged}
          />
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label="Payer" value={c.payer?.name ?? '—'} />
        <Fact label="Category" value={humanize(c.denial.category)} />
        <Fact label="Regime" value={regimeLabel(c.denial.regime)} />
        <Fact label="Assignee" value={c.assignee?.name ?? 'Unassigned'} />
        <Fact label="Claim" value={c.claim?.claimNumber ?? '—'} />
        <Fact
          label="Patient"
          value={
            patient ? [patient.firstName, patient.lastName].filter(Boolean).join(' ') || '—' : '—'
          }
        />
        <Fact label="Notice date" value={formatDate(c.denial.noticeDate)} />
        <Fact label="Denied amount" value={formatMoney(c.denial.deniedAmount)} />
      </SimpleGrid>
      <Tabs defaultValue="findings" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="findings">Findings ({c.findings.length})</Tabs.Tab>
          <Tabs.Tab value="deadlines">Deadlines ({c.deadlines.length})</Tabs.Tab>
          <Tabs.Tab value="denial-letter">Denial letter</Tabs.Tab>
          <Tabs.Tab value="letter">Request letter</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="notes">Notes</Tabs.Tab>
          <Tabs.Tab value="documents">Documents</Tabs.Tab>
          <Tabs.Tab value="matrix">Criteria matrix</Tabs.Tab>
          <Tabs.Tab value="letters">Letters</Tabs.Tab>
          <Tabs.Tab value="packet">Packet</Tabs.Tab>
          <Tabs.Tab value="calls">Record Calls</Tabs.Tab>
          <Tabs.Tab value="contacts">Contact log</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="findings" pt="sm">
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              {c.findings.length ? (
                <FindingList findings={c.findings} />
              ) : (
                <Text size="sm">No procedural weaknesses found in this letter.</Text>
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              {c.denial.statedReason ? (
                <Paper withBorder p="sm">
                  <Text size="xs" c="dimmed">
                    Stated reason
                  </Text>
                  <Text size="sm">{c.denial.statedReason}</Text>
                </Paper>
              ) : null}
              {analysis?.strongestGround ? (
                <Paper withBorder p="sm" mt="sm">
                  <Text size="xs" c="dimmed">
                    Strongest ground
                  </Text>
                  <Text fw={600} size="sm">
                    {humanize(analysis.strongestGround.ground)}
                  </Text>
                  <Text size="sm">{analysis.strongestGround.reason}</Text>
                </Paper>
              ) : null}
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="deadlines" pt="sm">
          {untimed && can(workspace, 'cases.update') ? (
            <NoticeDateForm
              denialId={c.denial.id}
              question={untimed.question ?? 'What date is printed on the notice?'}
              serviceDate={firstServiceDate(c.claim?.serviceDateFrom, c.denial.analysis)}
              onSaved={onChanged}
            />
          ) : null}
          {deadlines.length ? (
            <DeadlineTimeline items={deadlines} />
          ) : (
            <Text size="sm">No deadlines: the letter gives no date to count from.</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="denial-letter" pt="sm">
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <DenialLetterPanel text={c.denial.letterText} findings={c.findings} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <FindingList findings={c.findings} />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="letter" pt="sm">
          {analysis?.letter ? (
            <Stack gap="xs">
              <LetterActions text={analysis.letter} filename={`record-request-${c.id}.txt`} />
              <Paper withBorder p="sm">
                <Text
                  component="pre"
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                  aria-label="Request letter text"
                >
                  {analysis.letter}
                </Text>
              </Paper>
            </Stack>
          ) : (
            <Text size="sm">This case was created without a letter analysis.</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm">
          <Timeline bulletSize={12} aria-label="Case timeline">
            {c.timeline.map((t) => (
              <Timeline.Item
                key={t.id}
                title={
                  <Text size="sm" fw={600}>
                    {t.summary}
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {new Date(t.occurredAt).toLocaleString()} · {humanize(t.kind)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="sm">
          <CaseNotesPanel
            caseId={c.id}
            canWrite={!!workspace?.myPermissions.includes('notes.write')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="sm">
          <CaseUploadsPanel caseId={c.id} />
        </Tabs.Panel>
        <Tabs.Panel value="matrix" pt="sm">
          <MatrixPanel caseId={c.id} />
        </Tabs.Panel>
        <Tabs.Panel value="letters" pt="sm">
          <LettersPanel caseId={c.id} />
        </Tabs.Panel>
        <Tabs.Panel value="packet" pt="sm">
          <PacketPanel caseId={c.id} />
        </Tabs.Panel>
        <Tabs.Panel value="calls" pt="sm">
          <RecordCallSection
            caseId={c.id}
            payerId={c.payer?.id ?? null}
            payerName={c.payer?.name ?? null}
          />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="sm">
          <ContactsPanel caseId={c.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Paper>
  );
}
