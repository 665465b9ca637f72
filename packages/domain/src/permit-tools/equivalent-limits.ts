import type { DecimalInput } from '../numbers/decimal';
import {
  concentrationFromLoad,
  DEFAULT_LB_PER_DAY_FACTOR,
  loadExpression,
  loadFromConcentration,
  type ToolFlowUnit,
  type ToolMassRateUnit,
} from './conversions';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from './derivation';
import { guard, nonNegativeField, optionalText, positiveField } from './inputs';
import type { DerivedMaxAndAverage } from './production-based';

/** A flow measured as a long-term average (403.6(c)(4), (c)(5)(i)(C)). */
export interface LongTermAverageFlow {
  value: DecimalInput;
  unit: ToolFlowUnit;
}

/**
 * 403.6(c)(4): equivalent concentration = equivalent mass limit ÷ average daily flow of regulated
 * process wastewater; (c)(8): the same flow for the maximum and the average.
 */
export function equivalentConcentrations(input: {
  pollutant: string;
  massLimits: { dailyMax: DecimalInput; average?: DecimalInput | null };
  massUnit: ToolMassRateUnit;
  regulatedProcessFlow: LongTermAverageFlow;
  lbFactor?: DecimalInput;
}): DerivedMaxAndAverage {
  const { average } = input.massLimits;
  return {
    dailyMax: equivalentConcentration(input, 'dailyMax'),
    average: average === null || average === undefined ? null : equivalentConcentration(input, 'average'),
  };
}

function equivalentConcentration(
  input: Parameters<typeof equivalentConcentrations>[0],
  which: 'dailyMax' | 'average',
): ToolResult {
  const lbFactor = String(input.lbFactor ?? DEFAULT_LB_PER_DAY_FACTOR);
  const flow = input.regulatedProcessFlow;
  const draft: DerivationDraft = {
    tool: 'equivalent-concentration',
    citation: '403.6(c)(4)',
    formula: 'C = equivalent mass limit / average daily regulated process flow',
    inputs: {
      pollutant: input.pollutant,
      alternative: which,
      massLimit: optionalText(input.massLimits[which]),
      massUnit: input.massUnit,
      flow: String(flow.value),
      flowUnit: flow.unit,
      lbFactor: input.massUnit === 'lb/d' ? lbFactor : null,
    },
    steps: [],
    notes: [],
  };
  return guard(draft, () => {
    const mass = nonNegativeField(input.massLimits[which], `massLimits.${which}`);
    const q = positiveField(flow.value, 'regulatedProcessFlow');
    const value = concentrationFromLoad(mass, input.massUnit, q, flow.unit, lbFactor);
    const how = input.massUnit === 'lb/d' ? `${lbFactor} × MGD` : 'L/d';
    draft.steps.push(
      step(
        'C',
        `${mass.toFixed()} ${input.massUnit} / (${q.toFixed()} ${flow.unit} as ${how})`,
        value,
        'mg/L',
      ),
    );
    return succeed(draft, value, 'mg/L');
  });
}

/** 403.6(c)(5)(i)(A)–(E): all must hold before a CA may grant equivalent mass limits. */
export interface EquivalentMassEligibility {
  waterConservationReducesUse: boolean;
  adequateTreatmentWithoutDilution: boolean;
  flowFromContinuousMonitorAndLongTermProduction: boolean;
  notHighlyVariable: boolean;
  consistentCompliance: boolean;
}

const ELIGIBILITY_CITES: Record<keyof EquivalentMassEligibility, string> = {
  waterConservationReducesUse: '(A) water conservation substantially reduces use',
  adequateTreatmentWithoutDilution: '(B) adequate treatment, no dilution',
  flowFromContinuousMonitorAndLongTermProduction: '(C) continuous flow monitor and long-term production',
  notHighlyVariable: '(D) flows, production and pollutant levels not highly variable',
  consistentCompliance: '(E) consistent compliance before the request',
};

const NON_MASS = /^(ph|temperature|radiation|radioactivity)\b/i;

/**
 * 403.6(c)(5): equivalent mass limits for concentration standards = actual average daily flow of the
 * regulated process × the daily-max and average standards × unit conversion. Refused for non-mass
 * pollutants or when an eligibility condition fails.
 */
export function equivalentMassLimits(input: {
  pollutant: string;
  standard: { dailyMax: DecimalInput; average?: DecimalInput | null };
  actualAverageDailyFlow: LongTermAverageFlow;
  eligibility: EquivalentMassEligibility;
  outputUnit?: ToolMassRateUnit;
  lbFactor?: DecimalInput;
  nonMassPollutant?: boolean;
}): DerivedMaxAndAverage {
  const { average } = input.standard;
  return {
    dailyMax: equivalentMass(input, 'dailyMax'),
    average: average === null || average === undefined ? null : equivalentMass(input, 'average'),
  };
}

function equivalentMass(
  input: Parameters<typeof equivalentMassLimits>[0],
  which: 'dailyMax' | 'average',
): ToolResult {
  const unit = input.outputUnit ?? 'lb/d';
  const lbFactor = String(input.lbFactor ?? DEFAULT_LB_PER_DAY_FACTOR);
  const flow = input.actualAverageDailyFlow;
  const draft: DerivationDraft = {
    tool: 'equivalent-mass-limit',
    citation: '403.6(c)(5)',
    formula: 'M = actual average daily flow × concentration standard × conversion factor',
    inputs: {
      pollutant: input.pollutant,
      alternative: which,
      standard: optionalText(input.standard[which]),
      standardUnit: 'mg/L',
      flow: String(flow.value),
      flowUnit: flow.unit,
      outputUnit: unit,
      lbFactor: unit === 'lb/d' ? lbFactor : null,
      eligibility: { ...input.eligibility },
    },
    steps: [],
    notes: [
      '403.6(c)(5): the IU keeps the flow monitor, records production, notifies the CA of a > 20 % production change.',
    ],
  };
  return guard(draft, () => {
    const refusal = refuseIneligible(draft, input);
    if (refusal) return refusal;
    const c = nonNegativeField(input.standard[which], `standard.${which}`);
    const q = positiveField(flow.value, 'actualAverageDailyFlow');
    const value = loadFromConcentration(c, q, flow.unit, unit, lbFactor);
    draft.steps.push(
      step('M', loadExpression(c.toFixed(), q.toFixed(), flow.unit, unit, lbFactor), value, unit),
    );
    return succeed(draft, value, unit);
  });
}

function refuseIneligible(
  draft: DerivationDraft,
  input: Parameters<typeof equivalentMassLimits>[0],
): ToolResult | null {
  if (input.nonMassPollutant || NON_MASS.test(input.pollutant.trim())) {
    return refuse(
      draft,
      'not_applicable',
      `403.6(c)(5): equivalent mass limits are not allowed for ${input.pollutant}.`,
    );
  }
  const failed = (Object.keys(ELIGIBILITY_CITES) as (keyof EquivalentMassEligibility)[])
    .filter((key) => !input.eligibility[key])
    .map((key) => ELIGIBILITY_CITES[key]);
  if (failed.length === 0) return null;
  return refuse(draft, 'not_eligible', `403.6(c)(5)(i) not met: ${failed.join('; ')}.`);
}

const FLOW_BASED_PARTS = ['414', '419', '455'];

/** 403.6(c)(6): equivalent concentration limits for flow-based standards only in Parts 414, 419, 455. */
export function isFlowBasedEquivalentConcentrationAllowed(cfrPart: string | number): boolean {
  return FLOW_BASED_PARTS.includes(String(cfrPart).trim());
}
