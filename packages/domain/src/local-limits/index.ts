export {
  type AhlCriterion,
  type AhlCriterionKind,
  type AhlResult,
  allowableHeadworksLoading,
} from './ahl';
export { type MahlResult, maximumAllowableHeadworksLoading } from './mahl';
export { type MailInput, maximumAllowableIndustrialLoading, uniformConcentrationAllocation } from './mail';
export {
  pairByResidenceTime,
  type RemovalDatedValue,
  type RemovalEfficiencies,
  type RemovalPair,
  removalEfficiencies,
} from './removal-efficiency';
