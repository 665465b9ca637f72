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
  /** Bounds the scale of `approx`'s rounding error (as `DailyValue.mag`), for later fast comparisons. */
  readonly magnitude: number;
  readonly dailyValues: readonly DailyValue[];
  readonly from: number;
  readonly to: number;
  /** Day numbers of the period's first and last day. */
  readonly startDay: number;
  readonly endDay: number;
  /** Every result behind the value was a non-detect: reported as '<DL' or NODI B (§9.4). */
  readonly nonDetect: boolean;
  readonly outside: boolean;
  /** All non-detect, but the detection limit itself is outside the limit: manual review (§4.3 rule 7). */
  readonly indeterminate: boolean;
}

const NON_DETECT = 1;
const OUTSIDE = 2;
const INDETERMINATE = 4;

/**
 * The fields every computed value stores; the `period` object (and its ISO dates) is made on first
 * read: a program-wide sweep produces one value per daily value and limit, and most periods are
 * never looked at.
 */
abstract class StoredValue implements ComputedValue {
  #period: Period | null = null;
  readonly #flags: number;

  constructor(
    readonly limit: Limit,
    readonly dailyValues: readonly DailyValue[],
    readonly from: number,
    flags: number,
  ) {
    this.#flags = flags;
  }

  abstract readonly approx: number;
  abstract readonly magnitude: number;
  abstract readonly to: number;
  abstract readonly startDay: number;
  abstract readonly endDay: number;

  get nonDetect(): boolean {
    return (this.#flags & NON_DETECT) !== 0;
  }

  get outside(): boolean {
    return (this.#flags & OUTSIDE) !== 0;
  }

  get indeterminate(): boolean {
    return (this.#flags & INDETERMINATE) !== 0;
  }

  get period(): Period {
    this.#period ??= periodOf(this.limit, this.dailyValues, this);
    return this.#period;
  }

  toJSON(): ComputedValue {
    const { limit, period, approx, magnitude, dailyValues, from, to, startDay, endDay } = this;
    const { nonDetect, outside, indeterminate } = this;
    return {
      limit,
      period,
      approx,
      magnitude,
      dailyValues,
      from,
      to,
      startDay,
      endDay,
      nonDetect,
      outside,
      indeterminate,
    };
  }
}

/** A daily or instantaneous limit's value: one daily value, whose double and day it reads. */
class DayValue extends StoredValue {
  get approx(): number {
    return this.dailyValues[this.from]!.approx;
  }

  get magnitude(): number {
    return this.dailyValues[this.from]!.mag;
  }

  get to(): number {
    return this.from + 1;
  }

  get startDay(): number {
    return this.dailyValues[this.from]!.day;
  }

  get endDay(): number {
    return this.dailyValues[this.from]!.day;
  }
}

/** An averaging period's value over daily values [from, to). */
class PeriodValue extends StoredValue {
  constructor(
    limit: Limit,
    dailyValues: readonly DailyValue[],
    from: number,
    flags: number,
    readonly to: number,
    readonly approx: number,
    readonly magnitude: number,
    readonly startDay: number,
    readonly endDay: number,
  ) {
    super(limit, dailyValues, from, flags);
  }
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
  // The maximum and the minimum of one grab are the grab: pH minimum and maximum share their values.
  const mode = perSample && (ctx.mode === 'MAX' || ctx.mode === 'MIN') ? 'EXTREME' : ctx.mode;
  const key = `${mode}|${ctx.unit}|${ctx.nd}|${perSample}`;
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

function periodOf(
  limit: Limit,
  values: readonly DailyValue[],
  w: { readonly startDay: number; readonly endDay: number; readonly from: number },
): Period {
  const kind = periodKindOf(limit.basis);
  if (w.startDay === w.endDay) {
    const date = values[w.from]!.date;
    return { kind, start: date, end: date };
  }
  return { kind, start: isoOfDay(w.startDay), end: isoOfDay(w.endDay) };
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
  const endDate = w.start === w.end ? values[w.from]!.date : isoOfDay(w.end);
  if (!isLimitInEffect(limit, endDate)) return;
  let nonDetect = true;
  for (let i = w.from; i < w.to; i++) if (!values[i]!.nonDetect) nonDetect = false;
  const agg = aggregateOf(limit.basis, prepared.isMax);
  // A single-day window of an extreme (daily and instantaneous limits) is its daily value (§9.1):
  // its double and magnitude are the daily value's, as approxAggregate would return them.
  const isDay = w.to - w.from === 1 && w.start === w.end && (agg === 'MAX' || agg === 'MIN');
  const approx = isDay ? values[w.from]!.approx : approxAggregate(values, w.from, w.to, agg, ctx);
  const magnitude = isDay ? values[w.from]!.mag : lastAggregateMagnitude;
  let outside = false;
  let indeterminate = false;
  if (nonDetect) {
    indeterminate = judgeNonDetect(prepared, ctx, values, w, input.exactOnly === true);
  } else {
    let sign = input.exactOnly ? 0 : approxSign(approx, magnitude, prepared);
    const stat = sign === 0 ? exactAggregate(values, w.from, w.to, agg, ctx) : null;
    if (stat) {
      sign = exactSign(stat, prepared);
      state.exactDecisions++;
    }
    outside = isOutside(sign, prepared);
    if (outside) {
      const exact = stat ?? exactAggregate(values, w.from, w.to, agg, ctx);
      const ids = resultIdsOf(values, w.from, w.to);
      const period = periodOf(limit, values, { startDay: w.start, endDay: w.end, from: w.from });
      state.exceedances.push(buildExceedance(prepared, period, exact, ids, input.settings));
    }
  }
  const flags = (nonDetect ? NON_DETECT : 0) | (outside ? OUTSIDE : 0) | (indeterminate ? INDETERMINATE : 0);
  state.values.push(
    isDay
      ? new DayValue(limit, values, w.from, flags)
      : new PeriodValue(limit, values, w.from, flags, w.to, approx, magnitude, w.start, w.end),
  );
}
