import { D, type DecimalInput, dec } from '../numbers/decimal';
import { LB_FACTOR } from '../units/mass-loading';
import { KG_PER_POUND, LITRES_PER_GALLON } from '../units/unit-catalog';

/** Flow units accepted by the permit tools. */
export type ToolFlowUnit = 'gpd' | 'MGD' | 'L/d' | 'm3/d';
/** Mass units of a production-based standard's numerator. */
export type ToolMassUnit = 'mg' | 'g' | 'kg' | 'lb';
/** Mass-per-day units of a loading. */
export type ToolMassRateUnit = 'mg/d' | 'g/d' | 'kg/d' | 'lb/d';

/** The customary lb/d factor (8.34 lb/gal); some permits specify 8.345, so it is a setting. */
export const DEFAULT_LB_PER_DAY_FACTOR = LB_FACTOR;
const MG_PER_UNIT: Record<ToolMassUnit, D> = {
  mg: new D(1),
  g: new D(1000),
  kg: new D(1_000_000),
  lb: new D(KG_PER_POUND).times(1_000_000), // 453,592.37 mg exactly
};
const LITRES_PER_DAY: Record<ToolFlowUnit, D> = {
  gpd: new D(LITRES_PER_GALLON),
  MGD: new D(LITRES_PER_GALLON).times(1_000_000),
  'L/d': new D(1),
  'm3/d': new D(1000),
};

export function massUnitOf(rate: ToolMassRateUnit): ToolMassUnit {
  return rate.slice(0, -2) as ToolMassUnit;
}

export function flowToMgd(flow: DecimalInput, unit: ToolFlowUnit): D {
  if (unit === 'MGD') return dec(flow);
  if (unit === 'gpd') return dec(flow).div(1_000_000);
  return dec(flow).times(LITRES_PER_DAY[unit]).div(LITRES_PER_DAY.MGD);
}

export function flowToLitresPerDay(flow: DecimalInput, unit: ToolFlowUnit): D {
  return dec(flow).times(LITRES_PER_DAY[unit]);
}

export function convertMass(value: DecimalInput, from: ToolMassUnit, to: ToolMassUnit): D {
  return from === to ? dec(value) : dec(value).times(MG_PER_UNIT[from]).div(MG_PER_UNIT[to]);
}

/** 9.3: lb/d = mg/L × MGD × 8.34 (the factor is a setting); metric loads are exact: mg/d = mg/L × L/d. */
export function loadFromConcentration(
  concentrationMgL: DecimalInput,
  flow: DecimalInput,
  flowUnit: ToolFlowUnit,
  out: ToolMassRateUnit,
  lbFactor: DecimalInput = DEFAULT_LB_PER_DAY_FACTOR,
): D {
  const c = dec(concentrationMgL);
  if (out === 'lb/d') return c.times(flowToMgd(flow, flowUnit)).times(dec(lbFactor));
  return convertMass(c.times(flowToLitresPerDay(flow, flowUnit)), 'mg', massUnitOf(out));
}

/** Inverse of `loadFromConcentration`: the concentration (mg/L) that carries `load` in `flow`. */
export function concentrationFromLoad(
  load: DecimalInput,
  loadUnit: ToolMassRateUnit,
  flow: DecimalInput,
  flowUnit: ToolFlowUnit,
  lbFactor: DecimalInput = DEFAULT_LB_PER_DAY_FACTOR,
): D {
  if (loadUnit === 'lb/d') return dec(load).div(flowToMgd(flow, flowUnit).times(dec(lbFactor)));
  return convertMass(load, massUnitOf(loadUnit), 'mg').div(flowToLitresPerDay(flow, flowUnit));
}

/** The conversion written out for a derivation step. */
export function loadExpression(
  c: string,
  flow: string,
  flowUnit: ToolFlowUnit,
  out: ToolMassRateUnit,
  lbFactor: string,
): string {
  if (out === 'lb/d') return `${c} mg/L × ${flow} ${flowUnit} (as MGD) × ${lbFactor}`;
  return `${c} mg/L × ${flow} ${flowUnit} (as L/d) → ${out}`;
}
