export {
  DEFAULT_LB_PER_DAY_FACTOR,
  type ToolFlowUnit,
  type ToolMassRateUnit,
  type ToolMassUnit,
} from './conversions';
export type { CwfAlternatives } from './cwf-common';
export { type CwfConcentrationInput, combinedWastestreamConcentration } from './cwf-concentration';
export { type CwfMassInput, combinedWastestreamMass } from './cwf-mass';
export type { CwfStream, CwfStreamKind } from './cwf-streams';
export type { Derivation, DerivationStep, DerivationValue, RefusalCode, ToolResult } from './derivation';
export {
  type EquivalentMassEligibility,
  equivalentConcentrations,
  equivalentMassLimits,
  isFlowBasedEquivalentConcentrationAllowed,
  type LongTermAverageFlow,
} from './equivalent-limits';
export { type FlowWeightedAverageSettings, flowWeightedAverage } from './flow-weighted-average';
export { ToolInputError } from './inputs';
export {
  type DerivedMaxAndAverage,
  type ProductionBasedStandard,
  type ProductionBasis,
  type ProductionRate,
  productionBasedLimits,
} from './production-based';
export { type DerivedLimitRoundingPolicy, roundDerivedLimit } from './rounding';
