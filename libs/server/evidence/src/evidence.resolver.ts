import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { assertUuid } from '@claimlane/server-common';
import { RequirePermission } from '@claimlane/server-auth';
import { CaseDocumentsService, type CaseDocumentRow } from './case-documents.service';
import { ContactsService, type ContactRow } from './contacts.service';
import { CriteriaService, type CriterionRow } from './criteria.service';
import {
  AddCarrierContactInput,
  AddCriterionInput,
  AttachCaseDocumentInput,
  CarrierContactModel,
  CaseCriteriaModel,
  CaseDocumentModel,
  CaseTimelineModel,
  CreateExhibitInput,
  CriterionModel,
  CriterionTextInput,
  ExhibitModel,
  LinkEvidenceInput,
  MatrixCompletenessModel,
  MatrixLinkModel,
  ReorderCriteriaInput,
  SplitCriteriaFromDocumentInput,
  SplitCriteriaInput,
} from './evidence.models';
import { ExhibitsService, type ExhibitRow } from './exhibits.service';
import { MatrixService, type MatrixLinkRow } from './matrix.service';
import { TimelineService } from './timeline.service';
import type { MatrixCompleteness } from '@claimlane/domain-letters';

const exhibitModel = (e: ExhibitRow): ExhibitModel => ({ ...e, sealed: e.sealedAt !== null });
const completenessModel = (caseId: string, m: MatrixCompleteness): MatrixCompletenessModel => ({
  id: caseId,
  ...m,
});

/** Documents, criteria, exhibits, the matrix, contacts and the timeline of a case (root fields only). */
@Resolver()
export class EvidenceResolver {
  constructor(
    private readonly documents: CaseDocumentsService,
    private readonly criteria: CriteriaService,
    private readonly exhibitService: ExhibitsService,
    private readonly matrix: MatrixService,
    private readonly contacts: ContactsService,
    private readonly timeline: TimelineService,
  ) {}

  @RequirePermission('evidence.read')
  @Query(() => [CaseDocumentModel])
  caseDocuments(@Args('caseId', { type: () => ID }) caseId: string): Promise<CaseDocumentRow[]> {
    return this.documents.list(assertUuid(caseId, 'caseId'));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => CaseDocumentModel)
  attachCaseDocument(@Args('input') input: AttachCaseDocumentInput): Promise<CaseDocumentRow> {
    return this.documents.attach(input);
  }

  @RequirePermission('evidence.read')
  @Query(() => CaseCriteriaModel)
  async caseCriteria(
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseCriteriaModel> {
    const items = await this.criteria.list(assertUuid(caseId, 'caseId'));
    const set = await this.criteria.set(caseId);
    return {
      id: caseId,
      criteriaReceived: items.length > 0,
      rootGroup: set?.rootGroup ?? 'all',
      rootMin: set?.rootMin ?? null,
      policyId: set?.policyId ?? null,
      policyVersion: set?.policyVersion ?? null,
      readyToSubmitAt: set?.readyAt ?? null,
      items,
    };
  }

  @RequirePermission('evidence.write')
  @Mutation(() => CriterionModel)
  addCriterion(@Args('input') input: AddCriterionInput): Promise<CriterionRow> {
    return this.criteria.add(input);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => [CriterionModel], {
    description: 'Splits pasted policy text; all stored or none',
  })
  splitCriteria(@Args('input') input: SplitCriteriaInput): Promise<CriterionRow[]> {
    return this.criteria.splitFromText(input);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => [CriterionModel])
  splitCriteriaFromDocument(
    @Args('input') input: SplitCriteriaFromDocumentInput,
  ): Promise<CriterionRow[]> {
    return this.criteria.splitFromDocument(input);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => [CriterionModel])
  reorderCriteria(@Args('input') input: ReorderCriteriaInput): Promise<CriterionRow[]> {
    return this.criteria.reorder(input.caseId, input.orderedIds);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => CriterionModel, { description: 'A written explanation instead of evidence' })
  setCriterionExplanation(@Args('input') input: CriterionTextInput): Promise<CriterionRow> {
    return this.criteria.setAnswer(input.criterionId, 'explanation', input.text ?? null);
  }

  @RequirePermission('letters.clinicianAnswer')
  @Mutation(() => CriterionModel, { description: 'The clinician’s answer for the provider letter' })
  setClinicianAnswer(@Args('input') input: CriterionTextInput): Promise<CriterionRow> {
    return this.criteria.setAnswer(input.criterionId, 'clinician_answer', input.text ?? null);
  }

  @RequirePermission('evidence.read')
  @Query(() => [ExhibitModel])
  async exhibits(@Args('caseId', { type: () => ID }) caseId: string): Promise<ExhibitModel[]> {
    return (await this.exhibitService.list(assertUuid(caseId, 'caseId'))).map(exhibitModel);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => ExhibitModel)
  async createExhibit(@Args('input') input: CreateExhibitInput): Promise<ExhibitModel> {
    return exhibitModel(await this.exhibitService.create(input));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => ExhibitModel)
  async sealExhibit(@Args('id', { type: () => ID }) id: string): Promise<ExhibitModel> {
    return exhibitModel(await this.exhibitService.seal(id));
  }

  @RequirePermission('evidence.read')
  @Query(() => [MatrixLinkModel])
  matrixLinks(@Args('caseId', { type: () => ID }) caseId: string): Promise<MatrixLinkRow[]> {
    return this.matrix.list(assertUuid(caseId, 'caseId'));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => MatrixLinkModel)
  linkEvidence(@Args('input') input: LinkEvidenceInput): Promise<MatrixLinkRow> {
    return this.matrix.link(input);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => ID)
  unlinkEvidence(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.matrix.unlink(id);
  }

  @RequirePermission('evidence.read')
  @Query(() => MatrixCompletenessModel)
  async matrixCompleteness(
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<MatrixCompletenessModel> {
    return completenessModel(caseId, await this.matrix.completeness(assertUuid(caseId, 'caseId')));
  }

  @RequirePermission('cases.markReady')
  @Mutation(() => MatrixCompletenessModel, {
    description:
      'Refused (CONFLICT, MATRIX_INCOMPLETE) while a criterion lacks evidence and explanation',
  })
  async markReadyToSubmit(
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<MatrixCompletenessModel> {
    return completenessModel(
      caseId,
      await this.matrix.markReadyToSubmit(assertUuid(caseId, 'caseId')),
    );
  }

  @RequirePermission('evidence.read')
  @Query(() => [CarrierContactModel])
  carrierContacts(@Args('caseId', { type: () => ID }) caseId: string): Promise<ContactRow[]> {
    return this.contacts.list(assertUuid(caseId, 'caseId'));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => CarrierContactModel)
  addCarrierContact(@Args('input') input: AddCarrierContactInput): Promise<ContactRow> {
    return this.contacts.add(input);
  }

  @RequirePermission('evidence.read')
  @Query(() => CaseTimelineModel)
  async caseTimeline(
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseTimelineModel> {
    return { id: caseId, entries: await this.timeline.forCase(assertUuid(caseId, 'caseId')) };
  }
}
