import { D, type DecimalInput, dec } from '../numbers/decimal';

const WIDE = D.clone({ precision: 80 });

/** Largest value. */
export function maxOf(values: readonly DecimalInput[]): D {
  if (values.length === 0) throw new RangeError('max of no values');
  return D.max(...values.map(dec));
}

/** Smallest value. */
export function minOf(values: readonly DecimalInput[]): D {
  if (values.length === 0) throw new RangeError('min of no values');
  return D.min(...values.map(dec));
}

/** Σ values. */
export function totalOf(values: readonly DecimalInput[]): D {
  return values.reduce<D>((acc, v) => acc.plus(dec(v)), new D(0));
}

/** Arithmetic mean (122.41(l)(4)(iii): averages are arithmetic unless the permit says otherwise). */
export function arithmeticMean(values: readonly DecimalInput[]): D {
  if (values.length === 0) throw new RangeError('mean of no values');
  return totalOf(values).div(values.length);
}

/** Geometric mean exp(mean(ln x)) to 40 significant digits, computed at 80 (§9.1; ND-2: 10, 100, 1000 → 100). */
export function geometricMean(values: readonly DecimalInput[]): D {
  if (values.length === 0) throw new RangeError('geometric mean of no values');
  let logs = new WIDE(0);
  for (const v of values) {
    const x = new WIDE(dec(v).toString());
    if (x.lte(0)) throw new RangeError('geometric mean needs positive values');
    logs = logs.plus(x.ln());
  }
  return new D(logs.div(values.length).exp().toSignificantDigits(40).toString());
}
