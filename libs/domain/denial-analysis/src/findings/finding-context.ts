import type { DenialCategory, Regime, ServiceType } from '@claimlane/shared-contracts';
import type { Extraction } from '../extract/extract-fields';
import type { CategoryEvidence, DisclosureAssessment } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';

export interface FindingContext {
  p: PreparedText;
  x: Extraction;
  regime: Regime;
  category: DenialCategory;
  categoryEvidence: CategoryEvidence;
  serviceType: ServiceType | null;
  disclosures: DisclosureAssessment[];
  /** Payer, notice and service dates after known facts were applied. */
  payer: string | null;
  noticeDate: string | null;
  serviceDates: string[];
  clinicalBasis: boolean;
  documentationGap: boolean;
}

/** Decisions that rest on medical judgment, for which reviewer qualifications matter. */
export function isMedicalJudgment(
  ctx: Pick<FindingContext, 'category' | 'clinicalBasis'>,
): boolean {
  return (
    ctx.category === 'medical_necessity' ||
    ctx.category === 'experimental_investigational' ||
    (ctx.category === 'prior_authorization' && ctx.clinicalBasis)
  );
}
