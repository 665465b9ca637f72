import { isApiError } from '../api/client';

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

interface Issue {
  path: PropertyKey[];
  message: string;
}

export interface SafeParser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates form values with a shared zod contract and returns the first message per field. */
export function validate<T>(schema: SafeParser<T>, values: unknown): ValidationResult<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The messages the server attached to named fields of a failed request. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const field of error.fields) errors[field.path] ??= field.message;
  return errors;
}

/** The error to show above a form: only when the server did not pin it to a field. */
export function formLevelError(error: unknown): unknown {
  return isApiError(error) && error.fields.length > 0 ? null : error;
}
