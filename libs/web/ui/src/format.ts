const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatMoney(amount: number | null | undefined): string {
  return amount == null ? '—' : money.format(amount);
}

const dateFmt = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** `2026-03-14` or an ISO instant → `Mar 14, 2026`; plain dates stay on their calendar day. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(plain ? `${value}T12:00:00` : value);
  return Number.isNaN(d.getTime()) ? value : dateFmt.format(d);
}

const DAY_MS = 86_400_000;

/** Whole days from now until `iso` (negative when past). */
export function daysUntil(iso: string, now: number = Date.now()): number {
  return Math.floor((new Date(iso).getTime() - now) / DAY_MS);
}

/** snake_case ids from the API → words for people (`prior_authorization` → `Prior authorization`). */
export function humanize(id: string | null | undefined): string {
  if (!id) return '—';
  const words = id.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const REGIME_LABELS: Record<string, string> = {
  erisa_group_health: 'ERISA group health',
  aca_individual: 'ACA individual',
  medicare_advantage: 'Medicare Advantage',
  medicare_ffs: 'Medicare FFS',
  medicaid_managed_care: 'Medicaid managed care',
  unknown: 'Unknown',
};

export function regimeLabel(regime: string | null | undefined): string {
  return regime ? (REGIME_LABELS[regime] ?? humanize(regime)) : '—';
}
