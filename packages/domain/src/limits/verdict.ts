import { compareStatistic, type ExactStatistic } from '../stats/aggregate';
import type { PreparedLimit } from './prepared-limit';

/**
 * Relative error bound of the double-precision fast path. Every fast statistic is a sum, mean,
 * product or extreme of at most 10⁶ terms, whose error stays below 10⁶ × 2⁻⁵³ ≈ 1.1 × 10⁻¹⁰ of
 * its magnitude; anything within 10⁻⁹ of the threshold is re-decided exactly in decimal.
 */
export const FAST_PATH_TOLERANCE = 1e-9;

/**
 * Sign of (value − threshold) from doubles, or 0 when the doubles cannot decide it and the caller
 * must compare exactly. `magnitude` bounds the scale of the value's rounding error (|value| for a
 * parsed decimal, Σ|terms| for a sum); `threshold` must be the nearest double of an exact decimal.
 * NaN always gives 0.
 */
export function approxCompare(approx: number, magnitude: number, threshold: number): number {
  const diff = approx - threshold;
  const margin = FAST_PATH_TOLERANCE * (magnitude + Math.abs(threshold));
  if (diff > margin) return 1;
  if (diff < -margin) return -1;
  return 0;
}

/** Sign of (value − threshold) from doubles, or 0 when the doubles cannot decide it. */
export function approxSign(approx: number, magnitude: number, limit: PreparedLimit): number {
  return approxCompare(approx, magnitude, limit.thresholdApprox);
}

/** Exact sign of (statistic − threshold). */
export function exactSign(stat: ExactStatistic, limit: PreparedLimit): number {
  return compareStatistic(stat, limit.threshold);
}

/** Outside the limit given the sign of (value − threshold); equality complies at full precision. */
export function isOutside(sign: number, limit: PreparedLimit): boolean {
  if (sign === 0) return limit.outsideOnTie;
  return limit.isMax ? sign > 0 : sign < 0;
}
