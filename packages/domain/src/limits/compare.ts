import { D, type DecimalInput, dec } from '../numbers/decimal';

/** Which side of a limit is compliant: a maximum is met at or below it, a minimum at or above it. */
export type LimitDirection = 'max' | 'min';

/** True when `value` is outside a limit. Equality always complies (a limit of 5 allows 5). */
export function isOutsideLimit(value: DecimalInput, limit: DecimalInput, direction: LimitDirection): boolean {
  const v = dec(value);
  const l = dec(limit);
  return direction === 'max' ? v.gt(l) : v.lt(l);
}

/**
 * ECHO's exceedance percent: round(|value − limit| / limit × 100) to a whole number, half up.
 * Returns null where a percentage means nothing (pH, a zero limit).
 */
export function exceedancePercent(value: DecimalInput, limit: DecimalInput): number | null {
  const l = dec(limit);
  if (l.isZero()) return null;
  return dec(value).minus(l).abs().div(l.abs()).times(100).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
}
