import { bigPow10, lastScale, POW10, parseScaled } from '../numbers/scaled-decimal';
import type { Aggregate, ExactStatistic } from './aggregate';
import type { DailyContext, DailyValue } from './daily-values';
import { substitutedText } from './sample';

let coefficients = new Float64Array(1024);
let scales = new Int32Array(1024);

function grow(): void {
  const c = new Float64Array(coefficients.length * 2);
  c.set(coefficients);
  coefficients = c;
  const s = new Int32Array(scales.length * 2);
  s.set(scales);
  scales = s;
}

// Sums and products of safe integers are exact in doubles; a result past 2^53 rounds to at least
// 2^53, which is not a safe integer, so every overflow is caught here and sent to decimal.
class Overflow extends Error {}
const OVERFLOW = new Overflow();
function safe(x: number): number {
  if (!Number.isSafeInteger(x)) throw OVERFLOW;
  return x;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Parses the window's results into `coefficients`/`scales`; returns the count and common scale, or null. */
function parseWindow(values: readonly DailyValue[], from: number, to: number, ctx: DailyContext) {
  let count = 0;
  let scale = 0;
  for (let i = from; i < to; i++) {
    for (const s of values[i]!.samples) {
      if (s.unit !== ctx.unit) return null;
      const c = parseScaled(substitutedText(s.value, ctx.nd));
      if (Number.isNaN(c)) return null;
      if (count === coefficients.length) grow();
      coefficients[count] = c;
      scales[count] = lastScale;
      if (lastScale > scale) scale = lastScale;
      count++;
    }
  }
  return scale < POW10.length ? scale : null;
}

/**
 * The exact statistic of `values[from, to)` in integer arithmetic, or null when the window is out of
 * its reach (unit conversion, mass loadings, flow weighting, geometric means, exponents, more than 15
 * digits, or sums beyond 2^53): the caller then computes it in decimal. Each result is a coefficient
 * at the window's common scale; a daily value is Σ/m; the statistic is one exact BigInt rational,
 * equal to the decimal path's fraction (a property test checks both agree on value and verdict).
 */
export function scaledAggregate(
  values: readonly DailyValue[],
  from: number,
  to: number,
  agg: Aggregate,
  ctx: DailyContext,
): ExactStatistic | null {
  if (agg === 'GEOMEAN' || ctx.mode === 'MASS' || ctx.settings.dailyAveraging === 'FLOW_WEIGHTED')
    return null;
  const scale = parseWindow(values, from, to, ctx);
  if (scale === null) return null;
  try {
    return combine(values, from, to, agg, ctx, scale);
  } catch (e) {
    if (e === OVERFLOW) return null;
    throw e;
  }
}

function combine(
  values: readonly DailyValue[],
  from: number,
  to: number,
  agg: Aggregate,
  ctx: DailyContext,
  scale: number,
): ExactStatistic {
  const extremeDay = ctx.mode === 'MAX' ? 1 : ctx.mode === 'MIN' ? -1 : 0;
  const extremeWindow = agg === 'MAX' ? 1 : agg === 'MIN' ? -1 : 0;
  let j = 0;
  // MEAN / TOTAL: Σ daily values = num / lcm. MAX / MIN: the best daily value bestNum / bestDen.
  let num = 0;
  let lcm = 1;
  let bestNum = 0;
  let bestDen = 0;
  for (let i = from; i < to; i++) {
    const m = values[i]!.samples.length;
    let dayNum = 0;
    for (let k = 0; k < m; k++, j++) {
      const c = safe(coefficients[j]! * POW10[scale - scales[j]!]!);
      if (extremeDay === 0) dayNum = safe(dayNum + c);
      else if (k === 0 || (c - dayNum) * extremeDay > 0) dayNum = c;
    }
    const dayDen = extremeDay === 0 ? m : 1;
    if (extremeWindow !== 0) {
      if (bestDen === 0 || (safe(dayNum * bestDen) - safe(bestNum * dayDen)) * extremeWindow > 0) {
        bestNum = dayNum;
        bestDen = dayDen;
      }
      continue;
    }
    const next = safe((lcm / gcd(lcm, dayDen)) * dayDen);
    num = safe(safe(num * (next / lcm)) + safe(dayNum * (next / dayDen)));
    lcm = next;
  }
  const unit = bigPow10(scale);
  if (extremeWindow !== 0) return { kind: 'rational', num: BigInt(bestNum), den: BigInt(bestDen) * unit };
  const n = agg === 'MEAN' ? to - from : 1;
  return { kind: 'rational', num: BigInt(num), den: BigInt(lcm) * BigInt(n) * unit };
}
