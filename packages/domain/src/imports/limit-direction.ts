import { findStatisticalBase } from '../reference/codes';

/**
 * 'min' for a lower bound (qualifier '>=' / '>', or a MIN statistical base such as pH minimum),
 * otherwise 'max' (§11.3: the base type decides the comparison direction).
 */
export function limitDirection(
  qualifier: string | null,
  baseCode: string,
  baseName: string | null,
): 'max' | 'min' {
  if (qualifier?.startsWith('>')) return 'min';
  if (qualifier?.startsWith('<')) return 'max';
  const type = findStatisticalBase(baseCode)?.type ?? null;
  if (type !== null) return type === 'MIN' ? 'min' : 'max';
  return baseName !== null && /\bMIN/i.test(baseName) ? 'min' : 'max';
}
