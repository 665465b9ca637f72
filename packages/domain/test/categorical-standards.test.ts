import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoricalLimitDrafts,
  findCategoricalStandards,
  findPointSourceCategory,
  isSamePollutant,
  listCategoricalStandards,
  listPointSourceCategories,
  listPointSourceSubcategories,
  pollutantKey,
} from '../src/categorical';
import { dec } from '../src/numbers/decimal';
import { combinedWastestreamConcentration } from '../src/permit-tools';

const all = listCategoricalStandards();

describe('shipped standards', () => {
  it('holds the 49 CSV rows and the §7.3 tables', () => {
    expect(all.filter((s) => s.source.includes('cfr_pretreatment_standards_excerpts.csv'))).toHaveLength(49);
    expect(all.filter((s) => s.section.startsWith('433.15'))).toHaveLength(10);
    expect(all.filter((s) => s.section === '413.14')).toHaveLength(13);
  });

  it('every row is internally consistent', () => {
    for (const s of all) {
      expect(s.pollutantKey).toBe(pollutantKey(s.pollutant));
      for (const v of [s.dailyMax, s.avgValue]) if (v !== null) expect(dec(v).isPositive()).toBe(true);
      if (s.dailyMax !== null && s.avgValue !== null) expect(dec(s.dailyMax).gte(s.avgValue)).toBe(true);
      expect((s.avgValue === null) === (s.avgType === null)).toBe(true);
    }
  });

  it.each([
    ['433', 'PSES', 'Zinc', '433.15(a)', '2.61', '1.48', 'MONTHLY'],
    ['433', 'PSES', 'Nickel', '433.15(a)', '3.98', '2.38', 'MONTHLY'],
    ['433', 'PSNS', 'Cadmium', '433.17(a)', '0.11', '0.07', 'MONTHLY'],
    ['433', 'PSES', 'TTO', '433.15(a)', '2.13', null, null],
    ['415', 'PSES', 'Hexavalent Chromium', '415.384', '0.25', '0.09', '30_CONSECUTIVE_DAY'],
    ['444', 'PSES', 'Mercury', '444.16', '2.3', '1.3', 'MONTHLY'],
    ['442', 'PSES', 'Mercury', '442.35', '0.0013', null, null],
  ] as const)('%s %s %s → %s %s / %s (%s)', (part, sourceType, pollutant, section, max, avg, avgType) => {
    const rows = findCategoricalStandards({ part, sourceType, pollutant });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ section, dailyMax: max, avgValue: avg, avgType });
  });

  it('keeps units as published (444.16 in µg/L)', () => {
    expect(findCategoricalStandards({ part: 444 }).every((s) => s.units === 'ug/L')).toBe(true);
  });

  it('leaves the amenable-cyanide alternative out unless asked (433.15(b))', () => {
    const cyanide = findCategoricalStandards({ part: '433', sourceType: 'PSES', pollutant: 'Cyanide (A)' });
    expect(cyanide).toEqual([]);
    const withAlt = findCategoricalStandards({ part: '433', sourceType: 'PSES', includeAlternatives: true });
    expect(withAlt).toHaveLength(10);
    expect(withAlt.find((s) => s.pollutantKey === 'cyanide-amenable')).toMatchObject({
      dailyMax: '0.86',
      avgValue: '0.32',
    });
    expect(findCategoricalStandards({ part: '433', sourceType: 'PSES' })).toHaveLength(9);
  });

  it.each([
    [5000, 4, '5.0'],
    ['9999.99', 4, '5.0'],
    [10000, 9, null],
    [250000, 9, null],
  ])('413.14 at %s gpd: %i rows (CN amenable %s)', (flow, count, cnA) => {
    const rows = findCategoricalStandards({
      part: 413,
      subpart: 'a',
      sourceType: 'PSES',
      processFlowGpd: flow,
    });
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.avgType === null || r.avgType === 'FOUR_DAY')).toBe(true);
    expect(rows.find((r) => r.pollutantKey === 'cyanide-amenable')?.dailyMax ?? null).toBe(cnA);
  });

  it('413.14 ≥ 10,000 gpd: total metals 10.5 / 6.8 and total cyanide 1.9 / 1.0', () => {
    const rows = findCategoricalStandards({ part: 413, processFlowGpd: 20000 });
    expect(rows.find((r) => r.pollutant === 'Total metals')).toMatchObject({
      dailyMax: '10.5',
      avgValue: '6.8',
    });
    expect(rows.find((r) => r.pollutantKey === 'cyanide-total')).toMatchObject({
      dailyMax: '1.9',
      avgValue: '1.0',
    });
  });
});

describe('limit drafts for the permit editor', () => {
  it('433.15 zinc gives a daily max and a monthly average', () => {
    const [zinc] = findCategoricalStandards({ part: 433, sourceType: 'PSES', pollutant: 'zinc' });
    expect(categoricalLimitDrafts(zinc!)).toEqual([
      expect.objectContaining({
        statistic: 'DAILY_MAX',
        value: '2.61',
        unit: 'mg/L',
        direction: 'max',
        citation: '40 CFR 433.15(a)',
      }),
      expect.objectContaining({
        statistic: 'MONTHLY',
        value: '1.48',
        direction: 'max',
        basis: 'categorical',
      }),
    ]);
  });

  it('TTO has only a daily max; pH 6.0–9.0 gives a min and a max', () => {
    const [tto] = findCategoricalStandards({ part: 433, sourceType: 'PSES', pollutant: 'TTO' });
    expect(categoricalLimitDrafts(tto!).map((d) => d.statistic)).toEqual(['DAILY_MAX']);
    const [ph] = findCategoricalStandards({ part: 433, sourceType: 'BPT', pollutant: 'pH' });
    expect(categoricalLimitDrafts(ph!).map((d) => [d.statistic, d.value, d.direction])).toEqual([
      ['RANGE_MIN', '6.0', 'min'],
      ['RANGE_MAX', '9.0', 'max'],
    ]);
  });

  it('feeds the CWF: CWF-1 stream 1 from the 433.15 zinc row', () => {
    const [zinc] = findCategoricalStandards({ part: 433, sourceType: 'PSES', pollutant: 'Zinc' });
    const r = combinedWastestreamConcentration({
      pollutant: 'Zinc',
      unit: zinc!.units,
      streams: [
        { label: '433', kind: 'regulated', flow: '20000', dailyMax: zinc!.dailyMax, average: zinc!.avgValue },
        { label: '466.14', kind: 'regulated', flow: '10000', dailyMax: '1.33', average: '0.56' },
        { label: 'unregulated', kind: 'unregulated', flow: '5000' },
        { label: 'cooling', kind: 'dilute', flow: '15000' },
      ],
    });
    expect(r.dailyMax.ok && r.dailyMax.value.toDecimalPlaces(3).toFixed()).toBe('1.528');
  });
});

describe('pollutant keys', () => {
  it.each([
    ['Cadmium (T)', 'cadmium-total'],
    ['Total Chromium', 'chromium-total'],
    ['Cyanide, total', 'cyanide-total'],
    ['Cyanide (A)', 'cyanide-amenable'],
    ['CYANIDE, AMENABLE', 'cyanide-amenable'],
    ['Hexavalent Chromium', 'chromium-hexavalent'],
    ['Oil & Grease', 'oil-and-grease'],
    ['Non-polar material (SGT-HEM)', 'non-polar-material-sgt-hem'],
    ['  Zinc  ', 'zinc'],
  ])('%s → %s', (name, key) => {
    expect(pollutantKey(name)).toBe(key);
  });

  it('a plain name matches the total form but not another form', () => {
    expect(isSamePollutant('zinc', 'zinc-total')).toBe(true);
    expect(isSamePollutant('cyanide', 'cyanide-amenable')).toBe(false);
    expect(isSamePollutant('chromium-total', 'chromium-hexavalent')).toBe(false);
  });

  it('is case- and whitespace-insensitive', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all.map((s) => s.pollutant)), fc.boolean(), (name, upper) => {
        const variant = ` ${upper ? name.toUpperCase() : name.toLowerCase()} `;
        expect(pollutantKey(variant)).toBe(pollutantKey(name));
      }),
    );
  });
});

describe('point source categories (ELG seed data)', () => {
  it('lists 59 parts in order with names', () => {
    const parts = listPointSourceCategories();
    expect(parts).toHaveLength(59);
    expect(parts.map((p) => Number(p.part))).toEqual(
      [...parts.map((p) => Number(p.part))].sort((a, b) => a - b),
    );
    expect(findPointSourceCategory(433)?.name).toBe('Metal Finishing');
    expect(findPointSourceCategory('413')?.name).toBe('Electroplating');
    expect(findPointSourceCategory('999')).toBeUndefined();
  });

  it('lists subparts, reserved ones only when asked', () => {
    expect(listPointSourceSubcategories(413).map((s) => s.subpart)).toEqual([
      'A',
      'B',
      'D',
      'E',
      'F',
      'G',
      'H',
    ]);
    expect(listPointSourceSubcategories(413, true).find((s) => s.subpart === 'C')?.reserved).toBe(true);
    expect(listPointSourceSubcategories(433)).toEqual([
      { part: '433', subpart: 'A', name: 'Metal Finishing', section: '433.10', reserved: false },
    ]);
    const inorganic = listPointSourceSubcategories(415, true).map((s) => s.subpart);
    expect(inorganic.indexOf('Z')).toBeLessThan(inorganic.indexOf('AA'));
  });
});
