import {
  NPDES_GROUP_I_CODES,
  NPDES_GROUP_II_CODES,
  PARAMETER_ROWS,
  PH_CODES,
  PRETREATMENT_TRC_14_CODES,
} from './data/parameters.gen';

/** Pollutant groups flagged in EPA's DMR parameter list. */
export type PollutantGroup =
  | 'nitrogen'
  | 'phosphorus'
  | 'organicEnrichment'
  | 'solids'
  | 'pathogens'
  | 'metals'
  | 'priorityPollutant'
  | 'temperature'
  | 'radioactivity'
  | 'color'
  | 'wholeEffluentToxicity'
  | 'excludedFromLoadings';

/** An EPA parameter code with its description and pollutant groups. */
export interface ParameterInfo {
  readonly code: string;
  readonly description: string;
  readonly groups: readonly PollutantGroup[];
}

const LETTERS: Readonly<Record<string, PollutantGroup>> = {
  N: 'nitrogen',
  P: 'phosphorus',
  O: 'organicEnrichment',
  S: 'solids',
  B: 'pathogens',
  M: 'metals',
  C: 'priorityPollutant',
  T: 'temperature',
  R: 'radioactivity',
  L: 'color',
  W: 'wholeEffluentToxicity',
  X: 'excludedFromLoadings',
};

let index: Map<string, ParameterInfo> | undefined;

function parameterIndex(): Map<string, ParameterInfo> {
  if (index) return index;
  index = new Map();
  for (const row of PARAMETER_ROWS) {
    const [code = '', description = '', flags = ''] = row.split('|');
    const groups = [...flags].map((l) => LETTERS[l]).filter((g): g is PollutantGroup => g !== undefined);
    index.set(code, { code, description, groups });
  }
  return index;
}

/** Looks up an EPA parameter code ('00310'); null when the list does not have it. */
export function findParameter(code: string): ParameterInfo | null {
  return parameterIndex().get(code) ?? null;
}

/** All EPA parameter codes in the shipped list. */
export function listParameters(): ParameterInfo[] {
  return [...parameterIndex().values()];
}

const TRC_14 = new Set(PRETREATMENT_TRC_14_CODES);
const PH = new Set(PH_CODES);
const GROUP_I = new Set(NPDES_GROUP_I_CODES);
const GROUP_II = new Set(NPDES_GROUP_II_CODES);

/** True for pH parameters (no TRC test, no exceedance percent). */
export function isPhParameter(code: string): boolean {
  return PH.has(code);
}

/** True for bacteria (pathogen indicator) parameters: geometric means, ND as DL (§9.4). */
export function isBacteriaParameter(code: string): boolean {
  return findParameter(code)?.groups.includes('pathogens') ?? false;
}

/**
 * Part 403 TRC factor: '1.4' for BOD, TSS, fats, oil and grease, '1.2' for every other pollutant,
 * null for pH (403.8(f)(2)(viii)(B)). `overrides` is the per-program override (§4.3 rule 12).
 */
export function pretreatmentTrcFactor(
  code: string,
  overrides: Readonly<Record<string, string>> = {},
): string | null {
  const override = overrides[code];
  if (override !== undefined) return override;
  if (PH.has(code)) return null;
  return TRC_14.has(code) ? '1.4' : '1.2';
}

/** NPDES Category I pollutant group (40 CFR 123.45 App. A); null where neither group applies. */
export function npdesTrcGroup(code: string): 'I' | 'II' | null {
  if (GROUP_I.has(code)) return 'I';
  return GROUP_II.has(code) ? 'II' : null;
}

/** NPDES Category I TRC factor: Group I 1.4, Group II 1.2 (§9.9); null outside both groups. */
export function npdesTrcFactor(code: string): string | null {
  const group = npdesTrcGroup(code);
  return group === 'I' ? '1.4' : group === 'II' ? '1.2' : null;
}
