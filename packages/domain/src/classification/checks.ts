import type { D, DecimalInput } from '../numbers/decimal';
import { nonNegativeField, ToolInputError } from '../permit-tools/inputs';
import type { CheckOutcome, ClassificationCheck } from './types';

export function check(
  id: string,
  citation: string,
  description: string,
  outcome: CheckOutcome | boolean,
  values: Record<string, string> = {},
): ClassificationCheck {
  const o: CheckOutcome = typeof outcome === 'boolean' ? (outcome ? 'met' : 'not-met') : outcome;
  return { id, citation, description, outcome: o, values };
}

/** A non-negative decimal, or null when the fact is not known. */
export function optionalAmount(value: DecimalInput | null | undefined, field: string): D | null {
  if (value === null || value === undefined || value === '') return null;
  return nonNegativeField(value, field);
}

export function amount(value: DecimalInput | null | undefined, field: string): D {
  const d = optionalAmount(value, field);
  if (d === null) throw new ToolInputError(`${field} is required.`);
  return d;
}

export function percent(part: D, whole: D): string {
  return part.div(whole).times(100).toDecimalPlaces(2).toFixed(2);
}

export function isMet(checks: ClassificationCheck[], id: string): boolean {
  return checks.find((c) => c.id === id)?.outcome === 'met';
}

/** `YYYY-MM-DD` two calendar years earlier (29 Feb → 28 Feb). */
export function twoYearsBefore(date: string): string {
  const [y, m, d] = date.split('-');
  const year = String(Number(y) - 2).padStart(4, '0');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${year}-${m}-${day}`;
}
