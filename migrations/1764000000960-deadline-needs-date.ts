import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deadline whose anchor date (the notice or receipt date) is unknown is stored as `needs_date`: it
 * is shown with its rule and the question that gets the date, but it has no due time, so nothing can
 * time it, remind about it or declare it missed (issue 7). The check ties the status to the missing
 * due values, so a timed deadline can never lose its date and an untimed one can never gain a
 * made-up one (such as the analysis day).
 */
export class DeadlineNeedsDate1764000000960 implements MigrationInterface {
  name = 'DeadlineNeedsDate1764000000960';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table deadlines
      alter column due_at drop not null,
      alter column due_text drop not null,
      add column question text check (char_length(question) <= 500),
      drop constraint deadlines_status_check,
      add constraint deadlines_status_check
        check (status in ('open', 'met', 'missed', 'extended', 'cancelled', 'needs_date')),
      add constraint deadlines_needs_date_untimed
        check ((status = 'needs_date') = (due_at is null) and (due_at is null) = (due_text is null))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from deadlines where status = 'needs_date'`);
    await q.query(`alter table deadlines
      drop constraint deadlines_needs_date_untimed,
      drop constraint deadlines_status_check,
      add constraint deadlines_status_check
        check (status in ('open', 'met', 'missed', 'extended', 'cancelled')),
      drop column question,
      alter column due_at set not null,
      alter column due_text set not null`);
  }
}
