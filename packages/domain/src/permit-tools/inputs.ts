import { type D, type DecimalInput, dec } from '../numbers/decimal';
import { type DerivationDraft, refuse, type ToolResult } from './derivation';

/** Invalid input to a tool: permit tools turn it into an `invalid_input` refusal; classification throws it. */
export class ToolInputError extends Error {}

/** A finite decimal, or an `ToolInputError` naming the field. */
export function decimalField(value: DecimalInput | null | undefined, field: string): D {
  if (value === null || value === undefined || value === '')
    throw new ToolInputError(`${field} is required.`);
  let d: D;
  try {
    d = dec(value);
  } catch {
    throw new ToolInputError(`${field} is not a number: ${String(value)}.`);
  }
  if (!d.isFinite()) throw new ToolInputError(`${field} must be a finite number.`);
  return d;
}

export function nonNegativeField(value: DecimalInput | null | undefined, field: string): D {
  const d = decimalField(value, field);
  if (d.isNegative()) throw new ToolInputError(`${field} must not be negative (got ${d.toFixed()}).`);
  return d;
}

export function positiveField(value: DecimalInput | null | undefined, field: string): D {
  const d = decimalField(value, field);
  if (!d.isPositive() || d.isZero())
    throw new ToolInputError(`${field} must be greater than zero (got ${d.toFixed()}).`);
  return d;
}

/** A fraction in [0, 1) such as a removal efficiency or safety factor. */
export function fractionField(value: DecimalInput | null | undefined, field: string, allowOne = false): D {
  const d = nonNegativeField(value, field);
  if (allowOne ? d.gt(1) : d.gte(1)) {
    throw new ToolInputError(
      `${field} must be a fraction ${allowOne ? 'from 0 to 1' : 'from 0 up to (not including) 1'}.`,
    );
  }
  return d;
}

export function optionalText(value: DecimalInput | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Runs a tool body, turning an `ToolInputError` into a refusal that keeps the working so far. */
export function guard(draft: DerivationDraft, body: () => ToolResult): ToolResult {
  try {
    return body();
  } catch (error) {
    if (error instanceof ToolInputError) return refuse(draft, 'invalid_input', error.message);
    throw error;
  }
}
