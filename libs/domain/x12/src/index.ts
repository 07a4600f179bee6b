export type {
  AdjustmentGroup,
  ClaimAdjustment,
  ClaimParty,
  ClaimPayment,
  DatePeriod,
  PayeeRef,
  PayerRef,
  ServiceLine,
} from './claim-payment.types';
export type {
  FunctionalGroupHeader,
  InterchangeHeader,
  Parse835Result,
  PaymentInfo,
  ProviderAdjustment,
  TransactionHeader,
} from './remittance-envelope.types';
export { X12ParseError, type X12Error, type X12ErrorCode } from './x12-error';
export type { X12Separators } from './separators';
export {
  CLAIM_STATUS_CODES,
  claimStatusInfo,
  isDeniedStatus,
  type ClaimStatusInfo,
  type ClaimStatusOutcome,
} from './claim-status';
export { parse835 } from './parse-835';
export { X835StreamParser, type X12Chunk, type X835StreamOptions } from './x835-stream-parser';
export { stream835Claims, type Stream835Summary } from './stream-835-claims';
export { generate835, generate835Chunks, type Generate835Options } from './generate-835';
