import { D, type DecimalInput, dec } from '../numbers/decimal';
import { bigDecimalParts, bigPow10 } from '../numbers/scaled-decimal';

/** Which side of a limit is compliant: a maximum is met at or below it, a minimum at or above it. */
export type LimitDirection = 'max' | 'min';

/** True when `value` is outside a limit. Equality always complies (a limit of 5 allows 5). */
export function isOutsideLimit(value: DecimalInput, limit: DecimalInput, direction: LimitDirection): boolean {
  const v = dec(value);
  const l = dec(limit);
  return direction === 'max' ? v.gt(l) : v.lt(l);
}

/**
 * ECHO's exceedance percent: round(|value − limit| / limit × 100) to a whole number, half up,
 * computed exactly in integers. Returns null where a percentage means nothing (pH, a zero limit).
 */
export function exceedancePercent(value: DecimalInput, limit: DecimalInput): number | null {
  const v = bigDecimalParts(textOf(value));
  const l = bigDecimalParts(textOf(limit));
  if (v === null || l === null) return decimalExceedancePercent(value, limit);
  if (l.coefficient === 0n) return null;
  // Both at the smaller exponent: |V − L| / |L| × 100, rounded half up as ⌊(200·|V − L| + |L|) / 2|L|⌋.
  const e = Math.min(v.exponent, l.exponent);
  const V = v.coefficient * bigPow10(v.exponent - e);
  const L = l.coefficient * bigPow10(l.exponent - e);
  const diff = V > L ? V - L : L - V;
  const abs = L < 0n ? -L : L;
  return Number((200n * diff + abs) / (2n * abs));
}

function textOf(x: DecimalInput): string {
  return typeof x === 'string' ? x : dec(x).toString();
}

/** The same figure in 40-digit decimal (reference for the exact version; throws on bad input). */
export function decimalExceedancePercent(value: DecimalInput, limit: DecimalInput): number | null {
  const l = dec(limit);
  if (l.isZero()) return null;
  return dec(value).minus(l).abs().div(l.abs()).times(100).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
}
