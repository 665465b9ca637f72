import { D, type DecimalInput, dec } from './decimal';

/** Rounding rule for a final reported value; which one applies is LOCAL (domain-spec §9.11). */
export type RoundingMode = 'HALF_UP' | 'HALF_EVEN';

const DIGITS = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE][+-]?\d+)?$/;

/**
 * Significant figures of a number as written. Leading zeros never count; trailing zeros of an
 * integer written without a decimal point ('1,200') count only when `integerZerosSignificant`
 * (the convention for permit limits, where '30' means 30 and not 3 × 10¹).
 */
export function countSignificantFigures(text: string, integerZerosSignificant = false): number | null {
  const match = DIGITS.exec(text.replace(/,/g, '').trim());
  if (!match) return null;
  const whole = match[1] ?? '';
  const frac = match[2];
  if (whole === '' && (frac === undefined || frac === '')) return null;
  const all = `${whole}${frac ?? ''}`.replace(/^0+/, '');
  if (all === '') return Math.max(1, (frac ?? '').length);
  if (frac !== undefined || integerZerosSignificant) return all.length;
  return all.replace(/0+$/, '').length;
}

/** Rounds to `figures` significant figures (§9.11: round only the final reported value). */
export function roundToSignificantFigures(
  value: DecimalInput,
  figures: number,
  mode: RoundingMode = 'HALF_UP',
): D {
  const rounding = mode === 'HALF_UP' ? D.ROUND_HALF_UP : D.ROUND_HALF_EVEN;
  return dec(value).toSignificantDigits(figures, rounding);
}

/**
 * Writes a rounded value with exactly `figures` significant figures, keeping trailing zeros
 * ('2.8' at 3 figures is '2.80'), never in exponent notation.
 */
export function formatSignificantFigures(
  value: DecimalInput,
  figures: number,
  mode: RoundingMode = 'HALF_UP',
): string {
  const rounded = roundToSignificantFigures(value, figures, mode);
  if (rounded.isZero()) return rounded.toFixed(Math.max(0, figures - 1));
  const places = figures - rounded.abs().e - 1;
  return rounded.toFixed(Math.max(0, places));
}

/** The place value of the last significant figure of a limit as written ('2.61' → 0.01, '30' → 1). */
export function lastDigitUnit(text: string): D {
  const plain = text.replace(/,/g, '').trim();
  const value = dec(plain);
  const figures = countSignificantFigures(plain, true) ?? 1;
  const exponent = value.isZero() ? -Math.max(0, figures - 1) : value.abs().e - figures + 1;
  return new D(10).pow(exponent);
}
