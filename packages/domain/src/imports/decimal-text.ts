import { D } from '../numbers/decimal';
import { normaliseNumber } from '../numbers/reported-value';

/** Exact decimal text in plain notation ('.474' → '0.474', '1E-3' → '0.001'); null when not a number. */
export function decimalText(text: string): string | null {
  const normal = normaliseNumber(text);
  if (normal === null) return null;
  return /e/i.test(normal) ? new D(normal).toFixed() : normal;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDateText(text: string): boolean {
  return ISO_DATE.test(text);
}
