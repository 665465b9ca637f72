import type { StandardAverageType } from '../categorical/types';
import type { DecimalInput } from '../numbers/decimal';
import {
  alternativeLabel,
  alternatives,
  baseInputs,
  type CwfAlternatives,
  productsExpression,
  refuseBelowDetection,
  refuseMissingAverage,
  sumFlows,
  sumProducts,
} from './cwf-common';
import { type Alternative, type CwfStream, partitionStreams, streamInputs } from './cwf-streams';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from './derivation';
import { guard, optionalText } from './inputs';

/** Input to the concentration form of the Combined Wastestream Formula for one pollutant. */
export interface CwfConcentrationInput {
  pollutant: string;
  streams: CwfStream[];
  /** Unit of the standards and of the result, e.g. `mg/L`. */
  unit: string;
  averageType?: StandardAverageType;
  /** Analytical detection limit in `unit` (403.6(e)(2)). */
  detectionLimit?: DecimalInput | null;
  /** Measured F_T, cross-checked against the sum of the streams. */
  totalFlow?: DecimalInput | null;
}

const FORMULA = 'C_T = (Σ C_i·F_i / Σ F_i) × (F_T − F_D) / F_T';

/**
 * Alternative concentration limits by the Combined Wastestream Formula (403.6(e)), daily maximum
 * and average. Refuses a result below the detection limit (403.6(e)(2)).
 */
export function combinedWastestreamConcentration(input: CwfConcentrationInput): CwfAlternatives {
  return alternatives(input.streams, (alternative) => cwfConcentration(input, alternative));
}

function cwfConcentration(input: CwfConcentrationInput, alternative: Alternative): ToolResult {
  const draft: DerivationDraft = {
    tool: 'cwf-concentration',
    citation: '403.6(e)',
    formula: FORMULA,
    inputs: {
      ...baseInputs(input.pollutant, alternative, input.averageType),
      unit: input.unit,
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
    const sumCF = sumProducts(p.regulated);
    const allowed = p.totalFlow.minus(p.diluteFlow);
    const value = sumCF.times(allowed).div(sumF.times(p.totalFlow));
    draft.steps.push(
      step('Σ F_i', p.regulated.map((r) => r.flow.toFixed()).join(' + '), sumF),
      step('Σ C_i·F_i', productsExpression(p.regulated), sumCF),
      step('F_T', 'Σ F_i + unregulated + F_D', p.totalFlow),
      step('F_D', 'dilute flow', p.diluteFlow),
      step('Σ C_i·F_i / Σ F_i', `${sumCF.toFixed()} / ${sumF.toFixed()}`, sumCF.div(sumF), input.unit),
      step(
        '(F_T − F_D) / F_T',
        `(${p.totalFlow.toFixed()} − ${p.diluteFlow.toFixed()}) / ${p.totalFlow.toFixed()}`,
        allowed.div(p.totalFlow),
      ),
      step('C_T', 'Σ C_i·F_i × (F_T − F_D) / (Σ F_i × F_T)', value, input.unit),
    );
    const what = `The alternative ${alternativeLabel(alternative, input.averageType)} for ${input.pollutant},`;
    return (
      refuseBelowDetection(draft, value, input.detectionLimit, what, input.unit) ??
      succeed(draft, value, input.unit)
    );
  });
}
