import { graphql } from '@claimlane/web-data-access';

/**
 * Counts from the worklist connection's totalCount, one alias per stage and per category, until the
 * API has a stats query (the worklist rebuild adds one). Two requests because the API caps an
 * operation at 20 root fields; neither returns case rows.
 */
export const analyticsCountsQuery = graphql(`
  query AnalyticsCounts($dueBefore: DateTime!, $open: [AppealStage!]) {
    all: appealCases(first: 1) {
      totalCount
    }
    dueThisWeek: appealCases(first: 1, filter: { deadlineBefore: $dueBefore, stage: $open }) {
      totalCount
    }
    payerLate {
      id
      amountAtStake
    }
    stage_intake: appealCases(first: 1, filter: { stage: [intake] }) {
      totalCount
    }
    stage_records_requested: appealCases(first: 1, filter: { stage: [records_requested] }) {
      totalCount
    }
    stage_evidence: appealCases(first: 1, filter: { stage: [evidence] }) {
      totalCount
    }
    stage_drafting: appealCases(first: 1, filter: { stage: [drafting] }) {
      totalCount
    }
    stage_submitted: appealCases(first: 1, filter: { stage: [submitted] }) {
      totalCount
    }
    stage_awaiting_decision: appealCases(first: 1, filter: { stage: [awaiting_decision] }) {
      totalCount
    }
    stage_next_level: appealCases(first: 1, filter: { stage: [next_level] }) {
      totalCount
    }
    stage_overturned: appealCases(first: 1, filter: { stage: [overturned] }) {
      totalCount
    }
    stage_partially_overturned: appealCases(first: 1, filter: { stage: [partially_overturned] }) {
      totalCount
    }
    stage_upheld: appealCases(first: 1, filter: { stage: [upheld] }) {
      totalCount
    }
    stage_closed: appealCases(first: 1, filter: { stage: [closed] }) {
      totalCount
    }
  }
`);

export const analyticsCategoryCountsQuery = graphql(`
  query AnalyticsCategoryCounts($open: [AppealStage!]) {
    category_medical_necessity: appealCases(
      first: 1
      filter: { category: [medical_necessity], stage: $open }
    ) {
      totalCount
    }
    category_prior_authorization: appealCases(
      first: 1
      filter: { category: [prior_authorization], stage: $open }
    ) {
      totalCount
    }
    category_eligibility_coverage: appealCases(
      first: 1
      filter: { category: [eligibility_coverage], stage: $open }
    ) {
      totalCount
    }
    category_coding_billing: appealCases(
      first: 1
      filter: { category: [coding_billing], stage: $open }
    ) {
      totalCount
    }
    category_missing_information: appealCases(
      first: 1
      filter: { category: [missing_information], stage: $open }
    ) {
      totalCount
    }
    category_timely_filing: appealCases(
      first: 1
      filter: { category: [timely_filing], stage: $open }
    ) {
      totalCount
    }
    category_out_of_network: appealCases(
      first: 1
      filter: { category: [out_of_network], stage: $open }
    ) {
      totalCount
    }
    category_experimental_investigational: appealCases(
      first: 1
      filter: { category: [experimental_investigational], stage: $open }
    ) {
      totalCount
    }
    category_coordination_of_benefits: appealCases(
      first: 1
      filter: { category: [coordination_of_benefits], stage: $open }
    ) {
      totalCount
    }
    category_duplicate: appealCases(first: 1, filter: { category: [duplicate], stage: $open }) {
      totalCount
    }
    category_other: appealCases(first: 1, filter: { category: [other], stage: $open }) {
      totalCount
    }
  }
`);

export const STAGES = [
  'intake',
  'records_requested',
  'evidence',
  'drafting',
  'submitted',
  'awaiting_decision',
  'next_level',
  'overturned',
  'partially_overturned',
  'upheld',
  'closed',
] as const;
export const CATEGORIES = [
  'medical_necessity',
  'prior_authorization',
  'eligibility_coverage',
  'coding_billing',
  'missing_information',
  'timely_filing',
  'out_of_network',
  'experimental_investigational',
  'coordination_of_benefits',
  'duplicate',
  'other',
] as const;
