import { approxAggregate, exactAggregate, lastAggregateMagnitude } from '../stats/aggregate';
import {
  approxDaily,
  buildDailyValues,
  type DailyContext,
  type DailyValue,
  lastDailyMagnitude,
} from '../stats/daily-values';
import { dayNumber, isoOfDay } from '../stats/day-number';
import type { Period } from '../stats/periods';
import type { SampleResult } from '../stats/sample';
import type { StatisticsSettings } from '../stats/settings';
import { type SortedSamples, sortSamples } from '../stats/sort-samples';
import { forEachWindow, type Window } from '../stats/windows';
import { buildExceedance, type Exceedance, resultIdsOf } from './exceedance';
import { isLimitInEffect, type Limit } from './limit';
import { judgeNonDetect } from './non-detect-verdict';
import { type PreparedLimit, prepareLimit } from './prepared-limit';
import { aggregateOf, dailyContextFor, periodKindOf, windowSpecOf } from './series-context';
import { approxSign, exactSign, isOutside } from './verdict';

/** Results and limits of one parameter at one monitoring point. */
export interface SeriesInput {
  readonly results: readonly SampleResult[];
  readonly limits: readonly Limit[];
  readonly settings: StatisticsSettings;
  /** Evaluate only values whose period ends within these ISO dates (inclusive). */
  readonly range?: { readonly from: string; readonly to: string };
  /** Decide every verdict in exact decimal (no fast path): audits and the agreement property test. */
  readonly exactOnly?: boolean;
}

/** One computed value of one limit. */
export interface ComputedValue {
  readonly limit: Limit;
  readonly period: Period;
  /** Double-precision value, for display and charts only. */
  readonly approx: number;
  readonly dailyValues: readonly DailyValue[];
  readonly from: number;
  readonly to: number;
  /** Every result behind the value was a non-detect: reported as '<DL' or NODI B (§9.4). */
  readonly nonDetect: boolean;
  readonly outside: boolean;
  /** All non-detect, but the detection limit itself is outside the limit: manual review (§4.3 rule 7). */
  readonly indeterminate: boolean;
}

/** Everything the evaluation of one series produced. */
export interface SeriesEvaluation {
  readonly values: ComputedValue[];
  readonly exceedances: Exceedance[];
  /** Verdicts the doubles could not decide and decimal did. */
  readonly exactDecisions: number;
  readonly settings: StatisticsSettings;
}

/** Daily values (or one value per grab for instantaneous limits) keyed by how they are formed. */
function valuesFor(
  sorted: SortedSamples,
  limit: Limit,
  ctx: DailyContext,
  cache: Map<string, DailyValue[]>,
): DailyValue[] {
  const perSample = limit.basis.kind === 'INSTANTANEOUS';
  const key = `${ctx.mode}|${ctx.unit}|${ctx.nd}|${perSample}`;
  let values = cache.get(key);
  if (!values) {
    values = perSample ? sampleValues(sorted, ctx) : buildDailyValues(sorted.samples, sorted.days, ctx);
    cache.set(key, values);
  }
  return values;
}

// Instantaneous limits: every grab is compared individually (§9.1; §4.3 rule 4).
function sampleValues(sorted: SortedSamples, ctx: DailyContext): DailyValue[] {
  return sorted.samples.map((s, i) => {
    const approx = approxDaily(sorted.samples, i, i + 1, ctx);
    return {
      date: s.date,
      day: sorted.days[i]!,
      approx,
      mag: lastDailyMagnitude,
      samples: [s],
      nonDetect: s.value.nonDetect,
    };
  });
}

/** Evaluates every limit of a series against its results (§9.8). */
export function evaluateSeries(input: SeriesInput): SeriesEvaluation {
  const sorted = sortSamples(input.results);
  const cache = new Map<string, DailyValue[]>();
  const state = { values: [] as ComputedValue[], exceedances: [] as Exceedance[], exactDecisions: 0 };
  const range = input.range ? [dayNumber(input.range.from), dayNumber(input.range.to)] : null;
  for (const limit of input.limits) {
    const ctx = dailyContextFor(limit, input.settings);
    const values = valuesFor(sorted, limit, ctx, cache);
    const prepared = prepareLimit(limit, input.settings);
    forEachWindow(values, windowSpecOf(limit.basis), (w) => {
      if (range && (w.end < range[0]! || w.end > range[1]!)) return;
      evaluateWindow(prepared, ctx, values, w, input, state);
    });
  }
  return {
    values: state.values,
    exceedances: state.exceedances,
    exactDecisions: state.exactDecisions,
    settings: input.settings,
  };
}

interface EvaluationState {
  values: ComputedValue[];
  exceedances: Exceedance[];
  exactDecisions: number;
}

function periodOf(limit: Limit, values: readonly DailyValue[], w: Window): Period {
  const kind = periodKindOf(limit.basis);
  if (w.start === w.end) {
    const date = values[w.from]!.date;
    return { kind, start: date, end: date };
  }
  return { kind, start: isoOfDay(w.start), end: isoOfDay(w.end) };
}

function evaluateWindow(
  prepared: PreparedLimit,
  ctx: DailyContext,
  values: readonly DailyValue[],
  w: Window,
  input: SeriesInput,
  state: EvaluationState,
): void {
  const limit = prepared.limit;
  const period = periodOf(limit, values, w);
  if (!isLimitInEffect(limit, period.end)) return;
  let nonDetect = true;
  for (let i = w.from; i < w.to; i++) if (!values[i]!.nonDetect) nonDetect = false;
  const agg = aggregateOf(limit.basis, prepared.isMax);
  const approx = approxAggregate(values, w.from, w.to, agg, ctx);
  let outside = false;
  let indeterminate = false;
  if (nonDetect) {
    indeterminate = judgeNonDetect(prepared, ctx, values, w, input.exactOnly === true);
  } else {
    let sign = input.exactOnly ? 0 : approxSign(approx, lastAggregateMagnitude, prepared);
    const stat = sign === 0 ? exactAggregate(values, w.from, w.to, agg, ctx) : null;
    if (stat) {
      sign = exactSign(stat, prepared);
      state.exactDecisions++;
    }
    outside = isOutside(sign, prepared);
    if (outside) {
      const exact = stat ?? exactAggregate(values, w.from, w.to, agg, ctx);
      const ids = resultIdsOf(values, w.from, w.to);
      state.exceedances.push(buildExceedance(prepared, period, exact, ids, input.settings));
    }
  }
  state.values.push({
    limit,
    period,
    approx,
    dailyValues: values,
    from: w.from,
    to: w.to,
    nonDetect,
    outside,
    indeterminate,
  });
}
