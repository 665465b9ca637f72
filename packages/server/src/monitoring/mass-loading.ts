import {
  evaluateSeries,
  type Limit,
  type ProgramResult,
  type SeriesEvaluation,
} from '@outfall/domain/limits/index';
import { DEFAULT_STATISTICS_SETTINGS } from '@outfall/domain/stats/settings';
import { UNITS } from '@outfall/domain/units/unit-catalog';

/** A limit in lb/d, kg/d or g/d: its daily values need the day's flow (§9.2–9.3). */
export function isMassLimit(limit: Limit): boolean {
  return UNITS[limit.unit].dimension === 'massLoading';
}

/** Engine results with the day's flow (MGD) attached where one is recorded. */
export function withFlows(
  results: readonly ProgramResult[],
  flows: ReadonlyMap<string, string>,
): ProgramResult[] {
  return results.map((r) => {
    const flowMgd = flows.get(r.date);
    return flowMgd === undefined ? r : { ...r, flowMgd };
  });
}

export interface FlowAwareEvaluation {
  evaluation: SeriesEvaluation;
  /** Results a mass limit could not use, as no flow is recorded for their day. */
  withoutFlow: ProgramResult[];
  massLimits: Limit[];
}

/**
 * Evaluates a series with its flows: concentration limits on every result, mass-loading limits on
 * the days with a recorded flow only. Days without a flow are returned, never silently passed.
 */
export function evaluateWithFlows(input: {
  results: readonly ProgramResult[];
  limits: readonly Limit[];
  range?: { from: string; to: string };
}): FlowAwareEvaluation {
  const massLimits = input.limits.filter(isMassLimit);
  const other = input.limits.filter((l) => !isMassLimit(l));
  const settings = DEFAULT_STATISTICS_SETTINGS;
  const range = input.range ? { range: input.range } : {};
  const base = evaluateSeries({ results: input.results, limits: other, settings, ...range });
  if (massLimits.length === 0) return { evaluation: base, withoutFlow: [], massLimits };
  const flowed = input.results.filter((r) => r.flowMgd !== undefined);
  const mass = evaluateSeries({ results: flowed, limits: massLimits, settings, ...range });
  return {
    evaluation: {
      values: [...base.values, ...mass.values],
      exceedances: [...base.exceedances, ...mass.exceedances],
      exactDecisions: base.exactDecisions + mass.exactDecisions,
      settings,
    },
    withoutFlow: input.results.filter((r) => r.flowMgd === undefined),
    massLimits,
  };
}
