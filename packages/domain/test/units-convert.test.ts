import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../src/numbers/decimal';
import { approxConvert } from '../src/units/approx-convert';
import { convertUnit } from '../src/units/convert';
import { dailyMass, massLoading } from '../src/units/mass-loading';
import { resolveUnit, UNITS, type UnitId } from '../src/units/unit-catalog';

describe('unit conversion (§9.3)', () => {
  it.each([
    ['3520', 'ug/L', 'mg/L', '3.52'],
    ['1', 'g/L', 'mg/L', '1000'],
    ['250', 'ng/L', 'ug/L', '0.25'],
    ['1', 'MGD', 'gpd', '1000000'],
    ['1', 'MGD', 'L/d', '3785411.784'],
    ['1', 'MGD', 'm3/d', '3785.411784'],
    ['1', 'lb/d', 'kg/d', '0.45359237'],
    ['1', 'kg/d', 'g/d', '1000'],
    ['212', 'degF', 'degC', '100'],
    ['-40', 'degC', 'degF', '-40'],
    ['0', 'degC', 'K', '273.15'],
    ['200', 'CFU/100mL', 'MPN/100mL', '200'],
    ['7.5', 'SU', 'SU', '7.5'],
    ['85', '%', '%', '85'],
  ] as const)('%s %s = %s %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to).toString()).toBe(expected);
  });
  it('refuses conversion across dimensions', () => {
    expect(() => convertUnit('1', 'mg/L', 'lb/d')).toThrow(RangeError);
  });
  it('resolves units as written', () => {
    expect(['µg/L', 'μg/L', 'ug/l', 'm³/d', 'deg F', 'MGD', 'lbs/d'].map(resolveUnit)).toEqual([
      'ug/L',
      'ug/L',
      'ug/L',
      'm3/d',
      'degF',
      'MGD',
      'lb/d',
    ]);
    expect(resolveUnit('furlongs')).toBeNull();
  });
  it('computes the §9.3 BOD loads: 521.25 lb/d and 236.59 kg/d', () => {
    expect(massLoading('25', '2.5').toString()).toBe('521.25');
    expect(massLoading('25', '2.5', 'lb/d', { lbPerMgLMg: '8.345' }).toString()).toBe('521.5625');
    expect(massLoading('25', '2.5', 'kg/d').toDecimalPlaces(2).toString()).toBe('236.59');
  });
  it('computes the §9.2 two-composite daily mass: 1.0008 lb/d', () => {
    const mass = dailyMass([
      { concentrationMgL: '2.0', volumeMg: '0.030' },
      { concentrationMgL: '3.0', volumeMg: '0.020' },
    ]);
    expect(mass.toString()).toBe('1.0008');
  });
  it('round-trips every conversion (property)', () => {
    const dims = new Map<string, UnitId[]>();
    for (const u of Object.values(UNITS)) dims.set(u.dimension, [...(dims.get(u.dimension) ?? []), u.id]);
    const pairs = [...dims.values()].flatMap((ids) => ids.flatMap((a) => ids.map((b) => [a, b] as const)));
    const decimal = fc
      .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([m, s]) =>
        dec(m)
          .div(10 ** s)
          .toString(),
      );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), decimal, ([a, b], x) => {
        const back = convertUnit(convertUnit(x, a, b), b, a);
        expect(back.toSignificantDigits(30).eq(x)).toBe(true);
        expect(
          Math.abs(approxConvert(Number(x), a, b) - convertUnit(x, a, b).toNumber()),
        ).toBeLessThanOrEqual(Math.abs(convertUnit(x, a, b).toNumber()) * 1e-12);
      }),
    );
  });
});
