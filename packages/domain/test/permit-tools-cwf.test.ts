import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../src/numbers/decimal';
import {
  type CwfStream,
  combinedWastestreamConcentration,
  combinedWastestreamMass,
  flowWeightedAverage,
  type ToolResult,
} from '../src/permit-tools';

function value(result: ToolResult | null): string {
  if (!result?.ok) throw new Error(`expected a value, got ${JSON.stringify(result)}`);
  return result.value.toFixed();
}

function rounded(result: ToolResult | null, places: number): string {
  if (!result?.ok) throw new Error(`expected a value, got ${JSON.stringify(result)}`);
  return result.value.toDecimalPlaces(places).toFixed(places);
}

// §7.1 worked example CWF-1 (zinc).
const cwf1: CwfStream[] = [
  { label: 'metal finishing 433.15', kind: 'regulated', flow: '20000', dailyMax: '2.61', average: '1.48' },
  {
    label: 'porcelain enameling 466.14',
    kind: 'regulated',
    flow: '10000',
    dailyMax: '1.33',
    average: '0.56',
  },
  { label: 'unregulated process', kind: 'unregulated', flow: '5000' },
  { label: 'non-contact cooling', kind: 'dilute', flow: '15000' },
];

describe('Combined Wastestream Formula, CWF-1', () => {
  const conc = combinedWastestreamConcentration({
    pollutant: 'Zinc',
    streams: cwf1,
    unit: 'mg/L',
    totalFlow: '50000',
  });

  it.each([
    ['daily max', conc.dailyMax, '1.528', '1.528333333333333333333333333333333333333'],
    ['monthly average', conc.average, '0.821', '0.8213333333333333333333333333333333333333'],
  ])('C_T %s', (_, result, expected, full) => {
    expect(rounded(result, 3)).toBe(expected);
    expect(value(result)).toBe(full);
  });

  it('records the derivation steps: 2.18333 × 0.7', () => {
    const d = conc.dailyMax.derivation;
    expect(d.citation).toBe('403.6(e)');
    const byLabel = Object.fromEntries(d.steps.map((s) => [s.label, s.value]));
    expect(dec(byLabel['Σ C_i·F_i / Σ F_i']!).toDecimalPlaces(5).toFixed()).toBe('2.18333');
    expect(byLabel['(F_T − F_D) / F_T']).toBe('0.7');
    expect(byLabel['Σ C_i·F_i']).toBe('65500');
    expect(d.result).toBe(value(conc.dailyMax));
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('M_T daily max from concentrations: M₁ 0.435348, M₂ 0.110922, 0.63732 lb/d', () => {
    const mass = combinedWastestreamMass({
      pollutant: 'Zinc',
      streams: cwf1,
      flowUnit: 'gpd',
      standards: 'concentration',
      unit: 'lb/d',
    });
    const steps = mass.dailyMax.derivation.steps.map((s) => s.value);
    expect(steps).toContain('0.435348');
    expect(steps).toContain('0.110922');
    expect(steps).toContain('0.54627');
    expect(rounded(mass.dailyMax, 5)).toBe('0.63732');
    expect(value(mass.dailyMax)).toBe('0.637315');
  });

  it('mass form with given mass limits', () => {
    const streams = cwf1.map((s, i) =>
      i === 0 ? { ...s, dailyMax: '0.435348' } : i === 1 ? { ...s, dailyMax: '0.110922' } : s,
    );
    const mass = combinedWastestreamMass({
      pollutant: 'Zinc',
      streams,
      flowUnit: 'gpd',
      standards: 'mass',
      unit: 'lb/d',
    });
    expect(value(mass.dailyMax)).toBe('0.637315');
  });

  it('flow-weighted average (behind a setting): 1.31 and 0.704 mg/L', () => {
    const on = flowWeightedAverage(
      { pollutant: 'Zinc', streams: cwf1, unit: 'mg/L' },
      { flowWeightedAverageEnabled: true },
    );
    expect(value(on.dailyMax)).toBe('1.31');
    expect(value(on.average)).toBe('0.704');
    const off = flowWeightedAverage(
      { pollutant: 'Zinc', streams: cwf1, unit: 'mg/L' },
      { flowWeightedAverageEnabled: false },
    );
    expect(off.dailyMax).toMatchObject({ ok: false, code: 'not_enabled' });
  });
});

describe('CWF refusals and edge cases', () => {
  it('refuses an alternative below the detection limit (403.6(e)(2))', () => {
    const r = combinedWastestreamConcentration({
      pollutant: 'Zinc',
      streams: cwf1,
      unit: 'mg/L',
      detectionLimit: '1.0',
    });
    expect(r.dailyMax.ok).toBe(true);
    expect(r.average).toMatchObject({ ok: false, code: 'below_detection_limit' });
    if (r.average?.ok === false) {
      expect(r.average.reason).toContain('monthly average for Zinc, 0.821333 mg/L');
      expect(r.average.reason).toContain('403.6(e)(2)');
      expect(r.average.derivation.result).toBeNull();
    }
  });

  it('a result equal to the detection limit is usable', () => {
    const streams: CwfStream[] = [{ label: 'a', kind: 'regulated', flow: '1', dailyMax: '0.5' }];
    const r = combinedWastestreamConcentration({
      pollutant: 'Cd',
      streams,
      unit: 'mg/L',
      detectionLimit: '0.5',
    });
    expect(value(r.dailyMax)).toBe('0.5');
  });

  it('refuses the mass alternative whose concentration in F_T is below the detection limit', () => {
    const r = combinedWastestreamMass({
      pollutant: 'Zinc',
      streams: cwf1,
      flowUnit: 'gpd',
      standards: 'concentration',
      unit: 'lb/d',
      detectionLimit: '2',
    });
    expect(r.dailyMax).toMatchObject({ ok: false, code: 'below_detection_limit' });
  });

  it('a regulated stream without a standard for the pollutant counts as unregulated', () => {
    const streams: CwfStream[] = [
      { label: 'a', kind: 'regulated', flow: '100', dailyMax: '2' },
      { label: 'b', kind: 'regulated', flow: '100' },
    ];
    const r = combinedWastestreamConcentration({ pollutant: 'Cu', streams, unit: 'mg/L' });
    expect(value(r.dailyMax)).toBe('2');
    expect(r.dailyMax.derivation.notes.join(' ')).toContain('b: no standard');
    const mass = combinedWastestreamMass({
      pollutant: 'Cu',
      streams,
      flowUnit: 'gpd',
      standards: 'mass',
      unit: 'lb/d',
    });
    expect(value(mass.dailyMax)).toBe('4');
  });

  it('no average alternative when no stream has an average standard (TTO); refused when only some have one', () => {
    const tto: CwfStream[] = [{ label: 'a', kind: 'regulated', flow: '10', dailyMax: '2.13' }];
    expect(
      combinedWastestreamConcentration({ pollutant: 'TTO', streams: tto, unit: 'mg/L' }).average,
    ).toBeNull();
    const mixed: CwfStream[] = [
      ...tto,
      { label: 'b', kind: 'regulated', flow: '10', dailyMax: '1', average: '0.5' },
    ];
    const r = combinedWastestreamConcentration({ pollutant: 'X', streams: mixed, unit: 'mg/L' });
    expect(r.average).toMatchObject({ ok: false, code: 'missing_average_standard' });
  });

  it.each([
    [[{ label: 'a', kind: 'dilute', flow: '10' }], 'no_regulated_flow'],
    [[{ label: 'a', kind: 'regulated', flow: '-1', dailyMax: '1' }], 'invalid_input'],
    [[{ label: 'a', kind: 'regulated', flow: 'ten', dailyMax: '1' }], 'invalid_input'],
  ] as [CwfStream[], string][])('refuses %j with %s', (streams, code) => {
    expect(
      combinedWastestreamConcentration({ pollutant: 'X', streams, unit: 'mg/L' }).dailyMax,
    ).toMatchObject({ ok: false, code });
  });

  it('refuses a total flow that does not match the streams', () => {
    const r = combinedWastestreamConcentration({
      pollutant: 'Zinc',
      streams: cwf1,
      unit: 'mg/L',
      totalFlow: '60000',
    });
    expect(r.dailyMax).toMatchObject({ ok: false, code: 'invalid_input' });
  });
});

const decimalText = (max: number) => fc.integer({ min: 1, max }).map((n) => dec(n).div(100).toFixed());

describe('CWF properties', () => {
  it('one regulated stream and no dilute flow returns the standard itself', () => {
    fc.assert(
      fc.property(decimalText(100_000), decimalText(10_000_000), decimalText(10_000_000), (c, f, fu) => {
        const streams: CwfStream[] = [
          { label: 'r', kind: 'regulated', flow: f, dailyMax: c },
          { label: 'u', kind: 'unregulated', flow: fu },
        ];
        const r = combinedWastestreamConcentration({ pollutant: 'X', streams, unit: 'mg/L' });
        expect(r.dailyMax.ok && r.dailyMax.value.eq(dec(c))).toBe(true);
      }),
    );
  });

  it('the alternative never exceeds the largest standard and falls as dilute flow grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decimalText(10_000), decimalText(1_000_000)), { minLength: 1, maxLength: 5 }),
        decimalText(1_000_000),
        (regulated, dilute) => {
          const streams: CwfStream[] = regulated.map(([c, f], i) => ({
            label: `s${i}`,
            kind: 'regulated',
            flow: f,
            dailyMax: c,
          }));
          const base = combinedWastestreamConcentration({ pollutant: 'X', streams, unit: 'mg/L' }).dailyMax;
          const diluted = combinedWastestreamConcentration({
            pollutant: 'X',
            streams: [...streams, { label: 'd', kind: 'dilute', flow: dilute }],
            unit: 'mg/L',
          }).dailyMax;
          const maxStandard = regulated.map(([c]) => dec(c)).reduce((a, b) => (a.gt(b) ? a : b));
          expect(base.ok && diluted.ok).toBe(true);
          if (base.ok && diluted.ok) {
            expect(base.value.lte(maxStandard)).toBe(true);
            expect(diluted.value.lt(base.value)).toBe(true);
          }
        },
      ),
    );
  });

  it('stream order never changes the result', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(cwf1, { minLength: cwf1.length, maxLength: cwf1.length }),
        (streams) => {
          const r = combinedWastestreamConcentration({ pollutant: 'Zinc', streams, unit: 'mg/L' });
          expect(value(r.dailyMax)).toBe('1.528333333333333333333333333333333333333');
        },
      ),
    );
  });
});
