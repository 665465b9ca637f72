import type { DecimalInput } from '../numbers/decimal';
import { convertMass, massUnitOf, type ToolMassRateUnit, type ToolMassUnit } from './conversions';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from './derivation';
import { guard, nonNegativeField, optionalText, positiveField } from './inputs';

/** A production-based categorical standard: mass of pollutant per unit of production. */
export interface ProductionBasedStandard {
  pollutant: string;
  /** e.g. `468.14(a)`. */
  citation?: string;
  dailyMax: DecimalInput;
  average?: DecimalInput | null;
  massUnit: ToolMassUnit;
  /** e.g. `off-kg`, `kkg`; must match the production rate's unit. */
  productionUnit: string;
}

/**
 * 403.6(c)(3): actual long-term daily production (e.g. a representative year); new sources use a
 * projection; design capacity is not allowed.
 */
export type ProductionBasis = 'long-term-average' | 'projected-new-source' | 'design-capacity';

export interface ProductionRate {
  /** Production units per day. */
  value: DecimalInput;
  productionUnit: string;
  basis: ProductionBasis;
}

/** Daily-maximum and average mass limits; average is null when the standard has none. */
export interface DerivedMaxAndAverage {
  dailyMax: ToolResult;
  average: ToolResult | null;
}

/** 403.6(c)(2)–(3): mass limit per day = standard × the IU's average rate of production. */
export function productionBasedLimits(input: {
  standard: ProductionBasedStandard;
  production: ProductionRate;
  /** Convert the result, e.g. mg/d → lb/d; defaults to the standard's mass unit per day. */
  outputUnit?: ToolMassRateUnit;
}): DerivedMaxAndAverage {
  const { average } = input.standard;
  return {
    dailyMax: productionBased(input, 'dailyMax'),
    average: average === null || average === undefined ? null : productionBased(input, 'average'),
  };
}

function productionBased(
  input: { standard: ProductionBasedStandard; production: ProductionRate; outputUnit?: ToolMassRateUnit },
  which: 'dailyMax' | 'average',
): ToolResult {
  const { standard, production } = input;
  const draft: DerivationDraft = {
    tool: 'production-based-limit',
    citation: '403.6(c)(2)–(3)',
    formula: 'M = standard × average daily production',
    inputs: {
      pollutant: standard.pollutant,
      standardCitation: standard.citation ?? null,
      alternative: which,
      standard: optionalText(standard[which]),
      standardUnit: `${standard.massUnit}/${standard.productionUnit}`,
      production: String(production.value),
      productionUnit: `${production.productionUnit}/d`,
      productionBasis: production.basis,
    },
    steps: [],
    notes: [],
  };
  return guard(draft, () => {
    if (production.basis === 'design-capacity') {
      return refuse(
        draft,
        'not_eligible',
        '403.6(c)(3): base the limit on actual long-term daily production, not design capacity.',
      );
    }
    if (production.basis === 'projected-new-source')
      draft.notes.push('New source: projected production (403.6(c)(3)).');
    return compute(draft, input, which);
  });
}

function compute(
  draft: DerivationDraft,
  input: { standard: ProductionBasedStandard; production: ProductionRate; outputUnit?: ToolMassRateUnit },
  which: 'dailyMax' | 'average',
): ToolResult {
  const { standard, production } = input;
  if (production.productionUnit !== standard.productionUnit) {
    return refuse(
      draft,
      'invalid_input',
      `Production is in ${production.productionUnit}/d but the standard is per ${standard.productionUnit}; convert production first.`,
    );
  }
  const rate = positiveField(production.value, 'production');
  const perUnit = nonNegativeField(standard[which], `standard.${which}`);
  const mass = perUnit.times(rate);
  const nativeUnit = `${standard.massUnit}/d` as ToolMassRateUnit;
  draft.steps.push(step('M', `${perUnit.toFixed()} × ${rate.toFixed()}`, mass, nativeUnit));
  if (!input.outputUnit || input.outputUnit === nativeUnit) return succeed(draft, mass, nativeUnit);
  const converted = convertMass(mass, standard.massUnit, massUnitOf(input.outputUnit));
  draft.steps.push(
    step(
      `M in ${input.outputUnit}`,
      `${mass.toFixed()} ${nativeUnit} → ${input.outputUnit}`,
      converted,
      input.outputUnit,
    ),
  );
  return succeed(draft, converted, input.outputUnit);
}
