import { PARAMETER_CAS_ROWS } from './data/cas-numbers.gen';

/**
 * A CAS Registry Number as digits without hyphens or leading zeros ('7440-50-8' → '7440508'), the
 * way EPA's parameter list writes it; null when the text is not a CAS number or its check digit is
 * wrong (CAS check digit: Σ digitᵢ × i from the right, excluding the check digit, mod 10).
 */
export function normaliseCas(text: string): string | null {
  const trimmed = text.trim();
  const hyphenated = /^(\d{2,7})-(\d{2})-(\d)$/.exec(trimmed);
  const digits = hyphenated ? hyphenated.slice(1).join('') : /^\d{5,10}$/.test(trimmed) ? trimmed : null;
  if (digits === null) return null;
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i + 1);
  if (sum % 10 !== Number(digits.slice(-1))) return null;
  return digits.replace(/^0+/, '');
}

/** '7440508' → '7440-50-8'. */
export function formatCas(digits: string): string {
  return `${digits.slice(0, -3)}-${digits.slice(-3, -1)}-${digits.slice(-1)}`;
}

let byCas: Map<string, string[]> | undefined;
let byCode: Map<string, string> | undefined;

function load(): void {
  byCas = new Map();
  byCode = new Map();
  for (const row of PARAMETER_CAS_ROWS) {
    const [code = '', cas = ''] = row.split('|');
    byCode.set(code, cas);
    const list = byCas.get(cas) ?? [];
    list.push(code);
    byCas.set(cas, list);
  }
}

/** Every EPA parameter code listed with this CAS number (often several: total, dissolved, sludge …). */
export function parameterCodesForCas(cas: string): readonly string[] {
  if (!byCas) load();
  const digits = normaliseCas(cas) ?? cas.replace(/^0+/, '');
  return byCas!.get(digits) ?? [];
}

/** The CAS number EPA lists for a parameter code, hyphenated; null when it has none. */
export function casNumberOf(code: string): string | null {
  if (!byCode) load();
  const digits = byCode!.get(code);
  return digits ? formatCas(digits) : null;
}
