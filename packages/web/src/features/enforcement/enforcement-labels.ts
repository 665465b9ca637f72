import {
  ENFORCEMENT_ACTION_LABELS,
  type ManualViolationCategory,
  type ViolationKind,
  type ViolationResponseStatus,
} from '@outfall/domain/contracts/index';

export const ACTION_TYPE_LABEL = ENFORCEMENT_ACTION_LABELS;

export const ACTION_TYPES = Object.entries(ACTION_TYPE_LABEL).map(([value, label]) => ({ value, label }));

export const CATEGORY_LABEL: Record<ManualViolationCategory, string> = {
  pass_through: 'Pass-through',
  interference: 'Interference',
  endangerment: 'Endangerment / emergency',
  inaccurate_reporting: 'Inaccurate reporting',
  unpermitted_discharge: 'Unpermitted discharge',
  failure_to_renew: 'Failure to renew permit',
  failure_to_resample: 'Failure to resample',
  falsification: 'Falsification',
  slug_bmp_notification: 'Slug-plan, BMP or notification failure',
  entry_refused: 'Entry refused',
  other: 'Other',
};

export const CATEGORIES = Object.entries(CATEGORY_LABEL).map(([value, label]) => ({ value, label }));

/** The SNC criterion a category suggests (§4.1). */
export function suggestedCriterion(category: string | null): 'C' | 'D' | 'G' | null {
  if (category === 'pass_through' || category === 'interference') return 'C';
  if (category === 'endangerment') return 'D';
  if (category === 'inaccurate_reporting') return 'G';
  return null;
}

export const SNC_CRITERIA = [
  { value: 'C', label: 'C — pass-through or interference' },
  { value: 'D', label: 'D — endangerment / emergency' },
  { value: 'G', label: 'G — inaccurate reporting' },
  { value: 'H', label: 'H — other, affects the program' },
];

export const STATUS_LABEL: Record<string, string> = {
  open: 'Open',
  responded: 'Responded',
  escalated: 'Escalated',
  closed: 'Closed',
};

export const TIMELINESS_LABEL: Record<string, string> = {
  on_time: 'Responded on time',
  late: 'Responded late',
  overdue: 'Response overdue',
  pending: 'Response due',
  resolved_without_response: 'Resolved without a response',
};

export function timelinessColor(state: string): string {
  if (state === 'overdue' || state === 'late') return 'red';
  if (state === 'pending') return 'yellow';
  return 'green';
}

export const KIND_NAMES: Record<ViolationKind, string> = {
  effluent: 'Effluent',
  monitoring: 'Monitoring',
  reporting: 'Reporting',
  schedule: 'Compliance schedule',
  inspection: 'Inspection',
  manual: 'Recorded by the authority',
};

export const RESPONSE_STATUS_LABEL: Record<ViolationResponseStatus, string> = {
  open: 'Open',
  response_in_progress: 'Response in progress',
  resolved: 'Resolved',
};

export function money(text: string | null): string {
  if (text === null) return '—';
  const [whole = '0', cents = ''] = text.split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents.padEnd(2, '0')}`;
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
