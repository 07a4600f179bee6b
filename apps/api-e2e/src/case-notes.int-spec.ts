import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@claimlane/server-common';
import {
  addMember,
  bearer,
  countStatements,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

interface Note {
  id: string;
  caseId: string;
  body: string;
  createdAt: string;
  author: { id: string } | null;
}

const ADD = `mutation($c: ID!, $b: String!) { addCaseNote(caseId: $c, body: $b) {
  id caseId body createdAt author { id } } }`;
const NOTES = `query($id: ID!) { appealCase(id: $id) { id notes { id caseId body createdAt author { id } }
  timeline { kind summary note } } }`;

describe('case notes: AppealCase.notes and addCaseNote', () => {
  const logFile = join(tmpdir(), `case-notes-${randomBytes(4).toString('hex')}.log`);
  let api: TestApi;
  let t: TestTenant;
  let other: TestTenant;
  let owner: Client;
  const headers: Record<string, Record<string, string>> = {};
  const users: Record<string, string> = {};
  let caseId: string;
  let otherCaseId: string;
  // Fake PHI: a note names a patient and a treatment; the text must reach no log and no audit row.
  const secret = `Spoke with Mrs Zyxwv-${randomBytes(3).toString('hex')} about her knee MRI`;

  const newCase = async (tenant: TestTenant, title: string) =>
    expectOk(
      await api.gql<{ createAppealCase: { id: string } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        { i: { payerName: 'Acme Health', title, patient: { lastName: 'Doe' } } },
        tenant.headers,
      ),
    ).createAppealCase.id;

  beforeAll(async () => {
    const logger = createLogger('debug', {
      destination: pino.destination({ dest: logFile, sync: true }),
    });
    api = await startTestApi({}, { logger });
    t = await createTestTenant(api);
    other = await createTestTenant(api);
    headers['OWNER'] = t.headers;
    users['OWNER'] = t.owner.id;
    for (const role of ['ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'] as const) {
      const u = await addMember(api, t, role);
      headers[role] = bearer(u, t.id);
      users[role] = u.id;
    }
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    caseId = await newCase(t, 'Knee MRI');
    otherCaseId = await newCase(other, 'Other tenant case');
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await api?.close();
    rmSync(logFile, { force: true });
  });

  it('roles that may edit a case add notes; a VIEWER reads them but may not write', async () => {
    for (const role of ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN']) {
      const note = expectOk(
        await api.gql<{ addCaseNote: Note }>(
          ADD,
          { c: caseId, b: `  ${role} note  ` },
          headers[role],
        ),
      ).addCaseNote;
      expect(note).toMatchObject({ caseId, body: `${role} note`, author: { id: users[role] } });
    }
    const refused = await api.gql(ADD, { c: caseId, b: 'viewer note' }, headers['VIEWER']);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const read = expectOk(
      await api.gql<{ appealCase: { notes: Note[] } }>(NOTES, { id: caseId }, headers['VIEWER']),
    ).appealCase.notes;
    // Newest first.
    expect(read.map((n) => n.body)).toEqual([
      'CLINICIAN note',
      'BILLER note',
      'ADMIN note',
      'OWNER note',
    ]);
    const times = read.map((n) => Date.parse(n.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('refuses blank, too long and NUL text, and bad or foreign case ids, with clear codes', async () => {
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['blank', { c: caseId, b: ' \n\t ' }, 'BAD_USER_INPUT', /empty/],
      ['too long', { c: caseId, b: 'x'.repeat(4001) }, 'BAD_USER_INPUT', /at most 4000/],
      // Code points, as the database counts: 4001 emoji are 8002 UTF-16 units.
      ['too long (astral)', { c: caseId, b: '😀'.repeat(4001) }, 'BAD_USER_INPUT', /at most 4000/],
      ['NUL', { c: caseId, b: 'a\u0000b' }, 'BAD_USER_INPUT', /NUL/],
      ['not a uuid', { c: 'case-1', b: 'x' }, 'BAD_USER_INPUT', /caseId/],
      ['unknown case', { c: randomUUID(), b: 'x' }, 'NOT_FOUND', /Case not found/],
      ['another tenant', { c: otherCaseId, b: 'x' }, 'NOT_FOUND', /Case not found/],
    ];
    for (const [label, vars, code, message] of cases) {
      const res = await api.gql(ADD, vars, t.headers);
      expect(errorCode(res), label).toBe(code);
      expect(res.errors?.[0]?.message, label).toMatch(message);
      expect(res.status, label).toBeLessThan(500);
    }
    const longest = expectOk(
      await api.gql<{ addCaseNote: Note }>(ADD, { c: caseId, b: '😀'.repeat(4000) }, t.headers),
    ).addCaseNote;
    expect([...longest.body].length).toBe(4000);
    const stored = await owner.query(`select count(*)::int n from case_notes where case_id = $1`, [
      otherCaseId,
    ]);
    expect(stored.rows[0].n).toBe(0);
    // Another tenant sees none of this case's notes, and its own case has none.
    const theirs = await api.gql<{ appealCase: { notes: Note[] } }>(
      NOTES,
      { id: caseId },
      other.headers,
    );
    expect(errorCode(theirs)).toBe('NOT_FOUND');
  });

  it('audits every write and read of a note by id, and the text reaches no audit row, timeline or log', async () => {
    const note = expectOk(
      await api.gql<{ addCaseNote: Note }>(ADD, { c: caseId, b: secret }, t.headers),
    ).addCaseNote;
    const page = expectOk(
      await api.gql<{
        appealCase: {
          notes: Note[];
          timeline: Array<{ kind: string; summary: string; note: string | null }>;
        };
      }>(NOTES, { id: caseId }, headers['BILLER']),
    ).appealCase;
    expect(page.notes[0]).toMatchObject({ id: note.id, body: secret });
    const added = page.timeline.filter((e) => e.kind === 'note_added');
    expect(added.length).toBe(6);
    expect(added.every((e) => e.summary === 'Note added' && e.note === null)).toBe(true);

    const write = await owner.query(
      `select actor_user_id, entity_type, entity_id from audit_events where action = 'addCaseNote' and entity_id = $1`,
      [note.id],
    );
    expect(write.rows).toEqual([
      { actor_user_id: t.owner.id, entity_type: 'CaseNote', entity_id: note.id },
    ]);
    const reads = await owner.query(
      `select actor_user_id from audit_events where entity_type = 'CaseNote' and $1 = any(entity_ids) and actor_user_id = $2`,
      [note.id, users['BILLER']],
    );
    expect(reads.rowCount).toBe(1);
    const leaked = await owner.query(
      `select count(*)::int n from audit_events where meta::text like $1 or action like $1`,
      [`%Zyxwv%`],
    );
    expect(leaked.rows[0].n).toBe(0);
    const timeline = await owner.query(
      `select count(*)::int n from timeline_events where summary like $1 or data::text like $1`,
      ['%Zyxwv%'],
    );
    expect(timeline.rows[0].n).toBe(0);
    const logs = readFileSync(logFile, 'utf8');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('Zyxwv');
  });

  it('loads the notes of a whole worklist page in one statement', async () => {
    const second = await newCase(t, 'Cardiac echo');
    expectOk(await api.gql(ADD, { c: second, b: 'second case note' }, t.headers));
    const { result, texts } = await countStatements(() =>
      api.gql<{ appealCases: { edges: Array<{ node: { id: string; notes: Note[] } }> } }>(
        `query { appealCases(first: 50) { edges { node { id notes { id body author { id } } } } } }`,
        {},
        t.headers,
      ),
    );
    const nodes = expectOk(result).appealCases.edges.map((e) => e.node);
    expect(nodes.find((n) => n.id === second)?.notes.map((n) => n.body)).toEqual([
      'second case note',
    ]);
    expect(nodes.find((n) => n.id === caseId)?.notes.length).toBe(6);
    // The notes loader's statement (texts keep each statement's first 80 characters).
    expect(texts.filter((s) => s.includes('author_id as "authorId"')).length).toBe(1);
    expect(texts.length).toBeLessThanOrEqual(8);
  });

  it('the runtime role may add and read notes but never change or delete one', async () => {
    const app = new Client({ connectionString: api.db.appUrl });
    await app.connect();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [t.id]);
      await expect(app.query(`update case_notes set body = 'changed'`)).rejects.toMatchObject({
        code: '42501',
      });
      await app.query('rollback');
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [t.id]);
      await expect(app.query(`delete from case_notes`)).rejects.toMatchObject({ code: '42501' });
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });
});
