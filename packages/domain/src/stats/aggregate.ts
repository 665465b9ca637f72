import { bigDecimalParts, compareRational, rationalText } from '../numbers/scaled-decimal';
import { type DailyContext, type DailyValue, exactDaily } from './daily-values';
import {
  addFractions,
  compareFractions,
  DX,
  divideFraction,
  type Fraction,
  fraction,
  fractionValue,
  multiplyFractions,
  ZERO_FRACTION,
} from './exact';
import { scaledAggregate } from './scaled-aggregate';

/** Statistic over the daily values of a window (§9.1 table). */
export type Aggregate = 'MEAN' | 'GEOMEAN' | 'TOTAL' | 'MAX' | 'MIN';

/**
 * Exact statistic: a fraction (decimal, or a BigInt rational from the integer fast path), or a
 * geometric mean kept as (product, n) so it can be compared exactly.
 */
export type ExactStatistic =
  | { readonly kind: 'fraction'; readonly value: Fraction }
  | { readonly kind: 'rational'; readonly num: bigint; readonly den: bigint }
  | { readonly kind: 'geomean'; readonly product: Fraction; readonly n: number };

/** Magnitude bound of the last `approxAggregate` call. */
export let lastAggregateMagnitude = 0;

/** Double-precision statistic of `values[from, to)`. */
export function approxAggregate(
  values: readonly DailyValue[],
  from: number,
  to: number,
  agg: Aggregate,
  ctx: DailyContext,
): number {
  const n = to - from;
  if (agg === 'MAX' || agg === 'MIN') return approxExtreme(values, from, to, agg === 'MAX');
  if (agg === 'GEOMEAN') return approxGeomean(values, from, to, geomeanSubstitute(ctx));
  let sum = 0;
  let mag = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    sum += v.approx;
    mag += v.mag;
  }
  const divisor = agg === 'MEAN' ? n : 1;
  lastAggregateMagnitude = mag / divisor;
  return sum / divisor;
}

function approxExtreme(values: readonly DailyValue[], from: number, to: number, isMax: boolean): number {
  let best = values[from]!;
  for (let i = from + 1; i < to; i++) {
    const v = values[i]!;
    if (isMax ? v.approx > best.approx : v.approx < best.approx) best = v;
  }
  lastAggregateMagnitude = best.mag;
  return best.approx;
}

/**
 * The value a daily value ≤ 0 takes in a geometric mean (settings.geomeanNonPositiveValue, default 1:
 * the bacteria convention that a count below 1 is reported as <1; UNVERIFIED, LOCAL).
 */
export function geomeanSubstitute(ctx: DailyContext): string {
  const text = ctx.settings.geomeanNonPositiveValue;
  if (!(Number(text) > 0)) throw new RangeError(`geomeanNonPositiveValue must be positive: '${text}'`);
  return text;
}

// Geometric mean exp(mean(ln x)) (§9.1); a value ≤ 0 counts as the substitute.
function approxGeomean(values: readonly DailyValue[], from: number, to: number, substitute: string): number {
  const substituteLog = Math.log(Number(substitute));
  let logs = 0;
  let absLogs = 0;
  for (let i = from; i < to; i++) {
    const x = values[i]!.approx;
    const l = x > 0 ? Math.log(x) : substituteLog;
    logs += l;
    absLogs += Math.abs(l);
  }
  const value = Math.exp(logs / (to - from));
  lastAggregateMagnitude = value * (2 + absLogs);
  return value;
}

/**
 * Exact statistic of `values[from, to)`, recomputed from the results: in integers where they reach
 * (scaledAggregate), else in decimal.
 */
export function exactAggregate(
  values: readonly DailyValue[],
  from: number,
  to: number,
  agg: Aggregate,
  ctx: DailyContext,
): ExactStatistic {
  return scaledAggregate(values, from, to, agg, ctx) ?? decimalAggregate(values, from, to, agg, ctx);
}

/** Exact statistic of `values[from, to)` in decimal fractions (the reference for the fast path). */
export function decimalAggregate(
  values: readonly DailyValue[],
  from: number,
  to: number,
  agg: Aggregate,
  ctx: DailyContext,
): ExactStatistic {
  const parts: Fraction[] = [];
  for (let i = from; i < to; i++) parts.push(exactDaily(values[i]!.samples, ctx));
  if (agg === 'GEOMEAN') {
    const substitute = fraction(geomeanSubstitute(ctx));
    const positive = parts.map((p) => (p.num.isPositive() && !p.num.isZero() ? p : substitute));
    return { kind: 'geomean', product: positive.reduce(multiplyFractions), n: parts.length };
  }
  if (agg === 'MAX' || agg === 'MIN') {
    const sign = agg === 'MAX' ? 1 : -1;
    const best = parts.reduce((a, b) => (compareFractions(b, a) * sign > 0 ? b : a));
    return { kind: 'fraction', value: best };
  }
  const sum = parts.reduce(addFractions, ZERO_FRACTION);
  return { kind: 'fraction', value: agg === 'MEAN' ? divideFraction(sum, parts.length) : sum };
}

/** Sign of (statistic − threshold), exactly: a geometric mean compares Π x against thresholdⁿ. */
export function compareStatistic(stat: ExactStatistic, threshold: DX): number {
  if (stat.kind === 'fraction') return compareFractions(stat.value, fraction(threshold));
  if (stat.kind === 'rational')
    return compareRational(stat.num, stat.den, bigDecimalParts(threshold.toString())!);
  if (threshold.lte(0)) return 1;
  return compareFractions(stat.product, fraction(threshold.pow(stat.n)));
}

const WIDE = DX.clone({ precision: 80 });

/** The statistic's value to 40 significant digits (display; verdicts use compareStatistic). */
export function statisticValue(stat: ExactStatistic): string {
  if (stat.kind === 'fraction') return fractionValue(stat.value);
  if (stat.kind === 'rational') return rationalText(stat.num, stat.den);
  const p = new WIDE(stat.product.num).div(stat.product.den);
  return p.ln().div(stat.n).exp().toSignificantDigits(40).toString();
}
