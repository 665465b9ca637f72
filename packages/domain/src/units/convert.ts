import { D, type DecimalInput, dec } from '../numbers/decimal';
import { UNITS, type UnitId } from './unit-catalog';

function factorOf(unit: UnitId): D {
  const text = UNITS[unit].factor;
  const slash = text.indexOf('/');
  return slash < 0 ? new D(text) : new D(text.slice(0, slash)).div(text.slice(slash + 1));
}

function factorRatio(from: UnitId, to: UnitId): { num: D; den: D } {
  const num = (text: string) => (text.includes('/') ? new D(text.slice(text.indexOf('/') + 1)) : new D(1));
  const head = (text: string) => new D(text.includes('/') ? text.slice(0, text.indexOf('/')) : text);
  const f = UNITS[from].factor;
  const t = UNITS[to].factor;
  return { num: head(f).times(num(t)), den: num(f).times(head(t)) };
}

/** True when `from` can be converted to `to` (same dimension). */
export function isConvertible(from: UnitId, to: UnitId): boolean {
  return UNITS[from].dimension === UNITS[to].dimension;
}

function toCelsius(value: D, unit: UnitId): D {
  if (unit === 'degF') return value.minus(32).times(5).div(9);
  if (unit === 'K') return value.minus('273.15');
  return value;
}

function fromCelsius(value: D, unit: UnitId): D {
  if (unit === 'degF') return value.times(9).div(5).plus(32);
  if (unit === 'K') return value.plus('273.15');
  return value;
}

/**
 * Converts a value between units of one dimension, in decimal, with a single final division so
 * that exact factors (µg/L → mg/L ÷ 1000, lb → 0.45359237 kg) give exact results (domain-spec §9.3).
 */
export function convertUnit(value: DecimalInput, from: UnitId, to: UnitId): D {
  if (!isConvertible(from, to)) throw new RangeError(`Cannot convert ${from} to ${to}`);
  const v = dec(value);
  if (from === to) return v;
  if (UNITS[from].dimension === 'temperature') return fromCelsius(toCelsius(v, from), to);
  const { num, den } = factorRatio(from, to);
  return v.times(num).div(den);
}

/** The exact conversion factor `to`-units per `from`-unit (for display and audit). */
export function conversionFactor(from: UnitId, to: UnitId): D {
  if (!isConvertible(from, to) || UNITS[from].dimension === 'temperature') {
    throw new RangeError(`No linear factor from ${from} to ${to}`);
  }
  return factorOf(from).div(factorOf(to));
}
