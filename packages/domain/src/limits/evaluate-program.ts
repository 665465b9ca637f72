import type { SampleResult } from '../stats/sample';
import type { StatisticsSettings } from '../stats/settings';
import { evaluateSeries, type SeriesEvaluation } from './evaluate-series';
import type { Exceedance } from './exceedance';
import type { Limit } from './limit';

/** A result tagged with its parameter and monitoring point. */
export interface ProgramResult extends SampleResult {
  readonly parameterCode: string;
  readonly monitoringPoint: string;
}

/** Input of a program-wide evaluation: all results and all limits. */
export interface ProgramInput {
  readonly results: readonly ProgramResult[];
  readonly limits: readonly Limit[];
  readonly settings: StatisticsSettings;
  readonly range?: { readonly from: string; readonly to: string };
  /** Called once per series after its evaluation (a later stage such as SNC plugs in here). */
  readonly onSeries?: (
    key: SeriesKey,
    evaluation: SeriesEvaluation,
    results: readonly ProgramResult[],
  ) => void;
}

/** Identifies a series: one parameter at one monitoring point. */
export interface SeriesKey {
  readonly monitoringPoint: string;
  readonly parameterCode: string;
}

/** Result of a program-wide evaluation. */
export interface ProgramEvaluation {
  readonly exceedances: Exceedance[];
  readonly seriesCount: number;
  readonly valueCount: number;
  readonly exactDecisions: number;
}

const keyOf = (point: string, parameter: string) => `${point}\u0000${parameter}`;

/** Groups results and limits by series and evaluates every limit in effect. */
export function evaluateProgram(input: ProgramInput): ProgramEvaluation {
  const groups = new Map<string, ProgramResult[]>();
  // Results usually arrive series by series: a run of one series needs a single key lookup.
  let last: ProgramResult | null = null;
  let lastGroup: ProgramResult[] = [];
  for (const r of input.results) {
    if (
      last === null ||
      r.parameterCode !== last.parameterCode ||
      r.monitoringPoint !== last.monitoringPoint
    ) {
      const key = keyOf(r.monitoringPoint, r.parameterCode);
      let group = groups.get(key);
      if (!group) {
        group = [];
        groups.set(key, group);
      }
      lastGroup = group;
    }
    lastGroup.push(r);
    last = r;
  }
  const limits = new Map<string, Limit[]>();
  for (const l of input.limits) {
    const key = keyOf(l.monitoringPoint, l.parameterCode);
    limits.set(key, [...(limits.get(key) ?? []), l]);
  }
  const exceedances: Exceedance[] = [];
  let valueCount = 0;
  let exactDecisions = 0;
  for (const [key, results] of groups) {
    const seriesLimits = limits.get(key) ?? [];
    const evaluation = evaluateSeries({
      results,
      limits: seriesLimits,
      settings: input.settings,
      range: input.range,
    });
    for (const e of evaluation.exceedances) exceedances.push(e);
    valueCount += evaluation.values.length;
    exactDecisions += evaluation.exactDecisions;
    const first = results[0]!;
    input.onSeries?.(
      { monitoringPoint: first.monitoringPoint, parameterCode: first.parameterCode },
      evaluation,
      results,
    );
  }
  return { exceedances, seriesCount: groups.size, valueCount, exactDecisions };
}
