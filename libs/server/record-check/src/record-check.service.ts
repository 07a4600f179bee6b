import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import {
  analyzeDenial,
  type KnownFacts,
  type RecordCheckResult,
} from '@claimlane/domain-denial-analysis';
import { checkDenialDates } from '@claimlane/domain-appeal-process';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import {
  AppealCaseEntity,
  DenialEntity,
  DocumentEntity,
  FindingEntity,
  TenantContext,
  tenantToday,
} from '@claimlane/server-db';
import { countRecordCheck } from '@claimlane/server-observability';
import {
  Errors,
  REDIS,
  assertUuid,
  hitRateLimit,
  type RequestAuth,
} from '@claimlane/server-common';
import { AppealCaseService } from '@claimlane/server-appeals';
import { caseFromAnalysis, findingRows } from './analysis-to-case';
import { assertLetterText } from './letter-input';
import type { CreateCaseFromDenialInput, KnownFactsInput } from './record-check.models';

/**
 * Dates the user types must be possible (issue 9): a notice or receipt in the future is a typo that
 * would calendar the member's deadline late. `today` is the clinic's day (or, on the public check,
 * where the visitor's zone is unknown, UTC's next day).
 */
function assertPossibleDates(f: KnownFactsInput, today: string): void {
  const problem = checkDenialDates(f, today);
  if (problem)
    throw Errors.badInput(problem.message, { field: problem.field, reason: problem.reason });
}

function toFacts(f: KnownFactsInput | undefined, today: string): KnownFacts {
  if (!f) return {};
  assertPossibleDates(f, today);
  const out: KnownFacts = {};
  if (f.regime) out.regime = f.regime;
  if (f.noticeDate) out.noticeDate = f.noticeDate;
  if (f.receivedDate) out.receivedDate = f.receivedDate;
  if (f.serviceDate) out.serviceDate = f.serviceDate;
  if (f.payer) out.payer = f.payer;
  if (f.serviceType) out.serviceType = f.serviceType;
  if (f.state) out.state = f.state.toUpperCase();
  return out;
}

/** The public check has no clinic: a day of slack covers the zones ahead of UTC. */
const publicLatestDay = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const utcToday = () => new Date().toISOString().slice(0, 10);

/**
 * A date the letter prints fills a gap on the denial (a scan OCRed onto a case opened without it),
 * so its needs_date deadlines get timed; a date the team entered stays. An impossible one (future,
 * receipt before notice) is left for a person: it would calendar the deadline late.
 */
function fillLetterDates(denial: DenialEntity, analysis: RecordCheckResult, latest: string): void {
  const notice = analysis.fields.noticeDate?.value;
  if (!denial.noticeDate && notice && notice <= latest) denial.noticeDate = notice;
  const received = analysis.fields.receivedDate?.value;
  if (
    !denial.receivedDate &&
    received &&
    received <= latest &&
    (!denial.noticeDate || received >= denial.noticeDate)
  )
    denial.receivedDate = received;
}

@Injectable()
export class RecordCheckService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly cases: AppealCaseService,
  ) {}

  /** The free public check: rate-limited per IP, nothing stored, nothing logged. */
  async publicCheck(
    text: string,
    facts: KnownFactsInput | undefined,
    ip: string,
  ): Promise<RecordCheckResult> {
    await hitRateLimit(
      this.redis,
      `record-check:ip:${ip}`,
      this.config.RECORD_CHECK_IP_LIMIT_PER_MINUTE,
      60,
    );
    countRecordCheck('public');
    return analyzeDenial(assertLetterText(text, this.config.MAX_LETTER_CHARS), {
      facts: toFacts(facts, publicLatestDay()),
      asOf: utcToday(),
    });
  }

  async createCase(auth: RequestAuth, input: CreateCaseFromDenialInput): Promise<AppealCaseEntity> {
    // An explicit null (GraphQL allows it for optional fields) counts as absent.
    if ((input.text == null) === (input.documentId == null)) {
      throw Errors.badInput('Give exactly one of text or documentId');
    }
    let text: string;
    let documentId: string | null = null;
    if (input.documentId != null) {
      const doc = await TenantContext.manager()
        .getRepository(DocumentEntity)
        .findOneBy({ id: assertUuid(input.documentId, 'documentId') });
      if (!doc) throw Errors.notFound('Document');
      if (doc.status === 'needs_ocr')
        throw Errors.conflict('This document has no text layer yet; it is waiting for OCR', {
          reason: 'NEEDS_OCR',
        });
      if (doc.kind === 'remittance_835')
        throw Errors.badInput('This is an 835 remittance: use importRemittance', {
          field: 'documentId',
        });
      text = (doc.pageText ?? []).join('\n\n');
      documentId = doc.id;
    } else {
      text = input.text!;
    }
    assertLetterText(text, this.config.MAX_LETTER_CHARS);
    const today = await tenantToday(TenantContext.manager(), TenantContext.tenantId());
    const facts = toFacts(input.facts, today);
    countRecordCheck('case');
    const analysis = analyzeDenial(text, { facts, asOf: today });
    const parts = caseFromAnalysis(analysis, text, {
      payerName: facts.payer,
      sourceDocumentId: documentId,
      title: input.title,
      today,
    });
    if (input.assigneeId)
      parts.caseFields.assigneeUserId = await this.cases.assertMember(input.assigneeId);
    return this.cases.createCase(auth, parts);
  }

  /** Runs the current engine again over the stored letter; facts the team corrected on the denial win. */
  async reanalyze(id: string): Promise<DenialEntity> {
    const m = TenantContext.manager();
    const denial = await m
      .getRepository(DenialEntity)
      .createQueryBuilder('d')
      .addSelect('d.letterText')
      .where('d.id = :id', { id: assertUuid(id) })
      .getOne();
    if (!denial) throw Errors.notFound('Denial');
    if (!denial.letterText)
      throw Errors.conflict(
        'This denial has no letter text to analyse (it came from a remittance or was entered by hand)',
      );
    const facts: KnownFacts = {};
    if (denial.regime !== 'unknown') facts.regime = denial.regime;
    if (denial.noticeDate) facts.noticeDate = denial.noticeDate;
    if (denial.receivedDate) facts.receivedDate = denial.receivedDate;
    if (denial.serviceType) facts.serviceType = denial.serviceType;
    countRecordCheck('reanalyze');
    const today = await tenantToday(m, denial.tenantId);
    const analysis = analyzeDenial(denial.letterText, { facts, asOf: today });
    denial.analysis = analysis as unknown as Record<string, unknown>;
    denial.analyzedAt = new Date();
    fillLetterDates(denial, analysis, today);
    denial.category = analysis.category;
    denial.regime = analysis.regime;
    denial.carc = analysis.carc;
    denial.rarc = analysis.rarc;
    await m.getRepository(DenialEntity).save(denial);
    await m.getRepository(FindingEntity).delete({ tenantId: denial.tenantId, denialId: denial.id });
    const rows = findingRows(analysis);
    if (rows.length)
      await m
        .getRepository(FindingEntity)
        .insert(rows.map((r) => ({ ...r, tenantId: denial.tenantId, denialId: denial.id })));
    // A re-analysis can change the regime: the cases' deadlines and timers follow (issue 9).
    await this.cases.correctDeadlines(denial.id, 'reanalyzeDenial');
    return denial;
  }
}
