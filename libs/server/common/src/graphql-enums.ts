import { registerEnumType } from '@nestjs/graphql';
import {
  APPEAL_OUTCOMES,
  APPEAL_STAGES,
  DENIAL_CATEGORIES,
  REGIMES,
  SERVICE_TYPES,
  type AppealOutcome,
  type AppealStage,
  type DenialCategory,
  type Regime,
  type ServiceType,
} from '@claimlane/shared-contracts';

function asEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/** GraphQL enums mirror the fixed ids of docs/architecture.md §5/§6 (lower_snake values, as in the JSON contract). */
export const DenialCategoryEnum = asEnum<DenialCategory>(DENIAL_CATEGORIES);
export const RegimeEnum = asEnum<Regime>(REGIMES);
export const AppealStageEnum = asEnum<AppealStage>(APPEAL_STAGES);
export const AppealOutcomeEnum = asEnum<AppealOutcome>(APPEAL_OUTCOMES);
export const ServiceTypeEnum = asEnum<ServiceType>(SERVICE_TYPES);

registerEnumType(DenialCategoryEnum, { name: 'DenialCategory' });
registerEnumType(RegimeEnum, { name: 'Regime' });
registerEnumType(AppealStageEnum, { name: 'AppealStage' });
registerEnumType(AppealOutcomeEnum, { name: 'AppealOutcome' });
registerEnumType(ServiceTypeEnum, { name: 'ServiceType' });
