// The SNC stage of the bench: the engine's daily values and period results become pretreatment SNC
// measurements (criteria A/B), evaluated per facility and fixed half-year window.

import type { ProgramResult, SeriesKey } from '../src/limits/evaluate-program';
import { type ComputedValue, evaluateSeries, type SeriesEvaluation } from '../src/limits/evaluate-series';
import type { Limit } from '../src/limits/limit';
import { aggregateOf, dailyContextFor } from '../src/limits/series-context';
import { pretreatmentTrcFactor } from '../src/reference/parameters';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import {
  SNC_KIND_CODES,
  SNC_NON_DETECT,
  SNC_TRC_CODES,
  SncBatchBuilder,
  type SncMeasurementBatch,
} from '../src/snc/measurement-batch';
import type { PretreatmentTrcClass, SncWindow } from '../src/snc/types';
import { sncWindowContaining } from '../src/snc/windows';
import { exactAggregate, statisticValue } from '../src/stats/aggregate';
import { type DailyContext, type DailyValue, exactDaily } from '../src/stats/daily-values';
import { dayNumber, isoOfDay } from '../src/stats/day-number';
import { fractionValue } from '../src/stats/exact';
import { detectionLimitOf } from '../src/stats/sample';
import type { StatisticsSettings } from '../src/stats/settings';

function exactValueOf(v: ComputedValue, ctx: DailyContext): string {
  const basis = v.limit.basis;
  if (basis.kind === 'DAILY' || basis.kind === 'INSTANTANEOUS')
    return fractionValue(exactDaily(v.dailyValues[v.from]!.samples, ctx));
  const agg = aggregateOf(basis, v.limit.direction === 'max');
  return statisticValue(exactAggregate(v.dailyValues, v.from, v.to, agg, ctx));
}

// §4.3(7): a non-detect's value is its detection limit (the highest of the day's).
function highestDetectionLimit(dv: DailyValue): string {
  let best: string | null = null;
  for (const s of dv.samples) {
    const dl = detectionLimitOf(s.value);
    if (dl !== null && (best === null || Number(dl) > Number(best))) best = dl;
  }
  return best ?? '0';
}

const KIND_DAILY = SNC_KIND_CODES.indexOf('daily');
const KIND_INSTANTANEOUS = SNC_KIND_CODES.indexOf('instantaneous');
const KIND_AVERAGE = SNC_KIND_CODES.indexOf('average');

/**
 * The SNC measurements of one facility in one window, as columns: one row per enforceable computed
 * value (a daily value, a grab or an averaging-period result dated on its last day, §4.3(5)). A row
 * keeps only a reference to its computed value; its exact value text and id are derived from it
 * when the SNC evaluation asks (inside the error band, or when the detail is read).
 */
/**
 * One series as the SNC rows refer to it: its results and limits (kept anyway by the caller), not its
 * computed values. A row's exact value and id are needed only inside the error band or when the
 * detail is read; then the row's limit is evaluated again (deterministic: the same values in the
 * same order) once. Holding no computed values keeps a facility's evaluation objects from outliving it.
 */
interface SeriesSource {
  readonly results: readonly ProgramResult[];
  readonly settings: StatisticsSettings;
  /** Every limit that produced values, in order, and the index of its first value. */
  readonly limits: Limit[];
  readonly starts: number[];
  readonly values: (readonly ComputedValue[])[];
}

function valueAt(series: SeriesSource, index: number): ComputedValue {
  let k = series.starts.length - 1;
  while (series.starts[k]! > index) k--;
  const { results, settings } = series;
  series.values[k] ??= evaluateSeries({ results, limits: [series.limits[k]!], settings }).values;
  return series.values[k]![index - series.starts[k]!]!;
}

class WindowRows {
  readonly builder: SncBatchBuilder;
  readonly settings: StatisticsSettings;
  /** Rows from `firstRow` on come from `series`, at the value indexes in `#valueIndex`. */
  readonly #segments: { firstRow: number; series: SeriesSource }[] = [];
  #valueIndex = new Int32Array(2048);

  /** `builder`: one per window for the whole sweep (its slabs hold the batches of every facility). */
  constructor(builder: SncBatchBuilder, settings: StatisticsSettings) {
    this.builder = builder;
    this.settings = settings;
  }

  /** The rows pushed from now on come from `series`. */
  startSeries(series: SeriesSource): void {
    const last = this.#segments.at(-1);
    if (last?.series !== series) this.#segments.push({ firstRow: this.builder.length, series });
  }

  /** Row `row` (just pushed) is value `index` of the current series. */
  setValueIndex(row: number, index: number): void {
    if (row === this.#valueIndex.length) {
      const grown = new Int32Array(row * 2);
      grown.set(this.#valueIndex);
      this.#valueIndex = grown;
    }
    this.#valueIndex[row] = index;
  }

  #valueOf(row: number): ComputedValue {
    const segments = this.#segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.firstRow <= row) lo = mid;
      else hi = mid - 1;
    }
    return valueAt(segments[lo]!.series, this.#valueIndex[row]!);
  }

  batch(): SncMeasurementBatch {
    const contexts = new Map<ComputedValue['limit'], DailyContext>();
    const ctxOf = (v: ComputedValue) => {
      let ctx = contexts.get(v.limit);
      if (!ctx) {
        ctx = dailyContextFor(v.limit, this.settings);
        contexts.set(v.limit, ctx);
      }
      return ctx;
    };
    return this.builder.build(
      (i) => idOf(this.#valueOf(i)),
      (i) => {
        const v = this.#valueOf(i);
        return v.nonDetect && isSingle(v)
          ? highestDetectionLimit(v.dailyValues[v.from]!)
          : exactValueOf(v, ctxOf(v));
      },
    );
  }
}

const isSingle = (v: ComputedValue) =>
  v.limit.basis.kind === 'DAILY' || v.limit.basis.kind === 'INSTANTANEOUS';

function idOf(v: ComputedValue): string {
  if (!isSingle(v)) return `${v.limit.id}@${v.period.end}`;
  const samples = v.dailyValues[v.from]!.samples;
  return samples.length === 1 ? samples[0]!.id : samples.map((s) => s.id).join('+');
}

/**
 * Turns the engine's series evaluations into SNC measurements and evaluates each facility (an IU)
 * per fixed half-year window as soon as its series are complete (evaluateProgram reports the series
 * of one monitoring point together), so that no more than one facility's measurements are alive.
 */
export class SncCollector {
  readonly #settings: StatisticsSettings;
  readonly #windows: { window: SncWindow; firstDay: number; lastDay: number; builder: SncBatchBuilder }[] =
    [];
  readonly #done = new Set<string>();
  #facility: string | null = null;
  #byWindow: WindowRows[] = [];
  #measurementCount = 0;
  readonly summary: SncSummary = { facilityWindows: 0, series: 0, counted: 0, metA: 0, metB: 0 };
  /** Milliseconds spent building measurements and evaluating criteria A/B. */
  readonly ms = { measurements: 0, criteria: 0 };

  constructor(settings: StatisticsSettings) {
    this.#settings = settings;
  }

  get measurementCount(): number {
    return this.#measurementCount;
  }

  #windowIndex(day: number): number {
    const i = this.#windows.findIndex((w) => day >= w.firstDay && day <= w.lastDay);
    if (i >= 0) return i;
    const window = sncWindowContaining(isoOfDay(day), 'FIXED_SEMIANNUAL');
    this.#windows.push({
      window,
      firstDay: dayNumber(window.start),
      lastDay: dayNumber(window.end),
      builder: new SncBatchBuilder(),
    });
    return this.#windows.length - 1;
  }

  /** `onSeries` hook of evaluateProgram. */
  readonly onSeries = (
    key: SeriesKey,
    evaluation: SeriesEvaluation,
    results: readonly ProgramResult[],
  ): void => {
    if (key.monitoringPoint !== this.#facility) {
      this.finish();
      if (this.#done.has(key.monitoringPoint))
        throw new Error(`Series of ${key.monitoringPoint} were not reported together`);
      this.#facility = key.monitoringPoint;
    }
    const t0 = performance.now();
    const trcClass = SNC_TRC_CODES.indexOf(
      (pretreatmentTrcFactor(key.parameterCode) ?? 'none') as PretreatmentTrcClass,
    );
    let window = { firstDay: 1, lastDay: 0, builder: null as SncBatchBuilder | null };
    let rows: WindowRows | null = null;
    let parameter = 0;
    let point = 0;
    let limit: ComputedValue['limit'] | null = null;
    let limitIndex = 0;
    let direction = 0;
    let kind = 0;
    const values = evaluation.values;
    // Every limit that produced values, in order: evaluating them again gives the same values.
    const series: SeriesSource = {
      results,
      settings: evaluation.settings,
      limits: [],
      starts: [],
      values: [],
    };
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v.limit !== series.limits.at(-1)) {
        series.limits.push(v.limit);
        series.starts.push(i);
      }
      if (!v.limit.enforceable) continue;
      const day = v.endDay;
      if (day < window.firstDay || day > window.lastDay) {
        const index = this.#windowIndex(day);
        window = this.#windows[index]!;
        rows = this.#byWindow[index] ??= new WindowRows(window.builder!, this.#settings);
        rows.startSeries(series);
        parameter = rows.builder.parameterIndex(key.parameterCode);
        point = rows.builder.pointIndex(key.monitoringPoint);
        limit = null;
      }
      const builder = rows!.builder;
      if (v.limit !== limit) {
        limit = v.limit;
        limitIndex = builder.limitIndex(limit.value);
        direction = limit.direction === 'max' ? 0 : 1;
        const basis = limit.basis.kind;
        kind = basis === 'DAILY' ? KIND_DAILY : basis === 'INSTANTANEOUS' ? KIND_INSTANTANEOUS : KIND_AVERAGE;
      }
      let approx: number;
      let magnitude: number;
      if (kind === KIND_AVERAGE) {
        approx = v.approx;
        magnitude = v.magnitude;
      } else {
        // A daily or instantaneous value is its daily value; §4.3(7): a non-detect's value is its
        // detection limit (the highest of the day's).
        const dv = v.dailyValues[v.from]!;
        approx = dv.nonDetect ? Number(highestDetectionLimit(dv)) : dv.approx;
        magnitude = dv.nonDetect ? Math.abs(approx) : dv.mag;
      }
      // One measurement per daily value (by day), per grab (by result) or per period result (by row).
      const isNonDetect = v.nonDetect;
      const source = kind === KIND_DAILY ? day : kind === KIND_INSTANTANEOUS ? v.from : builder.length;
      const row = builder.push(
        parameter,
        point,
        day,
        approx,
        magnitude,
        limitIndex,
        direction,
        kind,
        trcClass,
        isNonDetect ? SNC_NON_DETECT : 0,
        source,
      );
      rows!.setValueIndex(row, i);
      this.#measurementCount++;
    }
    this.ms.measurements += performance.now() - t0;
  };

  /** Criteria A and B (and the rest, with no other inputs) for the current facility in every window. */
  finish(): SncSummary {
    const t0 = performance.now();
    const summary = this.summary;
    for (const [index, rows] of this.#byWindow.entries()) {
      if (!rows) continue;
      const { window } = this.#windows[index]!;
      const r = evaluatePretreatmentSnc({
        asOf: window.end,
        window,
        isSignificantIndustrialUser: true,
        measurementBatch: rows.batch(),
      });
      summary.facilityWindows++;
      summary.series += r.series.length;
      // The count, not the per-measurement detail (built only when read, e.g. for one facility's report).
      for (const s of r.series) summary.counted += s.chronic.total;
      if (r.criteriaMet.includes('A')) summary.metA++;
      if (r.criteriaMet.includes('B')) summary.metB++;
    }
    if (this.#facility !== null) this.#done.add(this.#facility);
    this.#facility = null;
    this.#byWindow = [];
    this.ms.criteria += performance.now() - t0;
    return summary;
  }
}

/** What the SNC stage found (the full verdicts are dropped so that runs do not pile up in memory). */
export interface SncSummary {
  facilityWindows: number;
  series: number;
  counted: number;
  metA: number;
  metB: number;
}
