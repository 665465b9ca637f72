import Decimal from 'decimal.js';

/**
 * Wide decimal for exact rational work: sums and products of reported values never reach 1,000
 * digits, so `plus`/`times` never round and every comparison made with it is exact.
 */
export const DX = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP });
export type DX = InstanceType<typeof DX>;

/** An exact rational num/den (den > 0) built from decimals without any division. */
export interface Fraction {
  readonly num: DX;
  readonly den: DX;
}

const ONE = new DX(1);
const ZERO = new DX(0);

/** A terminating decimal as a fraction. */
export function fraction(text: string | DX, den: DX = ONE): Fraction {
  return { num: text instanceof DX ? text : new DX(text), den };
}

/** The fraction 0. */
export const ZERO_FRACTION: Fraction = { num: ZERO, den: ONE };

/** a + b. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.den.eq(b.den)) return { num: a.num.plus(b.num), den: a.den };
  return { num: a.num.times(b.den).plus(b.num.times(a.den)), den: a.den.times(b.den) };
}

/** a × b. */
export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num.times(b.num), den: a.den.times(b.den) };
}

/** a ÷ n for a positive integer n. */
export function divideFraction(a: Fraction, n: number | DX): Fraction {
  return { num: a.num, den: a.den.times(n) };
}

/** Sign of a − b, exactly. */
export function compareFractions(a: Fraction, b: Fraction): number {
  return a.num.times(b.den).comparedTo(b.num.times(a.den));
}

/** The fraction's value rounded to 40 significant digits (display only, never a verdict). */
export function fractionValue(a: Fraction): string {
  if (a.den.eq(1)) return a.num.toSignificantDigits(40).toString();
  return NARROW.div(a.num, a.den).toString();
}

const NARROW = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
