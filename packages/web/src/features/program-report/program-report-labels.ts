import {
  ENFORCEMENT_ACTION_LABELS,
  type MembershipView,
  type ProgramReportStatus,
} from '@outfall/domain/contracts/index';

export const STATUS_TEXT: Record<ProgramReportStatus, string> = {
  draft: 'Draft',
  ready_for_signature: 'Ready for signature',
  submitted: 'Signed and submitted',
};

export const CLASS_TEXT: Record<string, string> = {
  SIU_CATEGORICAL: 'SIU (categorical)',
  NSCIU: 'NSCIU',
  SIU_NON_CATEGORICAL: 'SIU (non-categorical)',
  NON_SIGNIFICANT: 'IU (non-significant)',
};

export const ACTION_TEXT = ENFORCEMENT_ACTION_LABELS;

/** §6.2 figures with their words, in the spec's order. */
export const PPS_LABELS: readonly [string, string][] = [
  ['NumberSIUs', 'Significant industrial users'],
  ['SIUsWithoutControlMechanism', 'SIUs without a current permit'],
  ['SIUsNotInspected', 'SIUs not inspected'],
  ['SIUsNotSampled', 'SIUs not sampled'],
  ['SIUsOnSchedule', 'SIUs on a compliance schedule'],
  ['SIUsSNCWithPretreatmentStandards', 'SIUs in SNC — standards (A–D)'],
  ['SIUsSNCWithReportingRequirements', 'SIUs in SNC — reporting (F, G)'],
  ['SIUsSNCWithPretreatmentSchedule', 'SIUs in SNC — schedule (E)'],
  ['SIUsSNCPublishedNewspaper', 'SIUs in SNC published'],
  ['ViolationNoticesIssuedSIUs', 'Notices of violation to SIUs'],
  ['AdministrativeOrdersIssuedSIUs', 'Administrative orders to SIUs'],
  ['CivilSuitsFiledAgainstSIUs', 'Civil suits against SIUs'],
  ['CriminalSuitsFiledAgainstSIUs', 'Criminal suits against SIUs'],
  ['DollarAmountPenaltiesCollected', 'Penalties collected ($)'],
  ['IUsWhichPenaltiesHaveBeenCollected', 'IUs that paid penalties'],
  ['NumberCIUs', 'Categorical industrial users'],
  ['CIUsInSNC', 'CIUs in SNC'],
  ['PassThroughInterferenceIndicator', 'Pass-through or interference'],
];

/** Mirrors the server's program_report.prepare and program_report.sign. */
export function canPrepare(m: MembershipView | undefined): boolean {
  return m?.kind === 'authority' && ['admin', 'director', 'coordinator'].includes(m.role);
}
export function canSign(m: MembershipView | undefined): boolean {
  return m?.kind === 'authority' && ['admin', 'director'].includes(m.role);
}
