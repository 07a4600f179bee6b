import { Group, MultiSelect, Select } from '@mantine/core';
import type { AppealStage, AssignedTo, DenialCategory } from '@claimlane/web-data-access';
import { humanize } from '@claimlane/web-ui';

export interface WorklistFilterState {
  stages: AppealStage[];
  categories: DenialCategory[];
  /** Only cases with an open deadline within this many days. */
  dueWithinDays: number | null;
  /** Null shows everyone's cases; the worklist opens on ME_OR_UNASSIGNED. */
  assignedTo: AssignedTo | null;
}

export const ASSIGNED_OPTIONS: Array<{ value: AssignedTo | 'ALL'; label: string }> = [
  { value: 'ME_OR_UNASSIGNED', label: 'Me + unassigned' },
  { value: 'ME', label: 'Me' },
  { value: 'UNASSIGNED', label: 'Unassigned' },
  { value: 'ALL', label: 'Anyone' },
];

const STAGES: AppealStage[] = [
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
];
const CATEGORIES: DenialCategory[] = [
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
];

/** The filters the API's AppealCaseFilter supports today. */
export function WorklistFilters({
  value,
  onChange,
}: {
  value: WorklistFilterState;
  onChange: (v: WorklistFilterState) => void;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect
        label="Stage"
        placeholder={value.stages.length ? undefined : 'Any'}
        data={STAGES.map((s) => ({ value: s, label: humanize(s) }))}
        value={value.stages}
        onChange={(v) => onChange({ ...value, stages: v as AppealStage[] })}
        clearable
        w={240}
        size="xs"
      />
      <MultiSelect
        label="Category"
        placeholder={value.categories.length ? undefined : 'Any'}
        data={CATEGORIES.map((s) => ({ value: s, label: humanize(s) }))}
        value={value.categories}
        onChange={(v) => onChange({ ...value, categories: v as DenialCategory[] })}
        clearable
        w={240}
        size="xs"
      />
      <Select
        label="Due within"
        data={[
          { value: '', label: 'Any time' },
          { value: '7', label: '7 days' },
          { value: '14', label: '14 days' },
          { value: '30', label: '30 days' },
        ]}
        value={value.dueWithinDays === null ? '' : String(value.dueWithinDays)}
        onChange={(v) => onChange({ ...value, dueWithinDays: v ? Number(v) : null })}
        allowDeselect={false}
        w={130}
        size="xs"
      />
      <Select
        label="Assigned to"
        data={ASSIGNED_OPTIONS}
        value={value.assignedTo ?? 'ALL'}
        onChange={(v) =>
          onChange({ ...value, assignedTo: !v || v === 'ALL' ? null : (v as AssignedTo) })
        }
        allowDeselect={false}
        w={170}
        size="xs"
      />
    </Group>
  );
}
