import { Args, Field, ID, Mutation, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CASE_NOTE_MAX_CHARS,
  TenantContext,
  appendTimelineEvent,
  caseLoaders,
  insertCaseNote,
  type AppealCaseEntity,
  type CaseNoteRow,
  type UserEntity,
} from '@claimlane/server-db';
import { Errors, assertUuid, charLength } from '@claimlane/server-common';
import { RequirePermission, UserModel } from '@claimlane/server-auth';
import { AppealCaseModel } from './appeals.models';

@ObjectType('CaseNote', {
  description: 'Free text a team member wrote on a case (PHI: every read and write is audited)',
})
export class CaseNoteModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
  /** Not a GraphQL field: the author resolves through the operation's user loader. */
  authorId!: string | null;
}

// NUL is refused for every request by the text-input plugin; checked here too so this rule does not
// depend on the plugin being installed (a NUL would be a server error inside the transaction).
const NUL = /\u0000/;

/** The body as stored (trimmed), or BAD_USER_INPUT with a message the form can show as it is. */
export function validNoteBody(body: string): string {
  const text = typeof body === 'string' ? body.trim() : '';
  if (!text) throw Errors.badInput('The note is empty', { field: 'body' });
  if (NUL.test(text)) throw Errors.badInput('The note contains a NUL character', { field: 'body' });
  if (charLength(text) > CASE_NOTE_MAX_CHARS)
    throw Errors.badInput(`A note is at most ${CASE_NOTE_MAX_CHARS} characters`, {
      field: 'body',
      maxChars: CASE_NOTE_MAX_CHARS,
    });
  return text;
}

/**
 * Case notes (issue 10). `AppealCase.notes` loads through the operation's loader (one statement per
 * operation however many cases); CaseNote is a PHI type, so the pipeline audits every note returned
 * and the mutation's own audit row names the note (never its text). The timeline records that a
 * note was added, without the text either: the timeline is shown more widely than notes are audited.
 */
@Resolver(() => AppealCaseModel)
export class CaseNotesResolver {
  @ResolveField(() => [CaseNoteModel], { description: "The case's notes, newest first" })
  notes(c: AppealCaseEntity): CaseNoteRow[] | Promise<CaseNoteRow[]> {
    return caseLoaders().notesByCase.get(c.id);
  }

  @RequirePermission('notes.write')
  @Mutation(() => CaseNoteModel, { description: 'Adds a note to a case (at most 4000 characters)' })
  async addCaseNote(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('body') body: string,
  ): Promise<CaseNoteRow> {
    const id = assertUuid(caseId, 'caseId');
    const text = validNoteBody(body);
    const tenantId = TenantContext.tenantId();
    const userId = TenantContext.current().userId;
    const m = TenantContext.manager();
    const note = await insertCaseNote(m, {
      tenantId,
      caseId: id,
      authorId: userId,
      body: text,
    });
    if (!note) throw Errors.notFound('Case');
    await appendTimelineEvent(m, {
      tenantId,
      caseId: id,
      kind: 'note_added',
      summary: 'Note added',
      data: { noteId: note.id },
      actorUserId: userId,
    });
    // The case page re-reads the case after this: the loader must not answer from before the insert.
    caseLoaders().notesByCase.clear(id);
    return note;
  }
}

@Resolver(() => CaseNoteModel)
export class CaseNoteFieldsResolver {
  @ResolveField(() => UserModel, {
    nullable: true,
    description: 'Who wrote it (null for an API key, or a user since removed)',
  })
  author(n: CaseNoteRow): UserEntity | Promise<UserEntity | null> | null {
    return n.authorId ? caseLoaders().user.get(n.authorId) : null;
  }
}
