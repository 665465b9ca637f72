import type { ViolationView } from '@outfall/domain/contracts/index';

/** The limit's words as the engine explained them ("daily maximum"), else its reference. */
export function limitLabel(v: ViolationView): string {
  const explanation = v.explanation as { limit?: { label?: unknown } } | null;
  const label = explanation?.limit?.label;
  if (typeof label === 'string') return label;
  return v.kind === 'monitoring' ? 'required sample not taken' : v.limitRef;
}

/** "3.52 mg/L vs 3.38 (+4%)". */
export function valueVsLimit(v: ViolationView): string {
  if (v.computedValue === null) return '—';
  const unit = v.unit ? ` ${v.unit}` : '';
  const limit = v.limitValue === null ? '' : ` vs ${v.limitValue}${unit}`;
  return `${trimNumber(v.computedValue)}${unit}${limit}`;
}

export function periodText(v: { periodStart: string; periodEnd: string }): string {
  return v.periodStart === v.periodEnd ? v.periodStart : `${v.periodStart} – ${v.periodEnd}`;
}

/** At most 4 decimals, as a lab would report; the record keeps the exact value. */
export function trimNumber(text: string): string {
  const n = Number(text);
  if (!Number.isFinite(n) || !text.includes('.')) return text;
  const [, decimals = ''] = text.split('.');
  return decimals.length > 4 ? String(Number(n.toFixed(4))) : text;
}

export const SAMPLE_TYPES = [
  { value: 'grab', label: 'Grab' },
  { value: 'composite', label: '24-hour composite' },
];
