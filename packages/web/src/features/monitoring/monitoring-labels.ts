import type { ViolationView } from '@outfall/domain/contracts/index';

/** The limit's words as the engine explained them ("daily maximum"), else its reference. */
export function limitLabel(v: ViolationView): string {
  const explanation = v.explanation as { limit?: { label?: unknown } } | null;
  const label = explanation?.limit?.label;
  if (typeof label === 'string') return label;
  if (v.kind === 'monitoring') return 'required sample not taken';
  if (v.kind === 'reporting') return 'report late';
  if (v.kind === 'schedule') return 'milestone missed';
  if (v.kind === 'inspection') return 'inspection finding';
  if (v.kind === 'manual') return 'recorded by the authority';
  return v.limitRef;
}

export const VIOLATION_KIND_LABEL: Record<ViolationView['kind'], string> = {
  effluent: 'Effluent',
  monitoring: 'Monitoring',
  reporting: 'Reporting',
  schedule: 'Compliance schedule',
  inspection: 'Inspection',
  manual: 'Manual',
};

export const RESPONSE_STATUS_LABEL: Record<ViolationView['responseStatus'], string> = {
  open: 'Open',
  response_in_progress: 'Response in progress',
  resolved: 'Resolved',
};

/** What the violation is, in a line: the parameter of an exceedance, the report, the milestone, the finding. */
export function violationHeadline(v: ViolationView, names: (code: string) => string): string {
  const x = (v.explanation ?? {}) as { title?: unknown; text?: unknown; parameterName?: unknown };
  if (v.kind === 'effluent' || v.kind === 'monitoring')
    return v.parameterCode ? names(v.parameterCode) : String(x.parameterName ?? v.kind);
  if (v.kind === 'reporting') return typeof x.title === 'string' ? x.title : 'Late report';
  if (v.description) return v.description.length > 90 ? `${v.description.slice(0, 89)}…` : v.description;
  return typeof x.text === 'string' ? x.text : VIOLATION_KIND_LABEL[v.kind];
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
