import type { ParameterFamily } from './parameter-family';

/**
 * Source of the method table. Transcribed from 40 CFR 136.3 Table IB for the common pretreatment
 * parameters; not the whole table (ASTM, USGS and vendor methods mostly omitted). A method missing
 * here is reported as "verify", never refused.
 */
export const APPROVED_METHODS_SOURCE = '40 CFR 136.3 Table IB (excerpt for common pretreatment parameters)';

const METALS = [
  'EPA 200.5',
  'EPA 200.7',
  'EPA 200.8',
  'EPA 200.9',
  'SM 3111 B',
  'SM 3111 C',
  'SM 3111 D',
  'SM 3113 B',
  'SM 3120 B',
  'SM 3125 B',
];

/** Approved methods per family, as labs write them ('EPA 200.8', 'SM 2540 D'). */
export const APPROVED_METHODS: Readonly<Partial<Record<ParameterFamily, readonly string[]>>> = {
  metal: METALS,
  mercury: ['EPA 245.1', 'EPA 245.2', 'EPA 245.7', 'EPA 1631E', 'SM 3112 B'],
  chromium_vi: ['SM 3500-Cr B', 'SM 3500-Cr C', 'EPA 218.6', 'EPA 1636'],
  cyanide: [
    'SM 4500-CN C',
    'SM 4500-CN D',
    'SM 4500-CN E',
    'SM 4500-CN N',
    'EPA 335.4',
    'ASTM D7511',
    'ASTM D7284',
    'Kelada-01',
  ],
  cyanide_amenable: ['SM 4500-CN G', 'ASTM D2036'],
  oil_grease: ['EPA 1664A', 'EPA 1664B', 'SM 5520 B'],
  tss: ['SM 2540 D', 'USGS I-3765'],
  bod: ['SM 5210 B'],
  cbod: ['SM 5210 B'],
  cod: ['SM 5220 B', 'SM 5220 C', 'SM 5220 D', 'EPA 410.3', 'EPA 410.4'],
  ph: ['SM 4500-H+ B', 'ASTM D1293'],
  temperature: ['SM 2550 B'],
  chlorine: ['SM 4500-Cl D', 'SM 4500-Cl E', 'SM 4500-Cl G'],
  dissolved_oxygen: ['SM 4500-O B', 'SM 4500-O C', 'SM 4500-O G', 'ASTM D888'],
  ammonia: [
    'EPA 350.1',
    'SM 4500-NH3 B',
    'SM 4500-NH3 C',
    'SM 4500-NH3 D',
    'SM 4500-NH3 E',
    'SM 4500-NH3 G',
    'SM 4500-NH3 H',
  ],
  phosphorus: ['EPA 365.1', 'EPA 365.3', 'SM 4500-P E', 'SM 4500-P F'],
  phenols: ['EPA 420.1', 'EPA 420.4'],
  sulfide: ['SM 4500-S2- D', 'SM 4500-S2- F', 'SM 4500-S2- G'],
  // TTO is the sum of toxic organics measured by the Part 136 organics methods (Table IC).
  tto: ['EPA 624', 'EPA 624.1', 'EPA 625', 'EPA 625.1', 'EPA 1624', 'EPA 1625', 'EPA 608.3'],
};

/**
 * A method name reduced for comparison: 'EPA Method 200.8' = '200.8'; 'SM 2540D-2015' = 'SM 2540 D';
 * 'SM4500-H+B' = 'SM 4500-H+ B'; 'Standard Methods 5210 B' = 'SM 5210 B'.
 */
export function methodKey(method: string): string {
  return method
    .toUpperCase()
    .replace(/STANDARD\s+METHODS?/g, 'SM')
    .replace(/\bUSEPA\b|\bEPA\b|\bMETHOD\b/g, '')
    .replace(/[-\s](19|20)\d{2}$/, '')
    .replace(/[^A-Z0-9.+]/g, '');
}

/** True when the method is in the shipped Part 136 list for the family. */
export function isApprovedMethod(family: ParameterFamily, method: string): boolean {
  const key = methodKey(method);
  return (APPROVED_METHODS[family] ?? []).some((m) => methodKey(m) === key);
}
