import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AhlCriterion,
  type AhlResult,
  allowableHeadworksLoading,
  maximumAllowableHeadworksLoading,
  maximumAllowableIndustrialLoading,
  pairByResidenceTime,
  removalEfficiencies,
  uniformConcentrationAllocation,
} from '../src/local-limits';
import { dec } from '../src/numbers/decimal';
import { roundDerivedLimit, type ToolResult } from '../src/permit-tools';

function value(result: ToolResult): string {
  if (!result.ok) throw new Error(`expected a value, got ${result.reason}`);
  return result.value.toFixed();
}

function places(result: ToolResult, dp: number): string {
  if (!result.ok) throw new Error(`expected a value, got ${result.reason}`);
  return result.value.toDecimalPlaces(dp).toFixed(dp);
}

// §8.3 worked example LL-1 (copper).
const passThrough: AhlCriterion = { kind: 'pass-through', cCrit: '0.050', qPotw: '10.0', rPotw: '0.85' };
const inhibition: AhlCriterion = {
  kind: 'secondary-inhibition',
  cInhib: '1.0',
  qPotw: '10.0',
  rPrim: '0.25',
};
const sludge: AhlCriterion = {
  kind: 'sludge',
  cSludge: '1500',
  percentSolids: '5',
  qSludge: '0.04',
  rPotw: '0.85',
};

describe('local limits, LL-1 (copper)', () => {
  const ahls = [passThrough, inhibition, sludge].map((c) => allowableHeadworksLoading('Copper', c));

  it.each([
    [0, '27.800'],
    [1, '111.200'],
    [2, '29.435'],
  ])('AHL %i = %s lb/d', (i, expected) => {
    expect(places(ahls[i]!, 3)).toBe(expected);
  });

  it('pass-through and inhibition are exact', () => {
    expect(value(ahls[0]!)).toBe('27.8');
    expect(value(ahls[1]!)).toBe('111.2');
  });

  it('MAHL 27.800 lb/d, pass-through governs', () => {
    const mahl = maximumAllowableHeadworksLoading('Copper', ahls);
    expect(value(mahl)).toBe('27.8');
    expect(mahl.governing).toBe('pass-through');
    expect(maximumAllowableHeadworksLoading('Copper', [...ahls].reverse()).governing).toBe('pass-through');
  });

  it('MAIL 19.8168 lb/d and uniform limit 1.584 mg/L (1.58 rounded down)', () => {
    const mail = maximumAllowableIndustrialLoading({
      pollutant: 'Copper',
      mahl: '27.800',
      safetyFactor: '0.10',
      background: { cDom: '0.06', qDom: '8.0' },
      hauledWaste: '0.2',
      growthAllowance: '1.0',
    });
    expect(value(mail)).toBe('19.8168');
    const steps = Object.fromEntries(mail.derivation.steps.map((s) => [s.label, s.value]));
    expect(steps['After SF']).toBe('25.02');
    expect(steps.L_unc).toBe('4.0032');
    const limit = uniformConcentrationAllocation({ pollutant: 'Copper', mail: value(mail), qInd: '1.5' });
    expect(places(limit, 3)).toBe('1.584');
    expect(roundDerivedLimit(value(limit), { decimalPlaces: 2, mode: 'down' }).toFixed()).toBe('1.58');
  });
});

describe('AHL criteria', () => {
  it.each([
    [{ kind: 'primary-inhibition', cInhib: '2', qPotw: '5' }, '83.4'],
    [{ kind: 'nitrification-inhibition', cInhib: '0.5', qPotw: '10', rPrim: '0.5' }, '83.4'],
    [{ kind: 'digester-inhibition', cDig: '10', qDig: '0.05', rPotw: '0.5' }, '8.34'],
    [{ kind: 'water-quality', cWq: '0.01', qStr: '90', cStr: '0.002', qPotw: '10', rPotw: '0.5' }, '13.6776'],
  ] as [AhlCriterion, string][])('%j → %s lb/d', (criterion, expected) => {
    expect(value(allowableHeadworksLoading('X', criterion))).toBe(expected);
  });

  it('refuses impossible criteria', () => {
    expect(allowableHeadworksLoading('X', { ...passThrough, rPotw: '1' })).toMatchObject({
      ok: false,
      code: 'not_applicable',
    });
    expect(allowableHeadworksLoading('X', { ...sludge, rPotw: '0' })).toMatchObject({
      ok: false,
      code: 'not_applicable',
    });
    expect(allowableHeadworksLoading('X', { ...passThrough, rPotw: '1.2' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    const wq: AhlCriterion = {
      kind: 'water-quality',
      cWq: '0.01',
      qStr: '90',
      cStr: '0.02',
      qPotw: '10',
      rPotw: '0.5',
    };
    expect(allowableHeadworksLoading('X', wq)).toMatchObject({ ok: false, code: 'no_assimilative_capacity' });
  });

  it('MAHL is refused when any criterion was refused', () => {
    const bad = allowableHeadworksLoading('X', { ...passThrough, rPotw: '1' });
    expect(maximumAllowableHeadworksLoading('X', [allowableHeadworksLoading('X', inhibition), bad]).ok).toBe(
      false,
    );
  });

  it('MAHL is never above any AHL and is one of them', () => {
    const criterion = fc.record({
      kind: fc.constant('pass-through' as const),
      cCrit: fc.integer({ min: 1, max: 1000 }).map((n) => dec(n).div(1000).toFixed()),
      qPotw: fc.integer({ min: 1, max: 100 }).map(String),
      rPotw: fc.integer({ min: 0, max: 99 }).map((n) => dec(n).div(100).toFixed()),
    });
    fc.assert(
      fc.property(fc.array(criterion, { minLength: 1, maxLength: 6 }), (criteria) => {
        const ahls: AhlResult[] = criteria.map((c) => allowableHeadworksLoading('X', c));
        const mahl = maximumAllowableHeadworksLoading('X', ahls);
        expect(mahl.ok).toBe(true);
        if (!mahl.ok) return;
        expect(ahls.every((a) => a.ok && mahl.value.lte(a.value))).toBe(true);
        expect(ahls.some((a) => a.ok && mahl.value.eq(a.value))).toBe(true);
      }),
    );
  });

  it('MAIL refuses when background exceeds the allowance', () => {
    const r = maximumAllowableIndustrialLoading({
      pollutant: 'Cu',
      mahl: '4',
      safetyFactor: '0.1',
      background: { cDom: '0.06', qDom: '8' },
    });
    expect(r).toMatchObject({ ok: false, code: 'no_assimilative_capacity' });
  });
});

describe('removal efficiency (2004 guidance §5.1)', () => {
  const pairs = [
    { influent: '0.20', effluent: '0.04' },
    { influent: '0.30', effluent: '0.05' },
    { influent: '0.25', effluent: '0.03' },
  ];

  it('MRE = 84.0 %, ADRE = 83.8 %', () => {
    const { mre, adre } = removalEfficiencies('Copper', pairs);
    expect(value(mre)).toBe('0.84');
    expect(mre.ok && mre.value.times(100).toFixed(1)).toBe('84.0');
    expect(adre.ok && adre.value.times(100).toFixed(1)).toBe('83.8');
    expect(adre.derivation.steps.map((s) => s.value).slice(0, 3)[2]).toBe('0.88');
  });

  it('pairs influent with effluent lagged by the residence time', () => {
    const influent = [
      { date: '2025-06-30', value: '0.20' },
      { date: '2025-06-29', value: '0.30' },
    ];
    const effluent = [
      { date: '2025-07-01', value: '0.04' },
      { date: '2025-06-30', value: '0.05' },
    ];
    expect(pairByResidenceTime(influent, effluent, 1)).toEqual([
      { influent: '0.30', effluent: '0.05' },
      { influent: '0.20', effluent: '0.04' },
    ]);
  });

  it('refuses zero influent and empty input', () => {
    expect(removalEfficiencies('X', [{ influent: '0', effluent: '0' }]).adre.ok).toBe(false);
    expect(removalEfficiencies('X', []).mre.ok).toBe(false);
  });
});
