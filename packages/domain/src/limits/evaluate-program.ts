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

/** Results by series, in first-seen order. */
function groupBySeries(results: readonly ProgramResult[]): Map<string, ProgramResult[]> {
  const groups = new Map<string, ProgramResult[]>();
  // Results usually arrive series by series: a run of one series needs a single key lookup.
  let last: ProgramResult | null = null;
  let lastGroup: ProgramResult[] = [];
  // An index loop: a one-off loop over a million results may run before it is optimised, where
  // for…of allocates an iterator result per element.
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
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
  return groups;
}

/** Groups results and limits by series and evaluates every limit in effect. */
export function evaluateProgram(input: ProgramInput): ProgramEvaluation {
  const groups = groupBySeries(input.results);
  const limits = new Map<string, Limit[]>();
  for (const l of input.limits) {
    const key = keyOf(l.monitoringPoint, l.parameterCode);
    limits.set(key, [...(limits.get(key) ?? []), l]);
  }
  const totals = { exceedances: [] as Exceedance[], valueCount: 0, exactDecisions: 0 };
  // One call per series (not one loop body): each series' work is optimised on its own.
  for (const results of groups.values()) evaluateGroup(input, results, limits, totals);
  return {
    exceedances: totals.exceedances,
    seriesCount: groups.size,
    valueCount: totals.valueCount,
    exactDecisions: totals.exactDecisions,
  };
}

function evaluateGroup(
  input: ProgramInput,
  results: ProgramResult[],
  limits: ReadonlyMap<string, Limit[]>,
  totals: { exceedances: Exceedance[]; valueCount: number; exactDecisions: number },
): void {
  const first = results[0]!;
  const evaluation = evaluateSeries({
    results,
    limits: limits.get(keyOf(first.monitoringPoint, first.parameterCode)) ?? [],
    settings: input.settings,
    range: input.range,
  });
  for (const e of evaluation.exceedances) totals.exceedances.push(e);
  totals.valueCount += evaluation.values.length;
  totals.exactDecisions += evaluation.exactDecisions;
  input.onSeries?.(
    { monitoringPoint: first.monitoringPoint, parameterCode: first.parameterCode },
    evaluation,
    results,
  );
}
