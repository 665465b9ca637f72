import type { InspectionKind, InspectionStatus } from '@outfall/domain/contracts/index';

export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  routine: 'Routine inspection',
  demand: 'Demand inspection',
  follow_up: 'Follow-up inspection',
  complaint: 'Complaint investigation',
  slug_evaluation: 'Slug control evaluation',
  nsciu_evaluation: 'NSCIU evaluation',
};

export const INSPECTION_KIND_OPTIONS = (Object.keys(INSPECTION_KIND_LABELS) as InspectionKind[]).map(
  (value) => ({
    value,
    label: INSPECTION_KIND_LABELS[value],
  }),
);

export const INSPECTION_STATUS: Record<InspectionStatus, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'blue' },
  in_progress: { label: 'In progress', color: 'yellow' },
  completed: { label: 'Completed', color: 'green' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

export const ACTIVITY_LABELS: Record<string, string> = {
  inspection: 'Inspection',
  sampling: 'Authority sampling',
  nsciu_evaluation: 'NSCIU evaluation',
  slug_evaluation: 'Slug control evaluation',
  waived_pollutant_sampling: 'Waived pollutant sampling',
};

/** State in words and a colour (never the colour alone). */
export const ACTIVITY_STATE: Record<string, { label: string; color: string }> = {
  done: { label: 'Done', color: 'green' },
  due: { label: 'Due', color: 'blue' },
  overdue: { label: 'Overdue', color: 'red.9' },
  not_required: { label: 'Not required', color: 'gray' },
};

export const IU_CLASS_LABELS: Record<string, string> = {
  SIU_CATEGORICAL: 'SIU (categorical)',
  SIU_NON_CATEGORICAL: 'SIU (non-categorical)',
  NSCIU: 'NSCIU',
  NON_SIGNIFICANT: 'Non-significant',
};

/** Which inspection kind fulfils a planned activity, for the "Schedule" shortcut. */
export function kindForActivity(activity: string): InspectionKind {
  if (activity === 'slug_evaluation') return 'slug_evaluation';
  if (activity === 'nsciu_evaluation') return 'nsciu_evaluation';
  return 'routine';
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
