import type { ProgramResult } from '../src/limits/evaluate-program';
import { LIMIT_BASES, type Limit } from '../src/limits/limit';
import { parseReportedValue } from '../src/numbers/reported-value';
import { isoOfDay } from '../src/stats/day-number';

/** Deterministic PRNG (mulberry32): the bench must produce the same program on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ParameterPlan {
  code: string;
  dailyMax: string;
  average: string;
  weekly: boolean;
}

const PLANS: ParameterPlan[] = [
  { code: '01042', dailyMax: '3.38', average: '2.07', weekly: false },
  { code: '01092', dailyMax: '2.61', average: '1.48', weekly: false },
  { code: '01067', dailyMax: '3.98', average: '2.38', weekly: false },
  { code: '01034', dailyMax: '2.77', average: '1.71', weekly: false },
  { code: '01051', dailyMax: '0.69', average: '0.43', weekly: false },
  { code: '01027', dailyMax: '0.69', average: '0.26', weekly: false },
  { code: '00720', dailyMax: '1.20', average: '0.65', weekly: false },
  { code: '00556', dailyMax: '100', average: '50', weekly: false },
  { code: '00310', dailyMax: '300', average: '30', weekly: true },
];

/** The synthetic program: its results and limits. */
export interface SyntheticProgram {
  readonly results: ProgramResult[];
  readonly limits: Limit[];
}

function limit(
  id: string,
  point: string,
  code: string,
  value: string,
  basis: Limit['basis'],
  direction: 'max' | 'min',
  unit: Limit['unit'] = 'mg/L',
): Limit {
  return {
    id,
    parameterCode: code,
    monitoringPoint: point,
    basis,
    value,
    unit,
    direction,
    effectiveFrom: '2020-01-01',
    enforceable: true,
  };
}

function limitsFor(point: string): Limit[] {
  const out: Limit[] = [];
  for (const p of PLANS) {
    out.push(limit(`${point}-${p.code}-dm`, point, p.code, p.dailyMax, LIMIT_BASES.daily, 'max'));
    out.push(limit(`${point}-${p.code}-ma`, point, p.code, p.average, LIMIT_BASES.monthlyAverage, 'max'));
    if (p.weekly)
      out.push(limit(`${point}-${p.code}-wa`, point, p.code, '45', LIMIT_BASES.weeklyAverage, 'max'));
  }
  out.push(limit(`${point}-ph-min`, point, '00400', '5.0', LIMIT_BASES.instantaneous, 'min', 'SU'));
  out.push(limit(`${point}-ph-max`, point, '00400', '11.0', LIMIT_BASES.instantaneous, 'max', 'SU'));
  return out;
}

function valueText(random: () => number, reference: number, decimals: number): string {
  const v = reference * (0.15 + random() * random() * 1.05);
  return v.toFixed(decimals);
}

/** facilities × 10 parameters × resultsPerSeries results over one year, from a fixed seed. */
export function syntheticProgram(
  facilities: number,
  resultsPerSeries: number,
  seed = 20250601,
): SyntheticProgram {
  const random = mulberry32(seed);
  const start = 20089; // 2025-01-01
  const results: ProgramResult[] = [];
  const limits: Limit[] = [];
  const dates = Array.from({ length: 365 }, (_, i) => isoOfDay(start + i));
  let id = 0;
  for (let f = 0; f < facilities; f++) {
    const point = `F${f}-001`;
    limits.push(...limitsFor(point));
    for (const p of [...PLANS, null]) {
      for (let k = 0; k < resultsPerSeries; k++) {
        const date = dates[Math.floor(random() * 365)]!;
        const nd = p !== null && random() < 0.05;
        const text =
          p === null
            ? (4.5 + random() * 5).toFixed(1)
            : nd
              ? '<0.01'
              : valueText(random, Number(p.dailyMax), 3);
        const value = parseReportedValue(text);
        results.push({
          id: `r${id++}`,
          date,
          value,
          unit: p === null ? 'SU' : 'mg/L',
          parameterCode: p?.code ?? '00400',
          monitoringPoint: point,
        });
      }
    }
  }
  return { results, limits };
}
