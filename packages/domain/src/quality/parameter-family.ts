import { findParameter } from '../reference/parameters';
import { findSynonymByCode } from '../reference/synonyms';

/** Parameter families that share a Part 136 method list and a Table II holding time. */
export type ParameterFamily =
  | 'metal'
  | 'mercury'
  | 'chromium_vi'
  | 'cyanide'
  | 'cyanide_amenable'
  | 'oil_grease'
  | 'tss'
  | 'bod'
  | 'cbod'
  | 'cod'
  | 'ph'
  | 'temperature'
  | 'chlorine'
  | 'dissolved_oxygen'
  | 'ammonia'
  | 'phosphorus'
  | 'phenols'
  | 'sulfide'
  | 'bacteria'
  | 'tto';

// Keyed by the curated preferred code (reference/data/parameter-synonyms); equivalents follow it.
const BY_CODE: Readonly<Record<string, ParameterFamily>> = {
  '71900': 'mercury',
  '01032': 'chromium_vi',
  '00720': 'cyanide',
  '00722': 'cyanide_amenable',
  '00552': 'oil_grease',
  '00530': 'tss',
  '00310': 'bod',
  '80082': 'cbod',
  '00340': 'cod',
  '00400': 'ph',
  '00010': 'temperature',
  '50060': 'chlorine',
  '00300': 'dissolved_oxygen',
  '00610': 'ammonia',
  '00665': 'phosphorus',
  '32730': 'phenols',
  '00745': 'sulfide',
  '51040': 'bacteria',
  '74055': 'bacteria',
  '7824A': 'tto',
};

/** The family of an EPA parameter code; other metals (EPA's METALS flag) are 'metal'; else null. */
export function parameterFamilyOf(code: string): ParameterFamily | null {
  const row = findSynonymByCode(code);
  const family = BY_CODE[row?.code ?? code];
  if (family) return family;
  const info = findParameter(code);
  if (info?.groups.includes('pathogens')) return 'bacteria';
  return info?.groups.includes('metals') || row?.dissolved !== undefined ? 'metal' : null;
}
