import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDenial, type RecordCheckResult } from '@claimlane/domain-denial-analysis';
import { generate835, parse835 } from '@claimlane/domain-x12';
import { denialOf } from '@claimlane/server-remittances';
import { createTestDatabase, type TestDatabase } from '@claimlane/testing';
import { sampleLetters } from './cli-samples.test-helper';
import {
  expectedProjection,
  sampleRemittances,
  type SampleRemittance,
} from './remittance-samples.test-helper';
import { corpusLetter, renderTestPdf, stripedPng } from '@claimlane/testing-fixtures';

// The suite runs the built CLI as a user would: `node dist/apps/cli/src/main.js` in a subprocess.
const repoRoot = resolve(__dirname, '../../..');
const MAIN = join(repoRoot, 'dist/apps/cli/src/main.js');
// After every corpus letter's date, as the corpus golden spec reads them: a letter dated after the
// analysis day is rightly left untimed (needs_date), which is not what these checks are about.
const AS_OF = '2026-12-01';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `undefined` in env removes a variable inherited from the test process. */
function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** `check` runs need no database; keep the test process's settings out of their config. */
const NO_DB = { DATABASE_URL: undefined, DATABASE_APP_URL: undefined };

let work: string;

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run node scripts/build.mjs first`);
  work = mkdtempSync(join(tmpdir(), 'claimlane-cli-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('claimlane --help / --version', () => {
  it('prints the commands and the root package version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: claimlane/);
    expect(help.stdout).toContain('check [options] <file>');
    expect(help.stdout).toContain('import-835 [options] <file>');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      [],
      ['check'],
      ['nonsense'],
      ['check', 'x.txt', '--as-of', '2025-02-30'],
      ['check', 'x.txt', '--regime', 'medicare_part_z'],
      ['check', 'x.txt', '--service-type', 'elective'],
      ['import-835', 'x.835'],
      ['import-835', 'x.835', '--tenant', 'not-a-uuid'],
    ]) {
      const r = await cli(args, NO_DB);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 1 with a clear message for a missing file', async () => {
    const r = await cli(['check', join(work, 'nope.txt')], NO_DB);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*nope\.txt: no such file/);
  });
});

describe('check --json on the sample letters', () => {
  const letters = sampleLetters();

  it.each(letters)(
    '$label.file: the recordCheck document, labelled category and regime',
    async ({ label, path, text }) => {
      const r = await cli(['check', '--json', '--as-of', AS_OF, path], NO_DB);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as RecordCheckResult;
      for (const key of [
        'category',
        'regime',
        'fields',
        'disclosures',
        'deadlines',
        'findings',
        'nextQuestions',
        'strongestGround',
        'carc',
        'rarc',
      ]) {
        expect(Object.keys(doc)).toContain(key);
      }
      expect(doc.category).toBe(label.category);
      expect(doc.regime).toBe(label.regime);
      // Exactly the engine's document, nothing added or reshaped on the way out.
      expect(doc).toEqual(JSON.parse(JSON.stringify(analyzeDenial(text, { asOf: AS_OF }))));
      if (label.appeal_deadline_days !== null) {
        // After a final internal decision the member's next filing is the fair hearing / external
        // review, which the engine files under its own kind (the NY final-determination template).
        const kinds =
          doc.determinationLevel === 'final_internal'
            ? ['member_appeal_filing', 'state_fair_hearing_request', 'external_review_request']
            : ['member_appeal_filing'];
        const filing = doc.deadlines.find((d) => kinds.includes(d.kind));
        if (doc.fields.noticeDate === null && doc.fields.receivedDate === null) {
          // No date on the letter: the window is shown, never timed from the analysis day.
          expect(filing).toBeUndefined();
          const pending = doc.pendingDeadlines.find((d) => kinds.includes(d.kind));
          expect(pending).toMatchObject({ status: 'needs_date' });
          expect(pending!.stated?.days).toBe(label.appeal_deadline_days);
          return;
        }
        expect(filing, `deadlines: ${doc.deadlines.map((d) => d.kind).join(', ')}`).toBeDefined();
        expect(filing!.stated?.days).toBe(label.appeal_deadline_days);
        expect(filing!.due).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }
    },
  );

  it('passes known facts to the engine', async () => {
    const template = corpusLetter('blank-template/ma-ndmc-blank');
    const args = ['check', '--json', '--as-of', AS_OF, template.path];
    const facts = [
      '--regime',
      'medicare_ffs',
      '--notice-date',
      '2025-11-03',
      '--service-type',
      'urgent',
    ];
    const [withFacts, without] = await Promise.all([
      cli([...args, ...facts], NO_DB),
      cli(args, NO_DB),
    ]);
    expect(withFacts.code, withFacts.stderr).toBe(0);
    const doc = JSON.parse(withFacts.stdout) as RecordCheckResult;
    expect(doc.regime).toBe('medicare_ffs');
    expect(doc.regimeEvidence.decidedBy).toBe('facts');
    expect(doc.serviceType).toMatchObject({ value: 'urgent', decidedBy: 'facts' });
    // The deadlines count from the given notice date, which the blank template itself lacks.
    expect(JSON.stringify(doc.deadlines)).toContain('2025-11-03');
    expect(without.stdout).not.toContain('2025-11-03');
    expect(doc).toEqual(
      JSON.parse(
        JSON.stringify(
          analyzeDenial(template.text, {
            facts: { regime: 'medicare_ffs', noticeDate: '2025-11-03', serviceType: 'urgent' },
            asOf: AS_OF,
          }),
        ),
      ),
    );
  });

  it('prints the readable report without --json', async () => {
    const letter = letters.find((l) => l.label.file.startsWith('plan-letter/'))!;
    const r = await cli(['check', '--as-of', AS_OF, letter.path], NO_DB);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `RECORD CHECK: ${letter.label.category} / ${letter.label.regime}`,
    );
    expect(r.stdout).toContain('REQUIRED DISCLOSURES');
    expect(r.stdout).toContain('----- request letter: paste from the next line -----');
    for (const l of r.stdout.split('\n')) expect(l.length).toBeLessThanOrEqual(100);
    // The report is PHI: nothing of it goes to stderr.
    expect(r.stderr).toBe('');
  });

  it('prints a deadline without its anchor date as needing the notice date, then times it once given', async () => {
    const template = corpusLetter('blank-template/medicaid-nabd-blank');
    const [untimed, timed] = await Promise.all([
      cli(['check', '--as-of', AS_OF, template.path], NO_DB),
      cli(['check', '--as-of', AS_OF, '--notice-date', '2026-01-05', template.path], NO_DB),
    ]);
    expect(untimed.code, untimed.stderr).toBe(0);
    expect(untimed.stdout).toMatch(/member_appeal_filing: needs the notice date \(60 calendar/);
    // Never calendared from the analysis day.
    expect(untimed.stdout).not.toContain(AS_OF);
    expect(timed.code, timed.stderr).toBe(0);
    expect(timed.stdout).not.toContain('needs the notice date');
    // 60 days from 2026-01-05 under 42 CFR 438.402(c)(2)(ii).
    expect(timed.stdout).toContain('2026-03-06');
    expect(timed.stdout).toContain('438.402(c)(2)(ii)');
  });
});

describe('check on PDFs and other files', () => {
  const letters = sampleLetters();

  it.each(letters)(
    '$label.file as a PDF: same category and regime as the text',
    async ({ text, path }) => {
      const pdf = join(work, 'letter.pdf');
      writeFileSync(pdf, (await renderTestPdf([{ text }])).bytes);
      const [fromPdf, fromTxt] = await Promise.all([
        cli(['check', '--json', '--as-of', AS_OF, pdf], NO_DB),
        cli(['check', '--json', '--as-of', AS_OF, path], NO_DB),
      ]);
      expect(fromPdf.code, fromPdf.stderr).toBe(0);
      const a = JSON.parse(fromPdf.stdout) as RecordCheckResult;
      const b = JSON.parse(fromTxt.stdout) as RecordCheckResult;
      expect([a.category, a.regime]).toEqual([b.category, b.regime]);
    },
  );

  it('refuses an encrypted PDF with exit 1', async () => {
    const file = join(work, 'locked.pdf');
    writeFileSync(
      file,
      (
        await renderTestPdf([{ text: letters[0]!.text }], {
          userPassword: 'secret',
          ownerPassword: 'secret-owner',
        })
      ).bytes,
    );
    const r = await cli(['check', file], NO_DB);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/password-protected.*DOCUMENT_ENCRYPTED/);
    expect(r.stdout).toBe('');
  });

  it('refuses random bytes with exit 1', async () => {
    const file = join(work, 'junk.bin');
    writeFileSync(file, randomBytes(8192));
    const r = await cli(['check', '--json', file], NO_DB);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unsupported type.*DOCUMENT_UNSUPPORTED/);
    expect(r.stdout).toBe('');
  });

  it('sends an image-only (scanned) PDF to OCR with exit 3', async () => {
    const file = join(work, 'scan.pdf');
    writeFileSync(file, (await renderTestPdf([{ image: stripedPng(600, 800) }])).bytes);
    const r = await cli(['check', file], NO_DB);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/this document has no text layer \(.*page 1.*\); OCR is needed/);
    expect(r.stdout).toBe('');
  });
});

describe('check --json on the sample 835s', () => {
  it.each(sampleRemittances())(
    '$label.file: the claims projection equals the labels',
    async ({ label, path }: SampleRemittance) => {
      const r = await cli(['check', '--json', path], NO_DB);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as unknown;
      expect(doc).toEqual(expectedProjection(label));
      // Non-fatal parse errors are warnings on stderr, one per error, and do not fail the run.
      const errors = parse835(readFileSync(path)).errors;
      const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning: segment '));
      expect(warnings).toHaveLength(errors.length);
    },
  );

  it('fails a fatal X12 error with exit 1 naming the segment', async () => {
    const file = join(work, 'cut.835');
    const sample = sampleRemittances()[0]!;
    writeFileSync(file, readFileSync(sample.path).subarray(0, 60));
    const r = await cli(['check', '--json', file], NO_DB);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a readable 835 \(X12_TRUNCATED\): segment 1 \(ISA\): /);
  });
});

describe('import-835', () => {
  let db: TestDatabase;
  let owner: Client;
  const tenant = randomUUID();
  const sample = () => sampleRemittances().find((s) => s.label.file === 'medicaid-denied-lq.835')!;
  const importEnv = () => ({ DATABASE_APP_URL: db.appUrl, DATABASE_URL: undefined });

  async function createTenant(id: string): Promise<void> {
    await owner.query(`insert into tenants (id, name, kind) values ($1, $2, 'CLINIC')`, [
      id,
      `CLI ${id.slice(0, 8)}`,
    ]);
  }

  async function counts(id: string) {
    const { rows } = await owner.query<Record<string, string>>(
      `select (select count(*) from claims where tenant_id = $1) as claims,
              (select count(*) from denials where tenant_id = $1) as denials,
              (select count(*) from patients where tenant_id = $1) as patients,
              (select count(*) from payers where tenant_id = $1) as payers,
              (select count(*) from audit_events where tenant_id = $1) as audits`,
      [id],
    );
    return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
  }

  const NOTHING = { claims: 0, denials: 0, patients: 0, payers: 0, audits: 0 };

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await createTenant(tenant);
  });

  afterAll(async () => {
    await owner?.end();
    await db?.drop();
  });

  it('imports the fully denied claim as one claim and one missing_information denial', async () => {
    const r = await cli(['import-835', sample().path, '--tenant', tenant], importEnv());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Claims created +1\n/);
    expect(r.stdout).toMatch(/Denials created +1\n/);
    // stderr is not a TTY here: no bar, one final line.
    expect(r.stderr).toMatch(/^read .* of .*: claims 1, denied 1\n$/);
    expect(await counts(tenant)).toMatchObject({ claims: 1, denials: 1, audits: 1 });
    const { rows } = await owner.query<{ category: string; carc: string[]; claim_number: string }>(
      `select d.category, d.carc, c.claim_number from denials d join claims c on c.id = d.claim_id where d.tenant_id = $1`,
      [tenant],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.category).toBe('missing_information');
    expect(rows[0]!.carc).toContain('CO-16');
    expect(rows[0]!.claim_number).toBe(sample().label.claims[0]!.claim_id);
  });

  it('writes a counts-only audit row (no PHI, no file name)', async () => {
    const { rows } = await owner.query<{
      action: string;
      entity_type: string;
      meta: Record<string, unknown>;
    }>(`select action, entity_type, meta from audit_events where tenant_id = $1 order by id`, [
      tenant,
    ]);
    expect(rows[0]).toMatchObject({ action: 'cli.importRemittance', entity_type: 'Remittance' });
    const meta = rows[0]!.meta;
    expect(meta).toMatchObject({
      claimsRead: 1,
      deniedClaims: 1,
      claimsCreated: 1,
      denialsCreated: 1,
      alreadyImported: 0,
    });
    for (const v of Object.values(meta)) expect(typeof v).toBe('number');
    const text = JSON.stringify(meta);
    expect(text).not.toContain('medicaid-denied-lq');
    expect(text).not.toContain(sample().label.claims[0]!.claim_id);
  });

  it('creates nothing new when the same file is imported again', async () => {
    const before = await counts(tenant);
    const r = await cli(['import-835', sample().path, '--tenant', tenant], importEnv());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Claims created +0\n/);
    expect(r.stdout).toMatch(/Already imported +1\n/);
    expect(await counts(tenant)).toEqual({ ...before, audits: before.audits! + 1 });
  });

  it('fails for a tenant that does not exist, leaving nothing', async () => {
    const ghost = randomUUID();
    const r = await cli(['import-835', sample().path, '--tenant', ghost], importEnv());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`tenant not found: ${ghost}`);
    expect(await counts(ghost)).toEqual(NOTHING);
  });

  it('fails without a database setting', async () => {
    const r = await cli(['import-835', sample().path, '--tenant', tenant], NO_DB);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No database configured: set DATABASE_APP_URL/);
  });

  describe('all or nothing', () => {
    // More denied claims than one write batch (2,000), so rows ARE written inside the transaction
    // before the truncation is noticed at the end of the file.
    const full = generate835({ claims: 2100, deniedRatio: 1, seed: 11 });
    const denied = parse835(full).claims.filter((c) => denialOf(c)).length;

    it('imports the complete generated file (control)', async () => {
      expect(denied).toBeGreaterThan(2000);
      const id = randomUUID();
      await createTenant(id);
      const file = join(work, 'full.835');
      writeFileSync(file, full);
      const r = await cli(['import-835', file, '--tenant', id], importEnv());
      expect(r.code, r.stderr).toBe(0);
      expect(await counts(id)).toMatchObject({ claims: denied, denials: denied, audits: 1 });
    });

    it('leaves no rows when the file is truncated', async () => {
      const id = randomUUID();
      await createTenant(id);
      const file = join(work, 'truncated.835');
      writeFileSync(file, full.slice(0, full.lastIndexOf('SE*')));
      const r = await cli(['import-835', file, '--tenant', id], importEnv());
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/X12|incomplete|truncated/i);
      expect(r.stderr).toContain('nothing was imported');
      expect(await counts(id)).toEqual(NOTHING);
    });

    it('leaves no rows for garbage', async () => {
      const id = randomUUID();
      await createTenant(id);
      const file = join(work, 'garbage.835');
      writeFileSync(file, randomBytes(4096));
      const r = await cli(['import-835', file, '--tenant', id], importEnv());
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/not a readable 835 \(X12_[A-Z_]+\): /);
      // Junk bytes are not echoed to the terminal.
      expect(r.stderr).toMatch(/^[\x20-\x7e\n]*$/);
      expect(await counts(id)).toEqual(NOTHING);
    });
  });
});
