/** Physical dimension of a unit; conversion is only defined inside one dimension. */
export type Dimension =
  | 'concentration'
  | 'flow'
  | 'massLoading'
  | 'temperature'
  | 'ph'
  | 'bacteria'
  | 'percent'
  | 'volume';

/** Canonical unit identifiers used throughout the engine. */
export type UnitId =
  | 'ng/L'
  | 'ug/L'
  | 'mg/L'
  | 'g/L'
  | 'MGD'
  | 'gpd'
  | 'L/d'
  | 'm3/d'
  | 'lb/d'
  | 'kg/d'
  | 'g/d'
  | 'degC'
  | 'degF'
  | 'K'
  | 'SU'
  | 'MPN/100mL'
  | 'CFU/100mL'
  | '#/100mL'
  | '%'
  | 'MG'
  | 'gal'
  | 'L'
  | 'm3';

/** A linear unit: value in the dimension's base unit = value × factor (factor as exact decimal text). */
export interface UnitDefinition {
  readonly id: UnitId;
  readonly dimension: Dimension;
  readonly factor: string;
}

/** 1 US gallon = 3.785411784 L exactly (NIST): the one source of the gallon in every conversion. */
export const LITRES_PER_GALLON = '3.785411784';
/** 1 lb = 0.45359237 kg exactly (NIST). */
export const KG_PER_POUND = '0.45359237';
const GALLON_L = LITRES_PER_GALLON;

/** Base units: mg/L, MGD, kg/d, SU, #/100mL, %, MG. Temperature is affine and handled apart. */
export const UNITS: Readonly<Record<UnitId, UnitDefinition>> = {
  'ng/L': { id: 'ng/L', dimension: 'concentration', factor: '0.000001' },
  'ug/L': { id: 'ug/L', dimension: 'concentration', factor: '0.001' },
  'mg/L': { id: 'mg/L', dimension: 'concentration', factor: '1' },
  'g/L': { id: 'g/L', dimension: 'concentration', factor: '1000' },
  MGD: { id: 'MGD', dimension: 'flow', factor: '1' },
  gpd: { id: 'gpd', dimension: 'flow', factor: '0.000001' },
  'L/d': { id: 'L/d', dimension: 'flow', factor: `1/${GALLON_L}e6` },
  'm3/d': { id: 'm3/d', dimension: 'flow', factor: `1/${GALLON_L}e3` },
  'kg/d': { id: 'kg/d', dimension: 'massLoading', factor: '1' },
  'g/d': { id: 'g/d', dimension: 'massLoading', factor: '0.001' },
  'lb/d': { id: 'lb/d', dimension: 'massLoading', factor: KG_PER_POUND },
  degC: { id: 'degC', dimension: 'temperature', factor: '1' },
  degF: { id: 'degF', dimension: 'temperature', factor: '1' },
  K: { id: 'K', dimension: 'temperature', factor: '1' },
  SU: { id: 'SU', dimension: 'ph', factor: '1' },
  // ECHO treats MPN and CFU per 100 mL as equivalent (standard unit 30 for 3Z values).
  'MPN/100mL': { id: 'MPN/100mL', dimension: 'bacteria', factor: '1' },
  'CFU/100mL': { id: 'CFU/100mL', dimension: 'bacteria', factor: '1' },
  '#/100mL': { id: '#/100mL', dimension: 'bacteria', factor: '1' },
  '%': { id: '%', dimension: 'percent', factor: '1' },
  MG: { id: 'MG', dimension: 'volume', factor: '1' },
  gal: { id: 'gal', dimension: 'volume', factor: '0.000001' },
  L: { id: 'L', dimension: 'volume', factor: `1/${GALLON_L}e6` },
  m3: { id: 'm3', dimension: 'volume', factor: `1/${GALLON_L}e3` },
};

const ALIASES: Readonly<Record<string, UnitId>> = {
  'µg/l': 'ug/L',
  'μg/l': 'ug/L',
  ppb: 'ug/L',
  ppm: 'mg/L',
  mgd: 'MGD',
  'gal/d': 'gpd',
  'm³/d': 'm3/d',
  'lbs/d': 'lb/d',
  'lb/day': 'lb/d',
  'kg/day': 'kg/d',
  'deg c': 'degC',
  '°c': 'degC',
  'deg f': 'degF',
  '°f': 'degF',
  's.u.': 'SU',
  'mpn/100 ml': 'MPN/100mL',
  'cfu/100 ml': 'CFU/100mL',
  percent: '%',
};

/** Resolves a unit as written in a lab file or DMR ('µg/L', 'ug/l', 'deg F', 'm³/d') to a UnitId. */
export function resolveUnit(text: string): UnitId | null {
  const trimmed = text.trim();
  if (trimmed in UNITS) return trimmed as UnitId;
  const lower = trimmed.toLowerCase();
  const alias = ALIASES[lower];
  if (alias) return alias;
  const match = (Object.keys(UNITS) as UnitId[]).find((id) => id.toLowerCase() === lower);
  return match ?? null;
}
