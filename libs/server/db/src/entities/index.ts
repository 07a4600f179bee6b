import { ApiKeyEntity } from './api-key.entity';
import { AppealCaseEntity } from './appeal-case.entity';
import { AuditEventEntity } from './audit-event.entity';
import { ClaimEntity } from './claim.entity';
import { DeadlineEntity } from './deadline.entity';
import { DenialEntity } from './denial.entity';
import { DocumentEntity } from './document.entity';
import { FindingEntity } from './finding.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { NotificationEntity } from './notification.entity';
import { TimelineEventEntity } from './timeline-event.entity';
import { PatientEntity } from './patient.entity';
import { PayerEntity } from './payer.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { TenantEntity } from './tenant.entity';
import { UserEntity } from './user.entity';

export {
  ApiKeyEntity,
  AppealCaseEntity,
  AuditEventEntity,
  ClaimEntity,
  DeadlineEntity,
  DenialEntity,
  DocumentEntity,
  FindingEntity,
  InvitationEntity,
  MembershipEntity,
  NotificationEntity,
  PatientEntity,
  PayerEntity,
  RefreshTokenEntity,
  TenantEntity,
  TimelineEventEntity,
  UserEntity,
};
export type { AppealLevelKind } from './appeal-case.entity';
export type { DeadlineStatus } from './deadline.entity';
export type { DocumentKind, DocumentStatus } from './document.entity';

export const ALL_ENTITIES = [
  TenantEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  ApiKeyEntity,
  RefreshTokenEntity,
  AuditEventEntity,
  PayerEntity,
  PatientEntity,
  DocumentEntity,
  ClaimEntity,
  DenialEntity,
  AppealCaseEntity,
  DeadlineEntity,
  FindingEntity,
  NotificationEntity,
  TimelineEventEntity,
];
