import type {
  LimitBasisKind,
  MilestoneKind,
  PermitKind,
  PermitStatus,
  ReportCadenceText,
  ReportDueRuleText,
  ReportKind,
  SampledBy,
  SpecialConditionKind,
} from '@outfall/domain/contracts/index';

export const PERMIT_KIND_LABELS: Record<PermitKind, string> = {
  pretreatment_iu: 'Pretreatment (IU)',
  npdes: 'NPDES',
  state: 'State',
  general: 'General',
  other: 'Other',
};

export const PERMIT_STATUS_LABELS: Record<PermitStatus, string> = {
  application_received: 'Application received',
  draft: 'Draft',
  issued: 'Issued',
  effective: 'Effective',
  renewed: 'Renewed',
  expired: 'Expired',
  terminated: 'Terminated',
  revoked: 'Revoked',
  withdrawn: 'Withdrawn',
};

// Badge colours at shade 9 keep their text above 4.5:1 on the light badge background.
export const PERMIT_STATUS_COLORS: Record<PermitStatus, string> = {
  application_received: 'gray',
  draft: 'gray',
  issued: 'blue',
  effective: 'green',
  renewed: 'violet',
  expired: 'orange',
  terminated: 'red',
  revoked: 'red',
  withdrawn: 'gray',
};

export const BASIS_LABELS: Record<LimitBasisKind, string> = {
  categorical: 'Categorical',
  local: 'Local',
  cwf: 'CWF-derived',
  bpj: 'BPJ',
  production_based: 'Production-based',
  equivalent: 'Equivalent',
  other: 'Other',
};

export const SAMPLED_BY_LABELS: Record<SampledBy, string> = {
  permittee: 'Permittee',
  control_authority: 'Control authority',
};

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  dmr: 'DMR',
  periodic_compliance: 'Periodic compliance report',
  baseline_monitoring: 'Baseline monitoring report',
  ninety_day_compliance: '90-day compliance report',
  schedule_progress: 'Schedule progress report',
  non_categorical_siu: 'Non-categorical SIU report',
  nsciu_certification: 'NSCIU certification',
  slug_notification: 'Slug notification',
  changed_discharge: 'Changed discharge notice',
  violation_notification: 'Violation notification',
  annual: 'Annual report',
  other: 'Other',
};

export const CADENCE_LABELS: Record<ReportCadenceText, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannual: 'Semiannual',
  annual: 'Annual',
  once: 'Once',
  on_event: 'On event',
};

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  hire_engineer: 'Hire engineer',
  complete_plans: 'Complete plans',
  execute_contract: 'Execute contract',
  start_construction: 'Start construction',
  complete_construction: 'Complete construction',
  start_operation: 'Start operation',
  final_compliance: 'Final compliance',
  progress_report: 'Progress report',
  other: 'Other',
};

export const CONDITION_KIND_LABELS: Record<SpecialConditionKind, string> = {
  special: 'Special condition',
  bmp: 'Best management practice',
  slug_control: 'Slug control',
  monitoring_waiver: 'Monitoring waiver',
  other: 'Other',
};

export const ACTION_LABELS: Record<string, string> = {
  begin_draft: 'Begin draft',
  issue: 'Issue permit',
  take_effect: 'Mark effective',
  modify: 'Modify',
  record_renewal_application: 'Record renewal application',
  mark_renewed: 'Renew',
  renew: 'Renew',
  expire: 'Expire',
  terminate: 'Terminate',
  revoke: 'Revoke',
  withdraw: 'Withdraw',
};

export function describeDueRule(rule: ReportDueRuleText): string {
  switch (rule.kind) {
    case 'days-after-period-end':
      return `${rule.days} days after the period ends`;
    case 'day-of-month':
      return `Day ${rule.day} of the ${rule.monthsAfter === 0 ? 'same' : ordinal(rule.monthsAfter)} month after`;
    case 'fixed-date':
      return `On ${rule.date}`;
    case 'hours-after-event':
      return `${rule.hours} hours after the event`;
  }
}

function ordinal(n: number): string {
  if (n === 1) return '1st';
  if (n === 2) return '2nd';
  if (n === 3) return '3rd';
  return `${n}th`;
}

export function formatSeason(season: { start: string; end: string } | null): string {
  return season ? `${season.start} to ${season.end}` : 'Year-round';
}

export function formatDay(iso: string | null | undefined): string {
  return iso ?? '—';
}
