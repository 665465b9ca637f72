import type { StandardAverageType } from '../categorical/types';
import { D, type DecimalInput } from '../numbers/decimal';
import {
  concentrationFromLoad,
  DEFAULT_LB_PER_DAY_FACTOR,
  loadExpression,
  loadFromConcentration,
  type ToolFlowUnit,
  type ToolMassRateUnit,
} from './conversions';
import {
  alternativeLabel,
  alternatives,
  baseInputs,
  type CwfAlternatives,
  refuseBelowDetection,
  refuseMissingAverage,
  sumFlows,
} from './cwf-common';
import { type Alternative, type CwfStream, partitionStreams, streamInputs } from './cwf-streams';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from './derivation';
import { decimalField, guard, optionalText } from './inputs';

/** Input to the mass form of the Combined Wastestream Formula for one pollutant. */
export interface CwfMassInput {
  pollutant: string;
  streams: CwfStream[];
  /** Unit of every stream's flow. */
  flowUnit: ToolFlowUnit;
  /**
   * `mass`: each stream's dailyMax/average is its mass limit M_i in `unit` (e.g. standard × production);
   * `concentration`: each is a concentration standard in mg/L and M_i = C_i × F_i × conversion.
   */
  standards: 'mass' | 'concentration';
  /** Unit of the mass limits and of the result. */
  unit: ToolMassRateUnit;
  averageType?: StandardAverageType;
  /** mg/L × MGD → lb/d factor (a setting; default 8.34). */
  lbFactor?: DecimalInput;
  /** Detection limit in mg/L, compared with the concentration M_T implies in F_T (403.6(e)(2)). */
  detectionLimit?: DecimalInput | null;
  totalFlow?: DecimalInput | null;
}

const FORMULA = 'M_T = (Σ M_i) × (F_T − F_D) / Σ F_i';

/** Alternative mass limits by the Combined Wastestream Formula (403.6(e)), daily maximum and average. */
export function combinedWastestreamMass(input: CwfMassInput): CwfAlternatives {
  return alternatives(input.streams, (alternative) => cwfMass(input, alternative));
}

function cwfMass(input: CwfMassInput, alternative: Alternative): ToolResult {
  const lbFactor = String(input.lbFactor ?? DEFAULT_LB_PER_DAY_FACTOR);
  const draft: DerivationDraft = {
    tool: 'cwf-mass',
    citation: '403.6(e)',
    formula: FORMULA,
    inputs: {
      ...baseInputs(input.pollutant, alternative, input.averageType),
      unit: input.unit,
      flowUnit: input.flowUnit,
      standards: input.standards,
      lbFactor,
      streams: streamInputs(input.streams),
      totalFlow: optionalText(input.totalFlow),
      detectionLimit: optionalText(input.detectionLimit),
    },
    steps: [],
    notes: [],
  };
  return guard(draft, () => {
    if (alternative === 'average') {
      const missing = refuseMissingAverage(draft, input.streams);
      if (missing) return missing;
    }
    const p = partitionStreams(input.streams, alternative, input.totalFlow);
    draft.notes.push(...p.notes);
    const sumF = sumFlows(p.regulated);
    if (sumF.isZero()) return refuse(draft, 'no_regulated_flow', `No regulated flow for ${input.pollutant}.`);
    const sumM = streamMasses(input, p.regulated, lbFactor, draft);
    const allowed = p.totalFlow.minus(p.diluteFlow);
    const value = sumM.times(allowed).div(sumF);
    draft.steps.push(
      step('Σ M_i', 'sum of the stream mass limits', sumM, input.unit),
      step('Σ F_i', p.regulated.map((r) => r.flow.toFixed()).join(' + '), sumF, input.flowUnit),
      step('F_T − F_D', `${p.totalFlow.toFixed()} − ${p.diluteFlow.toFixed()}`, allowed, input.flowUnit),
      step('M_T', `${sumM.toFixed()} × ${allowed.toFixed()} / ${sumF.toFixed()}`, value, input.unit),
    );
    return (
      checkMassDetection(input, draft, alternative, value, p.totalFlow, lbFactor) ??
      succeed(draft, value, input.unit)
    );
  });
}

function streamMasses(
  input: CwfMassInput,
  parts: { label: string; flow: D; standard: D }[],
  lbFactor: string,
  draft: DerivationDraft,
): D {
  let sum = new D(0);
  for (const part of parts) {
    let mass = part.standard;
    if (input.standards === 'concentration') {
      mass = loadFromConcentration(
        part.standard,
        part.flow,
        input.flowUnit,
        input.unit,
        decimalField(lbFactor, 'lbFactor'),
      );
      const expression = loadExpression(
        part.standard.toFixed(),
        part.flow.toFixed(),
        input.flowUnit,
        input.unit,
        lbFactor,
      );
      draft.steps.push(step(`M_i (${part.label})`, expression, mass, input.unit));
    }
    sum = sum.plus(mass);
  }
  return sum;
}

function checkMassDetection(
  input: CwfMassInput,
  draft: DerivationDraft,
  alternative: Alternative,
  value: D,
  totalFlow: D,
  lbFactor: string,
): ToolResult | null {
  if (input.detectionLimit === null || input.detectionLimit === undefined || totalFlow.isZero()) return null;
  const implied = concentrationFromLoad(value, input.unit, totalFlow, input.flowUnit, lbFactor);
  draft.steps.push(step('Concentration of M_T in F_T', `M_T / F_T (${input.unit} → mg/L)`, implied, 'mg/L'));
  const what = `The concentration implied by the alternative ${alternativeLabel(alternative, input.averageType)} for ${input.pollutant},`;
  return refuseBelowDetection(draft, implied, input.detectionLimit, what, 'mg/L');
}
