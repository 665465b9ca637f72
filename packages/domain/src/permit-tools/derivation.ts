import type { D } from '../numbers/decimal';

/** A JSON-safe value recorded in a derivation (decimals are kept as their exact text). */
export type DerivationValue =
  | string
  | boolean
  | null
  | DerivationValue[]
  | { [key: string]: DerivationValue };

/** One line of working: what was computed, how, and the exact result. */
export interface DerivationStep {
  label: string;
  expression: string;
  value: string;
  unit?: string;
}

/**
 * "How this limit was derived": the record a permit editor stores next to a derived limit
 * (403.6(c)(7): the CA documents how equivalent limits were derived).
 */
export interface Derivation {
  tool: string;
  citation: string;
  formula: string;
  inputs: Record<string, DerivationValue>;
  steps: DerivationStep[];
  result: string | null;
  unit: string | null;
  notes: string[];
}

/** Why a tool refused to produce a value. */
export type RefusalCode =
  | 'invalid_input'
  | 'below_detection_limit'
  | 'no_regulated_flow'
  | 'missing_average_standard'
  | 'not_enabled'
  | 'not_eligible'
  | 'not_applicable'
  | 'no_assimilative_capacity';

export type ToolResult =
  | { ok: true; value: D; unit: string; derivation: Derivation }
  | { ok: false; code: RefusalCode; reason: string; derivation: Derivation };

/** Exact decimal text in normal notation (no exponent), as stored in a derivation. */
export function text(value: D): string {
  return value.toFixed();
}

export function step(label: string, expression: string, value: D, unit?: string): DerivationStep {
  return unit === undefined
    ? { label, expression, value: text(value) }
    : { label, expression, value: text(value), unit };
}

export type DerivationDraft = Omit<Derivation, 'result' | 'unit'>;

export function succeed(draft: DerivationDraft, value: D, unit: string): ToolResult {
  return { ok: true, value, unit, derivation: { ...draft, result: text(value), unit } };
}

export function refuse(draft: DerivationDraft, code: RefusalCode, reason: string): ToolResult {
  return {
    ok: false,
    code,
    reason,
    derivation: { ...draft, notes: [...draft.notes, reason], result: null, unit: null },
  };
}
