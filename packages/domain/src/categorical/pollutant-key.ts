const QUALIFIERS: [RegExp, string][] = [
  [/\s*\(t\)$/, '-total'],
  [/\s*\(a\)$/, '-amenable'],
  [/,\s*total$/, '-total'],
  [/,\s*amenable$/, '-amenable'],
];
const PREFIXES: [RegExp, string][] = [
  [/^total\s+/, '-total'],
  [/^hexavalent\s+/, '-hexavalent'],
];

function slug(text: string): string {
  return text
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A canonical key for a pollutant name as written in the CFR tables, so that `Cadmium (T)`,
 * `Total Cadmium` and `Cadmium, total` meet (`cadmium-total`) while `Cyanide (A)` stays distinct.
 */
export function pollutantKey(name: string): string {
  let text = name.trim().toLowerCase().replace(/\s+/g, ' ');
  let suffix = '';
  for (const [pattern, tag] of [...QUALIFIERS, ...PREFIXES]) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '');
      suffix = tag;
      break;
    }
  }
  return `${slug(text)}${suffix}`;
}

/** True when two keys name the same pollutant; a plain metal name matches its total form. */
export function isSamePollutant(a: string, b: string): boolean {
  if (a === b) return true;
  const base = (k: string) => k.replace(/-total$/, '');
  return base(a) === base(b) && (a.endsWith('-total') || b.endsWith('-total'));
}
