import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { RecordCheckResult } from '@claimlane/domain-denial-analysis';
import type { DenialCategory, Regime } from '@claimlane/shared-contracts';
import { DenialCategoryEnum, GraphQLJSON, RegimeEnum } from '@claimlane/server-common';

@ObjectType('DocumentKindVerdict', {
  description: 'What the text is: an adverse determination or not (approval, payment notice…)',
})
export class DocumentKindVerdictModel {
  @Field({
    description: 'denial, partial_denial, approval, payment_notice or request_for_information',
  })
  value!: string;
  @Field(() => Float, { description: '0..1; below 0.6 the verdict is a guess' })
  confidence!: number;
  @Field() evidenceKind!: string;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) decidingQuestion!: string | null;
}

@ObjectType('PendingDeadline', {
  description:
    'A deadline that applies but has no date to count from (status needs_date): shown, never timed',
})
export class PendingDeadlineModel {
  @Field() kind!: string;
  @Field({ description: 'Always needs_date' }) status!: string;
  @Field({ description: 'The event whose date starts the clock (notice_date, receipt…)' })
  anchorEvent!: string;
  @Field(() => Int) amount!: number;
  @Field({ description: 'calendar_days, business_days, hours or months' }) unit!: string;
  @Field() party!: string;
  @Field() rule!: string;
  @Field() citation!: string;
  @Field() label!: string;
  @Field({ description: 'The question whose answer (a date) times the deadline' })
  question!: string;
  @Field(() => Int, { nullable: true, description: 'The window the letter itself states, in days' })
  statedDays!: number | null;
}

@ObjectType('UserQuestion', {
  description: 'A question whose answer decides what the letter leaves open',
})
export class UserQuestionModel {
  @Field({ description: 'document_kind, category, regime or notice_date' }) decides!: string;
  @Field() text!: string;
}

@ObjectType('RecordCheckResult', {
  description:
    'The Record Check, typed where clients act on it; the whole analysis document stays in `analysis`',
})
export class RecordCheckResultModel {
  @Field(() => DocumentKindVerdictModel) documentKind!: DocumentKindVerdictModel;
  @Field(() => DenialCategoryEnum) category!: DenialCategory;
  @Field(() => RegimeEnum) regime!: Regime;
  @Field(() => [PendingDeadlineModel]) pendingDeadlines!: PendingDeadlineModel[];
  @Field(() => [UserQuestionModel]) questionsForUser!: UserQuestionModel[];
  @Field(() => GraphQLJSON, {
    description: 'The full analysis document (as the recordCheck query)',
  })
  analysis!: Record<string, unknown>;
}

/**
 * The typed view of an analysis. Stored analyses written by an older engine may lack the additive
 * fields: they read as a denial with nothing pending.
 */
export function toRecordCheckResultModel(a: RecordCheckResult): RecordCheckResultModel {
  const kind = a.documentKind as RecordCheckResult['documentKind'] | undefined;
  return {
    documentKind: {
      value: kind?.value ?? 'denial',
      confidence: kind?.confidence ?? 0,
      evidenceKind: kind?.evidenceKind ?? 'inferred',
      reason: kind?.reason ?? 'Analysed before the engine reported the document kind',
      decidingQuestion: kind?.decidingQuestion ?? null,
    },
    category: a.category,
    regime: a.regime,
    pendingDeadlines: (a.pendingDeadlines ?? []).map((p) => ({
      kind: p.kind,
      status: p.status,
      anchorEvent: p.anchorEvent,
      amount: p.amount,
      unit: p.unit,
      party: p.party,
      rule: p.rule,
      citation: p.citation,
      label: p.label,
      question: p.question,
      statedDays: p.stated?.days ?? null,
    })),
    questionsForUser: (a.questionsForUser ?? []).map((q) => ({ decides: q.decides, text: q.text })),
    analysis: a as unknown as Record<string, unknown>,
  };
}
