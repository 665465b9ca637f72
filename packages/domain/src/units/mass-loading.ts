import { D, type DecimalInput, dec } from '../numbers/decimal';
import { LITRES_PER_GALLON } from './unit-catalog';

/** Mass-loading result unit. */
export type LoadUnit = 'lb/d' | 'kg/d' | 'g/d';

/** Factors of domain-spec §9.3: lb/d = mg/L × MGD × 8.34 (some permits: 8.345); kg/d uses 3.785411784. */
export interface LoadingFactors {
  /** Pounds per (mg/L · MG); permit-specific (LOCAL). Default 8.34. */
  readonly lbPerMgLMg?: DecimalInput;
  /** Kilograms per (mg/L · MG). Default 3.785411784 (1 MG = 3.785411784 ML exactly). */
  readonly kgPerMgLMg?: DecimalInput;
}

/** Default factor for lb/d (domain-spec §9.3): the customary 8.34 lb/gal; a setting, as some permits say 8.345. */
export const LB_FACTOR = '8.34';
/** Exact factor for kg/d: 1 MG = 3.785411784 million litres, so mg/L × MG = 3.785411784 kg. */
export const KG_FACTOR = LITRES_PER_GALLON;

/** Factor converting mg/L × MG (or mg/L × MGD) into the requested load unit. */
export function loadingFactor(unit: LoadUnit, factors: LoadingFactors = {}): D {
  const kg = dec(factors.kgPerMgLMg ?? KG_FACTOR);
  if (unit === 'lb/d') return dec(factors.lbPerMgLMg ?? LB_FACTOR);
  return unit === 'kg/d' ? kg : kg.times(1000);
}

/** Load from a concentration (mg/L) and that day's flow (MGD): §9.2 single composite rule. */
export function massLoading(
  concentrationMgL: DecimalInput,
  flowMgd: DecimalInput,
  unit: LoadUnit = 'lb/d',
  factors: LoadingFactors = {},
): D {
  return dec(concentrationMgL).times(dec(flowMgd)).times(loadingFactor(unit, factors));
}

/** Daily mass Σ C_k·V_k (mg/L × MG) × factor: several composites in a day (§9.2, 1.0008 lb/d example). */
export function dailyMass(
  parts: readonly { concentrationMgL: DecimalInput; volumeMg: DecimalInput }[],
  unit: LoadUnit = 'lb/d',
  factors: LoadingFactors = {},
): D {
  const sum = parts.reduce((acc, p) => acc.plus(dec(p.concentrationMgL).times(dec(p.volumeMg))), new D(0));
  return sum.times(loadingFactor(unit, factors));
}
