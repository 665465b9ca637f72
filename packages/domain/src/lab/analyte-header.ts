import { resolveUnit } from '../units/unit-catalog';

/** 'Cu (mg/L)', 'Zinc [ug/L]', 'pH (SU)' → name and unit text; unit null when the header has none. */
export function splitAnalyteHeader(header: string): { name: string; unitText: string | null } {
  const m = /^(.*?)\s*[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(header.trim());
  if (!m || m[1] === '') return { name: header.trim(), unitText: null };
  return { name: m[1]!, unitText: m[2]! };
}

/** True when the header carries a unit we know ('(mg/L)', '(gpd)'). */
export function hasKnownUnit(header: string): boolean {
  const { unitText } = splitAnalyteHeader(header);
  return unitText !== null && resolveUnit(unitText) !== null;
}
