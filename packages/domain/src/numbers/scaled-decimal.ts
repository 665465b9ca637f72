import { D } from './decimal';

/**
 * Exact decimal arithmetic on integers: a decimal is a coefficient × 10^-scale. The fast exact path
 * of the statistics parses reported values into safe-integer coefficients (plain decimals of at most
 * 15 digits, which covers laboratory results) and keeps results as exact BigInt rationals.
 */

/** Scale of the last successful `parseScaled` call (digits after the decimal point). */
export let lastScale = 0;

/**
 * The coefficient of a plain decimal ('-12.345' → -12345, lastScale 3), or NaN for anything else
 * (an exponent, more than 15 digits, not a number): the caller then takes the decimal path.
 */
export function parseScaled(text: string): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i = 1;
  }
  let coefficient = 0;
  let digits = 0;
  let sawDigit = false;
  let scale = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (scale >= 0) return Number.NaN;
      scale = 0;
      continue;
    }
    if (c < 48 || c > 57) return Number.NaN;
    sawDigit = true;
    coefficient = coefficient * 10 + (c - 48);
    if (coefficient !== 0 && ++digits > 15) return Number.NaN;
    if (scale >= 0) scale++;
  }
  if (!sawDigit) return Number.NaN;
  lastScale = Math.max(scale, 0);
  return negative ? -coefficient : coefficient;
}

/** Powers of ten as doubles (exact up to 10^22). */
export const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

const BIG_POW10: bigint[] = [];

/** 10^k as a BigInt. */
export function bigPow10(k: number): bigint {
  let p = BIG_POW10[k];
  if (p === undefined) {
    p = 10n ** BigInt(k);
    if (k < 64) BIG_POW10[k] = p;
  }
  return p;
}

/** An exact decimal as coefficient × 10^exponent. */
export interface BigDecimalParts {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Any finite decimal text (exponent allowed) as BigInt parts, or null when it is not one. */
export function bigDecimalParts(text: string): BigDecimalParts | null {
  const m = DECIMAL_TEXT.exec(text.trim());
  if (!m) return null;
  const whole = m[2] ?? '';
  const frac = m[3] ?? '';
  if (whole === '' && frac === '') return null;
  const magnitude = BigInt(`${whole}${frac}` || '0');
  return {
    coefficient: m[1] === '-' ? -magnitude : magnitude,
    exponent: Number(m[4] ?? 0) - frac.length,
  };
}

/** ⌊log10(a/den)⌋ for a, den > 0, possibly off by one (the caller corrects it). */
function exponentEstimate(a: bigint, den: bigint): number {
  const estimate = Math.floor(Math.log10(Number(a)) - Math.log10(Number(den)));
  if (Number.isFinite(estimate)) return estimate;
  return a.toString().length - den.toString().length;
}

/**
 * num/den (den > 0) rounded to `digits` significant digits, half up (away from zero on a tie), as
 * decimal.js writes it: the same text as `Decimal.clone({ precision: digits }).div(num, den)`.
 */
export function rationalText(num: bigint, den: bigint, digits = 40): string {
  if (num === 0n) return '0';
  const negative = num < 0n;
  const a = negative ? -num : num;
  const low = bigPow10(digits - 1);
  const high = bigPow10(digits);
  // q = ⌊a·10^shift / den⌋ with exactly `digits` digits; the remainder decides the rounding.
  let shift = digits - 1 - exponentEstimate(a, den);
  for (;;) {
    const n = shift >= 0 ? a * bigPow10(shift) : a;
    const d = shift >= 0 ? den : den * bigPow10(-shift);
    let q = n / d;
    if (q < low) shift++;
    else if (q >= high) shift--;
    else {
      if ((n - q * d) * 2n >= d) q += 1n;
      return formatDecimal(negative, q.toString(), -shift);
    }
  }
}

// decimal.js toString(): trailing zeros dropped, plain notation unless the exponent is ≤ -7 or ≥ 21.
function formatDecimal(negative: boolean, digits: string, digitsExponent: number): string {
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  const coefficient = digits.slice(0, end);
  const exponent = digitsExponent + digits.length - end;
  const e = coefficient.length - 1 + exponent;
  if (e <= -7 || e >= 21) return new D(`${negative ? '-' : ''}${coefficient}e${exponent}`).toString();
  let text: string;
  if (exponent >= 0) text = coefficient + '0'.repeat(exponent);
  else if (e >= 0) text = `${coefficient.slice(0, e + 1)}.${coefficient.slice(e + 1)}`;
  else text = `0.${'0'.repeat(-e - 1)}${coefficient}`;
  return negative ? `-${text}` : text;
}

/** Sign of num/den − parts (den > 0), exactly. */
export function compareRational(num: bigint, den: bigint, parts: BigDecimalParts): number {
  let left = num;
  let right = parts.coefficient * den;
  if (parts.exponent >= 0) right *= bigPow10(parts.exponent);
  else left *= bigPow10(-parts.exponent);
  return left > right ? 1 : left < right ? -1 : 0;
}
