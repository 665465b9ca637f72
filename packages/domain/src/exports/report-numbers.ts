import { decimalText } from '../imports/decimal-text';
import { D } from '../numbers/decimal';
import { type RoundingMode, roundToSignificantFigures } from '../numbers/significant-figures';
import { exceedanceRatioPercent } from '../stats/percent-removal';

/** Plain decimal notation (never an exponent) of a decimal string; null when not a number. */
export function plainDecimal(text: string): string | null {
  return decimalText(text);
}

/** A computed value rounded only for the report (§9.11), in plain notation without padding zeros. */
export function roundedReported(value: string, digits: number, rounding: RoundingMode): string {
  return roundToSignificantFigures(value, digits, rounding).toFixed();
}

/** |value − limit| / |limit| × 100 to 2 decimals, half up (§9.5: 7.28 %); null for a zero limit. */
export function exceedancePercentOf(value: string, limit: string): number | null {
  const l = new D(limit.replace(/,/g, ''));
  if (l.isZero()) return null;
  return exceedanceRatioPercent(value, l).toDecimalPlaces(2, D.ROUND_HALF_UP).toNumber();
}

/** True when the value is outside the limit in its direction (strictly above a max, below a min). */
export function isOutside(value: string, limit: string, direction: 'max' | 'min'): boolean {
  const cmp = new D(value).cmp(new D(limit.replace(/,/g, '')));
  return direction === 'max' ? cmp > 0 : cmp < 0;
}
