import { convertUnit } from '../units/convert';
import { type Dimension, UNITS, type UnitId } from '../units/unit-catalog';

// The unit each dimension is compared in (§9.8: comparisons in standard units after conversion).
const STANDARD: Partial<Record<Dimension, UnitId>> = {
  concentration: 'mg/L',
  flow: 'MGD',
  massLoading: 'kg/d',
  ph: 'SU',
  percent: '%',
  volume: 'MG',
};

/** The standard unit of a unit's dimension (mg/L for µg/L); the unit itself where none is fixed. */
export function standardUnitOf(unit: UnitId): UnitId {
  return STANDARD[UNITS[unit].dimension] ?? unit;
}

/** A reported number in its standard unit, exact (3520.0 µg/L → '3.52' mg/L); null without a number. */
export function standardValueOf(number: string | null, unit: UnitId): { value: string; unit: UnitId } | null {
  if (number === null) return null;
  const to = standardUnitOf(unit);
  return { value: convertUnit(number, unit, to).toFixed(), unit: to };
}
