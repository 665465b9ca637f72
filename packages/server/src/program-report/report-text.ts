import { ENFORCEMENT_ACTION_LABELS } from '@outfall/domain/contracts/program';
import type { PpsFigures } from '@outfall/domain/contracts/program-report';

/** Words for the annual report's PDF and XLSX. */
export const CLASS_TEXT: Readonly<Record<string, string>> = {
  SIU_CATEGORICAL: 'SIU (categorical)',
  NSCIU: 'Non-significant categorical IU',
  SIU_NON_CATEGORICAL: 'SIU (non-categorical)',
  NON_SIGNIFICANT: 'IU (non-significant)',
};

export const ENFORCEMENT_TEXT = ENFORCEMENT_ACTION_LABELS;

/** §6.2 figures in the order of the spec, with their words. */
export const PPS_ROWS: readonly (readonly [keyof PpsFigures, string])[] = [
  ['NumberSIUs', 'Significant industrial users at the end of the period'],
  ['SIUsWithoutControlMechanism', 'SIUs without a current control mechanism'],
  ['SIUsNotInspected', 'SIUs not inspected'],
  ['SIUsNotSampled', 'SIUs not sampled'],
  ['SIUsOnSchedule', 'SIUs on a compliance schedule'],
  ['SIUsSNCWithPretreatmentStandards', 'SIUs in SNC with pretreatment standards (A–D)'],
  ['SIUsSNCWithReportingRequirements', 'SIUs in SNC with reporting requirements (F, G)'],
  ['SIUsSNCWithPretreatmentSchedule', 'SIUs in SNC with a compliance schedule (E)'],
  ['SIUsSNCPublishedNewspaper', 'SIUs in SNC published in the newspaper'],
  ['ViolationNoticesIssuedSIUs', 'Notices of violation issued to SIUs'],
  ['AdministrativeOrdersIssuedSIUs', 'Administrative orders issued to SIUs'],
  ['CivilSuitsFiledAgainstSIUs', 'Civil suits filed against SIUs'],
  ['CriminalSuitsFiledAgainstSIUs', 'Criminal suits filed against SIUs'],
  ['DollarAmountPenaltiesCollected', 'Penalties collected (dollars)'],
  ['IUsWhichPenaltiesHaveBeenCollected', 'IUs from which penalties were collected'],
  ['NumberCIUs', 'Categorical industrial users'],
  ['CIUsInSNC', 'CIUs in SNC'],
  ['PassThroughInterferenceIndicator', 'Pass-through or interference occurred'],
];
