/**
 * Generates src/categorical/data/*.gen.ts from the shared reference data.
 * Run: npx tsx packages/domain/scripts/build-categorical.ts [reference-dir]
 * (default: ../shared/reference/categorical-standards relative to the repository root).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollutantKey } from '../src/categorical/pollutant-key';
import type {
  CategoricalStandard,
  PointSourceCategory,
  PointSourceSubcategory,
  StandardAverageType,
} from '../src/categorical/types';

const here = dirname(fileURLToPath(import.meta.url));
const referenceDir = resolve(
  process.argv[2] ?? join(here, '../../../../shared/reference/categorical-standards'),
);
const outDir = join(here, '../src/categorical/data');
const CSV_NAME = 'cfr_pretreatment_standards_excerpts.csv';
const ELG_DIR = 'elg-search-tools-seed-data';

const SPEC_SOURCE = 'domain-spec.md §7.3 (verified against eCFR/GPO text; see its verification notes)';
const EXCEPT_JOB_SHOPS =
  'All plants except job shops and independent printed circuit board manufacturers (those are covered by Part 413; 413.01(a))';
const AMENABLE_CN =
  'For plants with cyanide treatment, upon agreement with the control authority, in place of Cyanide (T)';
const BELOW_10000 = 'Electroplating process wastewater < 10,000 gpd (38,000 L/d) per calendar day';
const AT_LEAST_10000 = 'Electroplating process wastewater ≥ 10,000 gpd (38,000 L/d) per calendar day';

type SpecRow = [
  section: string,
  pollutant: string,
  dailyMax: string,
  avg: string | null,
  applicability: CategoricalStandard['applicability'],
  note?: string,
];

function specRow(
  part: '433' | '413',
  sourceType: 'PSES' | 'PSNS',
  [section, pollutant, dailyMax, avg, applicability, note]: SpecRow,
): CategoricalStandard {
  const is433 = part === '433';
  return {
    part,
    subpart: 'A',
    subpartName: is433 ? 'Metal Finishing' : 'Electroplating of Common Metals',
    section,
    categoryName: is433 ? 'Metal Finishing' : 'Electroplating',
    sourceType,
    applicability,
    pollutant,
    pollutantKey: pollutantKey(pollutant),
    basis: 'CONC',
    dailyMax,
    avgValue: avg,
    avgType: avg === null ? null : is433 ? 'MONTHLY' : 'FOUR_DAY',
    range: null,
    units: 'mg/L',
    productionUnit: null,
    note: note ?? null,
    source: SPEC_SOURCE,
  };
}

const ALL_433 = { text: EXCEPT_JOB_SHOPS };
const CN_A_433 = { text: `${EXCEPT_JOB_SHOPS}. ${AMENABLE_CN}`, alternativeTo: 'Cyanide (T)' };
const SMALL = { text: BELOW_10000, flowGpd: { below: '10000' } };
const LARGE = { text: AT_LEAST_10000, flowGpd: { min: '10000' } };

const PSES_433: SpecRow[] = [
  ['433.15(a)', 'Cadmium (T)', '0.69', '0.26', ALL_433],
  ['433.15(a)', 'Chromium (T)', '2.77', '1.71', ALL_433],
  ['433.15(a)', 'Copper (T)', '3.38', '2.07', ALL_433],
  ['433.15(a)', 'Lead (T)', '0.69', '0.43', ALL_433],
  ['433.15(a)', 'Nickel (T)', '3.98', '2.38', ALL_433],
  ['433.15(a)', 'Silver (T)', '0.43', '0.24', ALL_433],
  ['433.15(a)', 'Zinc (T)', '2.61', '1.48', ALL_433],
  ['433.15(a)', 'Cyanide (T)', '1.20', '0.65', ALL_433],
  [
    '433.15(a)',
    'TTO',
    '2.13',
    null,
    ALL_433,
    'no monthly average for TTO; certification in lieu of monitoring needs a toxic organic management plan (433.12)',
  ],
  ['433.15(b)', 'Cyanide (A)', '0.86', '0.32', CN_A_433],
];
const PSNS_433: SpecRow[] = [
  ['433.17(b)', 'Cyanide (A)', '0.86', '0.32', { text: AMENABLE_CN, alternativeTo: 'Cyanide (T)' }],
];
const PSES_413: SpecRow[] = [
  ['413.14', 'Cyanide, amenable', '5.0', '2.7', SMALL],
  ['413.14', 'Lead', '0.6', '0.4', SMALL],
  ['413.14', 'Cadmium', '1.2', '0.7', SMALL],
  ['413.14', 'TTO', '4.57', null, SMALL],
  ['413.14', 'Cyanide, total', '1.9', '1.0', LARGE],
  ['413.14', 'Lead', '0.6', '0.4', LARGE],
  ['413.14', 'Cadmium', '1.2', '0.7', LARGE],
  ['413.14', 'Copper', '4.5', '2.7', LARGE],
  ['413.14', 'Nickel', '4.1', '2.6', LARGE],
  ['413.14', 'Chromium (T)', '7.0', '4.0', LARGE],
  ['413.14', 'Zinc', '4.2', '2.6', LARGE],
  ['413.14', 'Total metals', '10.5', '6.8', LARGE, 'sum of Cu, Ni, Cr and Zn (domain-spec §13)'],
  ['413.14', 'TTO', '2.13', null, LARGE],
];
const SPEC_ROWS: CategoricalStandard[] = [
  ...PSES_433.map((r) => specRow('433', 'PSES', r)),
  ...PSNS_433.map((r) => specRow('433', 'PSNS', r)),
  ...PSES_413.map((r) => specRow('413', 'PSES', r)),
];

function parseCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const split = (line: string): string[] => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"' && quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = !quoted;
      } else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else {
        cell += ch;
      }
    }
    cells.push(cell);
    return cells;
  };
  const [header, ...rows] = lines.map(split);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, (r[i] ?? '').trim()])));
}

function csvRow(r: Record<string, string>): CategoricalStandard {
  const [subpart, ...name] = r.subpart!.split(' - ');
  const note = r.note || null;
  const range = note?.match(/Within ([\d.]+) to ([\d.]+)/);
  const avgType: StandardAverageType | null = !r.monthly_average
    ? null
    : /30 consecutive days/i.test(note ?? '')
      ? '30_CONSECUTIVE_DAY'
      : 'MONTHLY';
  return {
    part: r.cfr_part!,
    subpart: subpart!.trim(),
    subpartName: name.join(' - ').trim(),
    section: r.cfr_section!,
    categoryName: r.point_source_category!,
    sourceType: r.standard_type as CategoricalStandard['sourceType'],
    applicability: null,
    pollutant: r.pollutant!,
    pollutantKey: pollutantKey(r.pollutant!),
    basis: 'CONC',
    dailyMax: r.max_for_any_1_day || null,
    avgValue: r.monthly_average || null,
    avgType,
    range: range ? { min: range[1]!, max: range[2]! } : null,
    units: r.unit!,
    productionUnit: null,
    note,
    source: `reference/categorical-standards/${CSV_NAME} (eCFR transcription)`,
  };
}

interface ElgCategory {
  cfr_part: string;
  psc_name: string;
}
interface ElgSubcategory {
  psc_code: number;
  subcat_code: string;
  subcat_title: string;
  subcat_cfr_section: string | null;
  reservedflag: boolean;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(referenceDir, ELG_DIR, name), 'utf8')) as T;
}

function subpartOrder(a: PointSourceSubcategory, b: PointSourceSubcategory): number {
  return (
    Number(a.part) - Number(b.part) ||
    a.subpart.length - b.subpart.length ||
    a.subpart.localeCompare(b.subpart)
  );
}

const line = (o: object) => `  ${JSON.stringify(o)},`;

function header(sources: string[]): string {
  return [
    '// Generated by packages/domain/scripts/build-categorical.ts; do not edit by hand.',
    ...sources.map((s) => `// Source: ${s}`),
    '',
  ].join('\n');
}

function buildStandards(): void {
  const rows = [...parseCsv(readFileSync(join(referenceDir, CSV_NAME), 'utf8')).map(csvRow), ...SPEC_ROWS];
  const body = `${header([
    `../shared/reference/categorical-standards/${CSV_NAME} (49 rows transcribed from eCFR; check against eCFR before relying on a value)`,
    '../shared/docs/domain-spec.md §7.3 (40 CFR 433.15 PSES, 433.17(b), 413.14 PSES)',
  ])}import type { CategoricalStandard } from '../types';

export const CFR_STANDARDS: readonly CategoricalStandard[] = [
${rows.map(line).join('\n')}
];
`;
  writeFileSync(join(outDir, 'cfr-standards.gen.ts'), body);
  console.log(`cfr-standards.gen.ts: ${rows.length} rows`);
}

function buildCategories(): void {
  const categories: PointSourceCategory[] = readJson<ElgCategory[]>('pointSourceCategories.json')
    .map((c) => ({ part: c.cfr_part, name: c.psc_name }))
    .sort((a, b) => Number(a.part) - Number(b.part));
  const subcategories: PointSourceSubcategory[] = readJson<ElgSubcategory[]>('pointSourceSubcategories.json')
    .map((s) => ({
      part: String(s.psc_code),
      subpart: s.subcat_code,
      name: s.subcat_title,
      section: s.subcat_cfr_section,
      reserved: s.reservedflag,
    }))
    .sort(subpartOrder);
  const body = `${header([
    `../shared/reference/categorical-standards/${ELG_DIR}/pointSourceCategories.json and pointSourceSubcategories.json`,
    'EPA ELG-Search-Tools seed data (github.com/USEPA/ELG-Search-Tools, app/server/src/seeders/data/ at b7cf2ea5)',
  ])}import type { PointSourceCategory, PointSourceSubcategory } from '../types';

export const POINT_SOURCE_CATEGORIES: readonly PointSourceCategory[] = [
${categories.map(line).join('\n')}
];

export const POINT_SOURCE_SUBCATEGORIES: readonly PointSourceSubcategory[] = [
${subcategories.map(line).join('\n')}
];
`;
  writeFileSync(join(outDir, 'point-source-categories.gen.ts'), body);
  console.log(
    `point-source-categories.gen.ts: ${categories.length} categories, ${subcategories.length} subparts`,
  );
}

buildStandards();
buildCategories();
