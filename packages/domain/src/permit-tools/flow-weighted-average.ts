import {
  alternatives,
  baseInputs,
  type CwfAlternatives,
  productsExpression,
  refuseBelowDetection,
  refuseMissingAverage,
  sumProducts,
} from './cwf-common';
import type { CwfConcentrationInput } from './cwf-concentration';
import { type Alternative, partitionStreams, streamInputs } from './cwf-streams';
import { type DerivationDraft, refuse, step, succeed, type ToolResult } from './derivation';
import { guard, optionalText } from './inputs';

/** Program setting: the flow-weighted average is used only where the Approval Authority confirmed it. */
export interface FlowWeightedAverageSettings {
  flowWeightedAverageEnabled: boolean;
}

const FORMULA = 'C_FWA = Σ (C_i · F_i) / F_T';

/**
 * Flow-weighted average alternative for streams combined after treatment (§7.1, UNVERIFIED form,
 * no allowance for non-regulated flow). Refused unless the program enables it.
 */
export function flowWeightedAverage(
  input: CwfConcentrationInput,
  settings: FlowWeightedAverageSettings,
): CwfAlternatives {
  return alternatives(input.streams, (alternative) => fwa(input, alternative, settings));
}

function fwa(
  input: CwfConcentrationInput,
  alternative: Alternative,
  settings: FlowWeightedAverageSettings,
): ToolResult {
  const draft: DerivationDraft = {
    tool: 'flow-weighted-average',
    citation: 'EPA 1985 CWF guidance manual (form UNVERIFIED; confirm with the Approval Authority)',
    formula: FORMULA,
    inputs: {
      ...baseInputs(input.pollutant, alternative, input.averageType),
      unit: input.unit,
      streams: streamInputs(input.streams),
      totalFlow: optionalText(input.totalFlow),
      detectionLimit: optionalText(input.detectionLimit),
      flowWeightedAverageEnabled: settings.flowWeightedAverageEnabled,
    },
    steps: [],
    notes: [],
  };
  if (!settings.flowWeightedAverageEnabled) {
    return refuse(draft, 'not_enabled', 'The flow-weighted average formula is not enabled for this program.');
  }
  return guard(draft, () => {
    const missing = alternative === 'average' ? refuseMissingAverage(draft, input.streams) : null;
    if (missing) return missing;
    const p = partitionStreams(input.streams, alternative, input.totalFlow);
    draft.notes.push(...p.notes);
    if (p.regulated.length === 0 || p.totalFlow.isZero()) {
      return refuse(draft, 'no_regulated_flow', `No regulated flow for ${input.pollutant}.`);
    }
    const sumCF = sumProducts(p.regulated);
    const value = sumCF.div(p.totalFlow);
    draft.steps.push(
      step('Σ C_i·F_i', productsExpression(p.regulated), sumCF),
      step('F_T', 'all flows', p.totalFlow),
      step('C_FWA', `${sumCF.toFixed()} / ${p.totalFlow.toFixed()}`, value, input.unit),
    );
    const what = `The flow-weighted ${alternative === 'dailyMax' ? 'daily maximum' : 'average'} for ${input.pollutant},`;
    return (
      refuseBelowDetection(draft, value, input.detectionLimit, what, input.unit) ??
      succeed(draft, value, input.unit)
    );
  });
}
