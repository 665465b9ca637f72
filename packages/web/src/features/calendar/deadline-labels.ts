import type { DeadlineKind, DeadlineState } from '@outfall/domain/contracts/index';

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  sampling: 'Sampling',
  report: 'Report',
  permit_application: 'Permit renewal application',
  permit_expiry: 'Permit expiry',
  schedule_milestone: 'Compliance schedule milestone',
  violation_notice: '24-hour violation notice',
  resample: 'Repeat sample',
  inspection: 'Inspection',
  inspection_follow_up: 'Inspection follow-up',
};

export const DEADLINE_KIND_OPTIONS = (Object.keys(DEADLINE_KIND_LABELS) as DeadlineKind[]).map((value) => ({
  value,
  label: DEADLINE_KIND_LABELS[value],
}));

/** State as words and a colour, so the colour is never the only cue. */
export const DEADLINE_STATE: Record<DeadlineState, { label: string; color: string }> = {
  overdue: { label: 'Overdue', color: 'red.9' },
  due_soon: { label: 'Due soon', color: 'orange.9' },
  upcoming: { label: 'Upcoming', color: 'blue.8' },
  done: { label: 'Met', color: 'green.9' },
};

export const DEADLINE_STATE_OPTIONS = [
  { value: 'overdue', label: 'Overdue' },
  { value: 'due_soon', label: 'Due soon (7 days)' },
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'done', label: 'Met' },
];

export function isDeadlineKind(value: string | null): value is DeadlineKind {
  return value !== null && value in DEADLINE_KIND_LABELS;
}

export function isDeadlineState(value: string | null): value is DeadlineState {
  return value !== null && value in DEADLINE_STATE;
}
