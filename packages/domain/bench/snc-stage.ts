// The SNC stage of the bench: the engine's daily values and period results become pretreatment SNC
// measurements (criteria A/B), evaluated per facility and fixed half-year window.

import type { SeriesKey } from '../src/limits/evaluate-program';
import type { ComputedValue, SeriesEvaluation } from '../src/limits/evaluate-series';
import { aggregateOf, dailyContextFor } from '../src/limits/series-context';
import { pretreatmentTrcFactor } from '../src/reference/parameters';
import { evaluatePretreatmentSnc } from '../src/snc/evaluate-pretreatment-snc';
import type { PretreatmentTrcClass, SncLimitKind, SncMeasurement, SncWindow } from '../src/snc/types';
import { sncWindowContaining } from '../src/snc/windows';
import {
  approxAggregate,
  exactAggregate,
  lastAggregateMagnitude,
  statisticValue,
} from '../src/stats/aggregate';
import { type DailyContext, type DailyValue, exactDaily } from '../src/stats/daily-values';
import { dayNumber, isoOfDay } from '../src/stats/day-number';
import { fractionValue } from '../src/stats/exact';
import { detectionLimitOf } from '../src/stats/sample';
import type { StatisticsSettings } from '../src/stats/settings';

/**
 * One SNC measurement from one computed value. `value` (exact decimal text) is derived from the
 * engine's exact arithmetic only when read: the SNC fast path decides clear comparisons from
 * `approx`/`approxMagnitude` (the engine's own doubles) and reads `value` inside the error band.
 */
class EngineMeasurement implements SncMeasurement {
  readonly id: string;
  readonly date: string;
  readonly limitKind: SncLimitKind;
  readonly trcClass: PretreatmentTrcClass;
  readonly approx: number;
  readonly approxMagnitude: number;
  readonly #source: ComputedValue;
  readonly #ctx: DailyContext;
  #value: string | null;

  constructor(
    v: ComputedValue,
    ctx: DailyContext,
    kind: SncLimitKind,
    trcClass: PretreatmentTrcClass,
    fields: { id: string; date: string; approx: number; magnitude: number; value: string | null },
  ) {
    this.id = fields.id;
    this.date = fields.date;
    this.limitKind = kind;
    this.trcClass = trcClass;
    this.approx = fields.approx;
    this.approxMagnitude = fields.magnitude;
    this.#source = v;
    this.#ctx = ctx;
    this.#value = fields.value;
  }

  // Read from the computed value rather than copied: fewer fields per row, less to collect.
  get parameterCode(): string {
    return this.#source.limit.parameterCode;
  }

  get monitoringPoint(): string {
    return this.#source.limit.monitoringPoint;
  }

  get limit(): string {
    return this.#source.limit.value;
  }

  get direction(): SncMeasurement['direction'] {
    return this.#source.limit.direction;
  }

  get isNonDetect(): boolean {
    return this.#source.nonDetect;
  }

  get value(): string {
    this.#value ??= exactValueOf(this.#source, this.#ctx);
    return this.#value;
  }
}

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

function measurementOf(
  v: ComputedValue,
  ctx: DailyContext,
  trcClass: PretreatmentTrcClass,
): EngineMeasurement {
  const basis = v.limit.basis.kind;
  if (basis === 'DAILY' || basis === 'INSTANTANEOUS') {
    const dv = v.dailyValues[v.from]!;
    const kind = basis === 'DAILY' ? 'daily' : 'instantaneous';
    const id = dv.samples.length === 1 ? dv.samples[0]!.id : dv.samples.map((s) => s.id).join('+');
    if (v.nonDetect) {
      const dl = highestDetectionLimit(dv);
      const approx = Number(dl);
      return new EngineMeasurement(v, ctx, kind, trcClass, {
        id,
        date: dv.date,
        approx,
        magnitude: Math.abs(approx),
        value: dl,
      });
    }
    return new EngineMeasurement(v, ctx, kind, trcClass, {
      id,
      date: dv.date,
      approx: dv.approx,
      magnitude: dv.mag,
      value: null,
    });
  }
  // An averaging-period result: one measurement dated on the period's last day (§4.3(5)).
  approxAggregate(v.dailyValues, v.from, v.to, aggregateOf(v.limit.basis, v.limit.direction === 'max'), ctx);
  return new EngineMeasurement(v, ctx, 'average', trcClass, {
    id: `${v.limit.id}@${v.period.end}`,
    date: v.period.end,
    approx: v.approx,
    magnitude: lastAggregateMagnitude,
    value: null,
  });
}

/**
 * Turns the engine's series evaluations into SNC measurements and evaluates each facility (an IU)
 * per fixed half-year window as soon as its series are complete (evaluateProgram reports the series
 * of one monitoring point together), so that no more than one facility's measurements are alive.
 */
export class SncCollector {
  readonly #settings: StatisticsSettings;
  readonly #windows: { window: SncWindow; firstDay: number; lastDay: number }[] = [];
  readonly #done = new Set<string>();
  #facility: string | null = null;
  #byWindow: EngineMeasurement[][] = [];
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
    this.#windows.push({ window, firstDay: dayNumber(window.start), lastDay: dayNumber(window.end) });
    return this.#windows.length - 1;
  }

  /** `onSeries` hook of evaluateProgram. */
  readonly onSeries = (key: SeriesKey, evaluation: SeriesEvaluation): void => {
    if (key.monitoringPoint !== this.#facility) {
      this.finish();
      if (this.#done.has(key.monitoringPoint))
        throw new Error(`Series of ${key.monitoringPoint} were not reported together`);
      this.#facility = key.monitoringPoint;
    }
    const t0 = performance.now();
    const trcClass = (pretreatmentTrcFactor(key.parameterCode) ?? 'none') as PretreatmentTrcClass;
    let ctxLimit: ComputedValue['limit'] | null = null;
    let ctx: DailyContext | null = null;
    let window = { firstDay: 1, lastDay: 0 };
    let rows: EngineMeasurement[] = [];
    for (const v of evaluation.values) {
      if (!v.limit.enforceable) continue;
      if (v.limit !== ctxLimit) {
        ctxLimit = v.limit;
        ctx = dailyContextFor(v.limit, this.#settings);
      }
      const day = dayNumber(v.period.end);
      if (day < window.firstDay || day > window.lastDay) {
        const index = this.#windowIndex(day);
        window = this.#windows[index]!;
        this.#byWindow[index] ??= [];
        rows = this.#byWindow[index]!;
      }
      rows.push(measurementOf(v, ctx!, trcClass));
      this.#measurementCount++;
    }
    this.ms.measurements += performance.now() - t0;
  };

  /** Criteria A and B (and the rest, with no other inputs) for the current facility in every window. */
  finish(): SncSummary {
    const t0 = performance.now();
    const summary = this.summary;
    for (const [index, measurements] of this.#byWindow.entries()) {
      if (!measurements) continue;
      const { window } = this.#windows[index]!;
      const r = evaluatePretreatmentSnc({
        asOf: window.end,
        window,
        isSignificantIndustrialUser: true,
        measurements,
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
