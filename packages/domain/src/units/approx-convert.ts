import { conversionFactor, convertUnit, isConvertible } from './convert';
import { UNITS, type UnitId } from './unit-catalog';

const cache = new Map<string, number>();

/**
 * Double-precision conversion for the fast path (relative error ≤ 2 ulp); verdicts close to a
 * limit are always re-decided with `convertUnit`.
 */
export function approxConvert(value: number, from: UnitId, to: UnitId): number {
  if (from === to) return value;
  if (UNITS[from].dimension === 'temperature') return convertUnit(value, from, to).toNumber();
  const key = `${from}>${to}`;
  let factor = cache.get(key);
  if (factor === undefined) {
    if (!isConvertible(from, to)) throw new RangeError(`Cannot convert ${from} to ${to}`);
    factor = conversionFactor(from, to).toNumber();
    cache.set(key, factor);
  }
  return value * factor;
}
