import { approxConvert } from '../units/approx-convert';
import { convertUnit } from '../units/convert';
import type { LoadUnit } from '../units/mass-loading';
import type { UnitId } from '../units/unit-catalog';
import { DX, type Fraction, fraction } from './exact';
import { type SampleResult, substitutedApprox, substitutedText } from './sample';
import type { NdAveragingMode, StatisticsSettings } from './settings';

/**
 * How same-day results become one daily value (§9.2): MEAN of concentrations (arithmetic or
 * flow-weighted per settings), MASS Σ C·V, or MAX / MIN for pH and instantaneous parameters, which
 * are never averaged.
 */
export type DailyMode = 'MEAN' | 'MASS' | 'MAX' | 'MIN';

/** What a daily value is computed as. */
export interface DailyContext {
  readonly mode: DailyMode;
  /** Unit of the computed value (the limit's unit). */
  readonly unit: UnitId;
  /** Non-detect substitution in force for this value. */
  readonly nd: NdAveragingMode;
  readonly settings: StatisticsSettings;
}

/** One daily value: `approx` is a double for the fast path; `mag` bounds its rounding error. */
export interface DailyValue {
  readonly date: string;
  readonly day: number;
  readonly approx: number;
  readonly mag: number;
  readonly samples: readonly SampleResult[];
  /** Every result of the day was a non-detect. */
  readonly nonDetect: boolean;
}

function volumeApprox(s: SampleResult): number {
  const v = s.volumeMg ?? s.flowMgd;
  if (v === undefined) throw new RangeError(`Result ${s.id} has no flow or volume for a mass loading`);
  return Number(v);
}

function loadFactorText(unit: UnitId, settings: StatisticsSettings): string {
  if (unit === 'lb/d') return settings.lbPerMgLMgd;
  if (unit === 'kg/d') return settings.kgPerMgLMgd;
  if (unit === 'g/d') return new DX(settings.kgPerMgLMgd).times(1000).toString();
  throw new RangeError(`${unit} is not a mass-loading unit`);
}

/** Magnitude bound (Σ|terms| scaled like the value) of the last `approxDaily` call. */
export let lastDailyMagnitude = 0;

/** Double-precision daily value of `samples[from, to)`, all of one day. */
export function approxDaily(
  samples: readonly SampleResult[],
  from: number,
  to: number,
  ctx: DailyContext,
): number {
  const { mode, unit, nd } = ctx;
  if (mode === 'MAX' || mode === 'MIN') {
    let best = mode === 'MAX' ? -Infinity : Infinity;
    for (let i = from; i < to; i++) {
      const s = samples[i]!;
      const v = approxConvert(substitutedApprox(s.value, nd), s.unit, unit);
      best = mode === 'MAX' ? Math.max(best, v) : Math.min(best, v);
    }
    lastDailyMagnitude = Math.abs(best);
    return best;
  }
  if (mode === 'MASS') {
    let sum = 0;
    let abs = 0;
    for (let i = from; i < to; i++) {
      const s = samples[i]!;
      const term = approxConvert(substitutedApprox(s.value, nd), s.unit, 'mg/L') * volumeApprox(s);
      sum += term;
      abs += Math.abs(term);
    }
    const factor = Number(loadFactorText(unit as LoadUnit, ctx.settings));
    lastDailyMagnitude = abs * factor;
    return sum * factor;
  }
  return approxMean(samples, from, to, ctx);
}

function approxMean(samples: readonly SampleResult[], from: number, to: number, ctx: DailyContext): number {
  const weighted = ctx.settings.dailyAveraging === 'FLOW_WEIGHTED';
  let sum = 0;
  let abs = 0;
  let weight = 0;
  for (let i = from; i < to; i++) {
    const s = samples[i]!;
    const v = approxConvert(substitutedApprox(s.value, ctx.nd), s.unit, ctx.unit);
    const w = weighted ? flowApprox(s) : 1;
    sum += v * w;
    abs += Math.abs(v * w);
    weight += w;
  }
  lastDailyMagnitude = abs / weight;
  return sum / weight;
}

function flowApprox(s: SampleResult): number {
  if (s.flowMgd === undefined) throw new RangeError(`Result ${s.id} has no flow for a flow-weighted mean`);
  return Number(s.flowMgd);
}

function exactValue(s: SampleResult, ctx: DailyContext, unit: UnitId): DX {
  const text = substitutedText(s.value, ctx.nd);
  return new DX(s.unit === unit ? text : convertUnit(text, s.unit, unit).toString());
}

/** The exact daily value as a fraction, recomputed from its results in decimal. */
export function exactDaily(samples: readonly SampleResult[], ctx: DailyContext): Fraction {
  if (ctx.mode === 'MAX' || ctx.mode === 'MIN') {
    const values = samples.map((s) => exactValue(s, ctx, ctx.unit));
    return fraction(ctx.mode === 'MAX' ? DX.max(...values) : DX.min(...values));
  }
  if (ctx.mode === 'MASS') {
    const factor = new DX(loadFactorText(ctx.unit, ctx.settings));
    const sum = samples.reduce(
      (acc, s) => acc.plus(exactValue(s, ctx, 'mg/L').times(volumeText(s))),
      new DX(0),
    );
    return fraction(sum.times(factor));
  }
  if (ctx.settings.dailyAveraging !== 'FLOW_WEIGHTED') {
    if (samples.length === 1) return fraction(exactValue(samples[0]!, ctx, ctx.unit));
    const sum = samples.reduce((acc, s) => acc.plus(exactValue(s, ctx, ctx.unit)), new DX(0));
    return { num: sum, den: new DX(samples.length) };
  }
  let num = new DX(0);
  let den = new DX(0);
  for (const s of samples) {
    const w = new DX(flowText(s));
    num = num.plus(exactValue(s, ctx, ctx.unit).times(w));
    den = den.plus(w);
  }
  return { num, den };
}

function volumeText(s: SampleResult): string {
  volumeApprox(s);
  return (s.volumeMg ?? s.flowMgd) as string;
}

function flowText(s: SampleResult): string {
  flowApprox(s);
  return s.flowMgd as string;
}

/**
 * Daily values of results sorted by day (`days[i]` is the day number of `sorted[i]`). One value per
 * calendar day with results (§9.2: daily value first, then averages).
 */
export function buildDailyValues(
  sorted: readonly SampleResult[],
  days: ArrayLike<number>,
  ctx: DailyContext,
): DailyValue[] {
  const out: DailyValue[] = [];
  let start = 0;
  while (start < sorted.length) {
    const day = days[start]!;
    let end = start + 1;
    while (end < sorted.length && days[end] === day) end++;
    const approx = approxDaily(sorted, start, end, ctx);
    let nonDetect = true;
    for (let i = start; i < end; i++) if (!sorted[i]!.value.nonDetect) nonDetect = false;
    const samples = end - start === 1 ? [sorted[start]!] : sorted.slice(start, end);
    out.push({ date: sorted[start]!.date, day, approx, mag: lastDailyMagnitude, samples, nonDetect });
    start = end;
  }
  return out;
}
