import Decimal from 'decimal.js';

/**
 * The decimal type used for every compliance computation. Binary floating point is never used
 * where a comparison decides a verdict (domain-spec, general rule: 0.34 × 1.2 must equal 0.408).
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type D = InstanceType<typeof D>;

export type DecimalInput = D | string | number;

export function dec(value: DecimalInput): D {
  return value instanceof D ? value : new D(value);
}
