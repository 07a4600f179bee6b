import { Injectable } from '@nestjs/common';
import { Errors, assertUuid } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import {
  editSection,
  generateLetter,
  mergeEdits,
  type LetterContent,
  type LetterKind,
} from '@claimlane/domain-letters';
import { requireCase, sql, one } from '@claimlane/server-evidence';
import { LetterFactsLoader } from './letter-facts.loader';

export interface LetterRow {
  id: string;
  caseId: string;
  kind: LetterKind;
  currentVersion: number;
  signedOffBy: string | null;
  signedOffAt: Date | null;
  signedOffVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface LetterVersionRow {
  version: number;
  change: 'generated' | 'regenerated' | 'edited';
  editedSection: string | null;
  createdBy: string | null;
  createdAt: Date;
}

const SELECT = `select id, case_id as "caseId", kind, current_version as "currentVersion", signed_off_by as "signedOffBy",
  signed_off_at as "signedOffAt", signed_off_version as "signedOffVersion", created_at as "createdAt", updated_at as "updatedAt" from letters`;

export const MAX_PARAGRAPHS = 100;
export const MAX_PARAGRAPH_CHARS = 8_000;

/**
 * Letters as versioned structured content. Every change is a new version row (history is
 * append-only for the runtime role); regeneration keeps sections a person edited; a sign-off
 * applies to one version, so any later change needs a new sign-off.
 */
@Injectable()
export class LettersService {
  constructor(private readonly facts: LetterFactsLoader) {}

  async get(id: string): Promise<LetterRow> {
    const row = await one<LetterRow>(`${SELECT} where id = $1`, [assertUuid(id, 'letterId')]);
    if (!row) throw Errors.notFound('Letter');
    return row;
  }

  async list(caseId: string): Promise<LetterRow[]> {
    await requireCase(caseId);
    return sql<LetterRow>(`${SELECT} where case_id = $1 order by created_at, id`, [caseId]);
  }

  async content(id: string, version?: number | null): Promise<LetterContent> {
    const letter = await this.get(id);
    const v = version ?? letter.currentVersion;
    const row = await one<{ content: LetterContent }>(
      `select content from letter_versions where letter_id = $1 and version = $2`,
      [letter.id, v],
    );
    if (!row) throw Errors.notFound('Letter version');
    return row.content;
  }

  /** Current-version content of many letters in one query. */
  async currentContents(ids: string[]): Promise<Map<string, LetterContent>> {
    const rows = await sql<{ id: string; content: LetterContent }>(
      `select l.id, v.content from letters l join letter_versions v
         on v.tenant_id = l.tenant_id and v.letter_id = l.id and v.version = l.current_version
       where l.id = any($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.content]));
  }

  async versions(id: string): Promise<LetterVersionRow[]> {
    const letter = await this.get(id);
    return sql<LetterVersionRow>(
      `select version, change, edited_section as "editedSection", created_by as "createdBy", created_at as "createdAt"
       from letter_versions where letter_id = $1 order by version`,
      [letter.id],
    );
  }

  async generate(caseId: string, kind: LetterKind): Promise<LetterRow> {
    const content = generateLetter(kind, await this.facts.load(caseId));
    const rows = await sql<{ id: string }>(
      `insert into letters (tenant_id, case_id, kind, current_version, created_by) values ($1, $2, $3, 1, $4) returning id`,
      [TenantContext.tenantId(), caseId, kind, TenantContext.current().userId],
    );
    await this.addVersion(rows[0]!.id, 1, content, 'generated', null);
    return this.get(rows[0]!.id);
  }

  /** Rebuilds from the case's current evidence; sections a person edited are kept as written. */
  async regenerate(id: string, expectedVersion: number): Promise<LetterRow> {
    const letter = await this.lockAt(id, expectedVersion);
    const previous = await this.content(id);
    const fresh = generateLetter(letter.kind, await this.facts.load(letter.caseId));
    return this.bump(letter, mergeEdits(previous, fresh), 'regenerated', null);
  }

  async edit(
    id: string,
    expectedVersion: number,
    sectionKey: string,
    heading: string | null,
    paragraphs: string[],
  ): Promise<LetterRow> {
    if (
      paragraphs.length > MAX_PARAGRAPHS ||
      paragraphs.some((p) => p.length > MAX_PARAGRAPH_CHARS)
    ) {
      throw Errors.badInput(
        `A section holds at most ${MAX_PARAGRAPHS} paragraphs of ${MAX_PARAGRAPH_CHARS} characters`,
        {
          reason: 'SECTION_TOO_LONG',
        },
      );
    }
    const letter = await this.lockAt(id, expectedVersion);
    const current = await this.content(id);
    if (!current.sections.some((s) => s.key === sectionKey))
      throw Errors.badInput(`The letter has no section "${sectionKey}"`, {
        reason: 'SECTION_UNKNOWN',
      });
    return this.bump(
      letter,
      editSection(current, sectionKey, heading, paragraphs),
      'edited',
      sectionKey,
    );
  }

  /** The clinician's sign-off (who, when) for the current version. */
  async signOff(id: string, expectedVersion: number): Promise<LetterRow> {
    const letter = await this.lockAt(id, expectedVersion);
    await sql(
      `update letters set signed_off_by = $2, signed_off_at = now(), signed_off_version = current_version, updated_at = now() where id = $1`,
      [letter.id, TenantContext.current().userId],
    );
    return this.get(id);
  }

  /** A provider letter renders final only when its current version is signed off. */
  isSignedOff(letter: LetterRow): boolean {
    return letter.signedOffAt !== null && letter.signedOffVersion === letter.currentVersion;
  }

  private async lockAt(id: string, expectedVersion: number): Promise<LetterRow> {
    await sql(`select id from letters where id = $1 for update`, [assertUuid(id, 'letterId')]);
    const letter = await this.get(id);
    if (letter.currentVersion !== expectedVersion) {
      throw Errors.conflict(`The letter is at version ${letter.currentVersion}; reload and retry`, {
        reason: 'VERSION_MISMATCH',
        currentVersion: letter.currentVersion,
      });
    }
    return letter;
  }

  private async bump(
    letter: LetterRow,
    content: LetterContent,
    change: 'regenerated' | 'edited',
    section: string | null,
  ): Promise<LetterRow> {
    const next = letter.currentVersion + 1;
    await this.addVersion(letter.id, next, content, change, section);
    await sql(`update letters set current_version = $2, updated_at = now() where id = $1`, [
      letter.id,
      next,
    ]);
    return this.get(letter.id);
  }

  private async addVersion(
    letterId: string,
    version: number,
    content: LetterContent,
    change: 'generated' | 'regenerated' | 'edited',
    section: string | null,
  ): Promise<void> {
    await sql(
      `insert into letter_versions (tenant_id, letter_id, version, content, change, edited_section, created_by)
       values ($1, $2, $3, $4::jsonb, $5, $6, $7)`,
      [
        TenantContext.tenantId(),
        letterId,
        version,
        JSON.stringify(content),
        change,
        section,
        TenantContext.current().userId,
      ],
    );
  }
}
