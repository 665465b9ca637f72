import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../src/numbers/decimal';
import {
  type EquivalentMassEligibility,
  equivalentConcentrations,
  equivalentMassLimits,
  isFlowBasedEquivalentConcentrationAllowed,
  type ProductionBasedStandard,
  productionBasedLimits,
  roundDerivedLimit,
  type ToolResult,
} from '../src/permit-tools';

function value(result: ToolResult | null): string {
  if (!result?.ok) throw new Error(`expected a value, got ${JSON.stringify(result)}`);
  return result.value.toFixed();
}

// §7.2 worked example PB-1: 468.14(a) Cr, 0.045 / 0.018 mg per off-kg.
const cr468: ProductionBasedStandard = {
  pollutant: 'Chromium',
  citation: '468.14(a)',
  dailyMax: '0.045',
  average: '0.018',
  massUnit: 'mg',
  productionUnit: 'off-kg',
};
const production = { value: '40000', productionUnit: 'off-kg', basis: 'long-term-average' } as const;

describe('production-based limits, PB-1', () => {
  const limits = productionBasedLimits({ standard: cr468, production });

  it('daily max 1,800 mg/d and monthly 720 mg/d', () => {
    expect(value(limits.dailyMax)).toBe('1800');
    expect(limits.dailyMax.ok && limits.dailyMax.unit).toBe('mg/d');
    expect(value(limits.average)).toBe('720');
    expect(limits.dailyMax.derivation).toMatchObject({
      citation: '403.6(c)(2)–(3)',
      result: '1800',
      unit: 'mg/d',
    });
  });

  it('1,800 mg/d is 0.003968 lb/d', () => {
    const lb = productionBasedLimits({ standard: cr468, production, outputUnit: 'lb/d' }).dailyMax;
    expect(lb.ok && lb.value.toDecimalPlaces(6).toFixed()).toBe('0.003968');
    expect(lb.ok && lb.unit).toBe('lb/d');
    const g = productionBasedLimits({ standard: cr468, production, outputUnit: 'g/d' }).dailyMax;
    expect(value(g)).toBe('1.8');
  });

  it('equivalent concentrations at 5,000 L/d: 0.36 and 0.144 mg/L', () => {
    const eq = equivalentConcentrations({
      pollutant: 'Chromium',
      massLimits: { dailyMax: '1800', average: '720' },
      massUnit: 'mg/d',
      regulatedProcessFlow: { value: '5000', unit: 'L/d' },
    });
    expect(value(eq.dailyMax)).toBe('0.36');
    expect(value(eq.average)).toBe('0.144');
    expect(eq.dailyMax.derivation.citation).toBe('403.6(c)(4)');
  });

  it('refuses design capacity (403.6(c)(3)) and a production unit mismatch', () => {
    const design = productionBasedLimits({
      standard: cr468,
      production: { ...production, basis: 'design-capacity' },
    });
    expect(design.dailyMax).toMatchObject({ ok: false, code: 'not_eligible' });
    const kkg = productionBasedLimits({
      standard: cr468,
      production: { ...production, productionUnit: 'kkg' },
    });
    expect(kkg.dailyMax).toMatchObject({ ok: false, code: 'invalid_input' });
  });

  it('no average limit when the standard has none', () => {
    expect(productionBasedLimits({ standard: { ...cr468, average: null }, production }).average).toBeNull();
  });
});

const eligible: EquivalentMassEligibility = {
  waterConservationReducesUse: true,
  adequateTreatmentWithoutDilution: true,
  flowFromContinuousMonitorAndLongTermProduction: true,
  notHighlyVariable: true,
  consistentCompliance: true,
};

describe('equivalent mass limits, EM-1 (403.6(c)(5))', () => {
  const input = {
    pollutant: 'Nickel',
    standard: { dailyMax: '3.98', average: '2.38' },
    actualAverageDailyFlow: { value: '0.050', unit: 'MGD' as const },
    eligibility: eligible,
  };

  it('3.98 × 0.050 × 8.34 = 1.65966 lb/d; 2.38 × 0.050 × 8.34 = 0.99246 lb/d', () => {
    const r = equivalentMassLimits(input);
    expect(value(r.dailyMax)).toBe('1.65966');
    expect(value(r.average)).toBe('0.99246');
    expect(r.dailyMax.derivation.steps[0]?.expression).toBe('3.98 mg/L × 0.05 MGD (as MGD) × 8.34');
  });

  it('the same flow in gpd gives the same limits', () => {
    const r = equivalentMassLimits({ ...input, actualAverageDailyFlow: { value: '50000', unit: 'gpd' } });
    expect(value(r.dailyMax)).toBe('1.65966');
  });

  it('kg/d uses the exact 3.785411784 L/gal', () => {
    const r = equivalentMassLimits({ ...input, outputUnit: 'kg/d' });
    expect(value(r.dailyMax)).toBe(dec('3.98').times('0.05').times('3.785411784').toFixed());
  });

  it.each(Object.keys(eligible))('refuses when %s does not hold', (key) => {
    const r = equivalentMassLimits({ ...input, eligibility: { ...eligible, [key]: false } });
    expect(r.dailyMax).toMatchObject({ ok: false, code: 'not_eligible' });
  });

  it.each(['pH', 'Temperature'])('refuses the non-mass pollutant %s', (pollutant) => {
    expect(equivalentMassLimits({ ...input, pollutant }).dailyMax).toMatchObject({
      ok: false,
      code: 'not_applicable',
    });
  });

  it('equivalent concentration inverts the equivalent mass limit (lb/d at the same 8.34 factor)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 1_000_000 }), (c, q) => {
        const conc = dec(c).div(1000).toFixed();
        const flow = { value: dec(q).div(1_000_000).toFixed(), unit: 'MGD' as const };
        const mass = equivalentMassLimits({
          ...input,
          standard: { dailyMax: conc },
          actualAverageDailyFlow: flow,
        });
        const back = equivalentConcentrations({
          pollutant: 'Nickel',
          massLimits: { dailyMax: value(mass.dailyMax) },
          massUnit: 'lb/d',
          regulatedProcessFlow: flow,
        });
        expect(back.dailyMax.ok && back.dailyMax.value.toSignificantDigits(30).eq(conc)).toBe(true);
      }),
    );
  });
});

describe('other 403.6(c) helpers', () => {
  it.each([
    ['414', true],
    ['419', true],
    [455, true],
    ['433', false],
  ])('flow-based equivalent concentration for part %s: %s (403.6(c)(6))', (part, allowed) => {
    expect(isFlowBasedEquivalentConcentrationAllowed(part)).toBe(allowed);
  });

  it.each([
    ['1.584070', { decimalPlaces: 2, mode: 'down' }, '1.58'],
    ['1.528333', { decimalPlaces: 3, mode: 'half-up' }, '1.528'],
    ['0.637315', { significantDigits: 5, mode: 'half-up' }, '0.63732'],
    ['0.637315', { significantDigits: 5, mode: 'down' }, '0.63731'],
  ] as const)('roundDerivedLimit(%s, %j) = %s', (v, policy, expected) => {
    expect(roundDerivedLimit(v, policy).toFixed()).toBe(expected);
  });
});
