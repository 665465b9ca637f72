import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CategoricalFacts,
  type Classification,
  classifyIndustrialUser,
  type IndustrialUserFacts,
  type IuClass,
  type PotwCapacities,
} from '../src/classification';

const settings = { nsciuAdopted: true, middleTierAdopted: true };
const asOf = '2025-06-30';

function nonCategorical(overrides: Partial<IndustrialUserFacts>): IndustrialUserFacts {
  return { isSubjectToCategoricalStandard: false, averageProcessFlowGpd: '0', ...overrides };
}

const compliantCiu: CategoricalFacts = {
  maxDailyCategoricalFlowGpd: '85',
  averageCategoricalFlowGpd: '60',
  consistentlyCompliant: true,
  annualCertificationOnFile: true,
  noUntreatedConcentrate: true,
  flowFromContinuousMonitorOrBatch: true,
  notHighlyVariable: true,
  lastSncDate: null,
  pollutantLoads: [],
};

function categorical(
  facts: Partial<CategoricalFacts>,
  overrides: Partial<IndustrialUserFacts> = {},
): IndustrialUserFacts {
  return {
    isSubjectToCategoricalStandard: true,
    averageProcessFlowGpd: '800',
    processOrganicLoadLbPerDay: '0.05',
    categorical: { ...compliantCiu, ...facts },
    ...overrides,
  };
}

function classify(iu: IndustrialUserFacts, potw: PotwCapacities = {}, s = settings): Classification {
  return classifyIndustrialUser({ iu, potw, settings: s, asOf });
}

function outcome(c: Classification, id: string): string | undefined {
  return c.checks.find((x) => x.id === id)?.outcome;
}

describe('§1.3 worked examples C1–C5 (non-categorical)', () => {
  it.each([
    [
      'C1 process 30,000 gpd',
      nonCategorical({ averageProcessFlowGpd: '30000' }),
      {},
      'SIU_NON_CATEGORICAL',
      'siu-process-flow',
    ],
    [
      'C2 process 20,000 + sanitary 15,000 gpd',
      nonCategorical({ averageProcessFlowGpd: '20000', excludedFlowsGpd: { sanitary: '15000' } }),
      {},
      'NON_SIGNIFICANT',
      null,
    ],
    [
      'C3 process exactly 25,000 gpd',
      nonCategorical({ averageProcessFlowGpd: '25000' }),
      {},
      'SIU_NON_CATEGORICAL',
      'siu-process-flow',
    ],
    [
      'C4 18,000 gpd of a 350,000 gpd plant',
      nonCategorical({ averageProcessFlowGpd: '18000' }),
      { designDryWeatherHydraulicGpd: '350000' },
      'SIU_NON_CATEGORICAL',
      'siu-hydraulic-share',
    ],
    [
      'C5 80 lb/d of a 1,500 lb BOD/d plant',
      nonCategorical({ averageProcessFlowGpd: '1000', processOrganicLoadLbPerDay: '80' }),
      { designDryWeatherOrganicLbPerDay: '1500' },
      'SIU_NON_CATEGORICAL',
      'siu-organic-share',
    ],
  ] as [string, IndustrialUserFacts, PotwCapacities, IuClass, string | null][])(
    '%s',
    (_, iu, potw, expected, deciding) => {
      const c = classify(iu, potw);
      expect(c.iuClass).toBe(expected);
      if (deciding) {
        expect(outcome(c, deciding)).toBe('met');
        expect(c.siuCriteria).toHaveLength(1);
        expect(c.decidedBy.citation).toBe('403.3(v)(1)(ii)');
      }
    },
  );

  it('C2: 20,000 < 25,000 with sanitary excluded; capacity tests not evaluated without POTW data', () => {
    const c = classify(
      nonCategorical({ averageProcessFlowGpd: '20000', excludedFlowsGpd: { sanitary: '15000' } }),
    );
    expect(outcome(c, 'siu-process-flow')).toBe('not-met');
    expect(c.checks.find((x) => x.id === 'siu-process-flow')?.values['excluded.sanitary']).toBe('15000');
    expect(c.unevaluated).toEqual(['siu-hydraulic-share', 'siu-organic-share']);
  });

  it('C4 5.14 % and C5 5.33 % are recorded', () => {
    const c4 = classify(nonCategorical({ averageProcessFlowGpd: '18000' }), {
      designDryWeatherHydraulicGpd: '350000',
    });
    expect(c4.checks.find((x) => x.id === 'siu-hydraulic-share')?.values.percent).toBe('5.14');
    const c5 = classify(nonCategorical({ processOrganicLoadLbPerDay: '80' }), {
      designDryWeatherOrganicLbPerDay: '1500',
    });
    expect(c5.checks.find((x) => x.id === 'siu-organic-share')?.values.percent).toBe('5.33');
  });

  it('boundaries: 24,999 gpd and exactly 5 % share', () => {
    expect(classify(nonCategorical({ averageProcessFlowGpd: '24999' })).iuClass).toBe('NON_SIGNIFICANT');
    const exact = classify(nonCategorical({ averageProcessFlowGpd: '17500' }), {
      designDryWeatherHydraulicGpd: '350000',
    });
    expect(exact.iuClass).toBe('SIU_NON_CATEGORICAL');
  });

  it('CA designation and de-designation (403.3(v)(3))', () => {
    expect(classify(nonCategorical({ caDesignatedReasonablePotential: true })).iuClass).toBe(
      'SIU_NON_CATEGORICAL',
    );
    const de = classify(
      nonCategorical({
        averageProcessFlowGpd: '30000',
        deDesignation: { reason: 'no reasonable potential' },
      }),
    );
    expect(de.iuClass).toBe('NON_SIGNIFICANT');
    expect(de.decidedBy.citation).toBe('403.3(v)(3)');
  });
});

describe('§1.3 worked examples C6–C7 (NSCIU)', () => {
  it('C6 highest day 85 gpd, compliant, certification filed → NSCIU', () => {
    const c = classify(categorical({ maxDailyCategoricalFlowGpd: '85' }));
    expect(c.iuClass).toBe('NSCIU');
    expect(c.isSignificant).toBe(false);
    expect(c.decidedBy.citation).toBe('403.3(v)(2)');
  });

  it('C7 a single day at 100.5 gpd → not NSCIU, stays a categorical SIU', () => {
    const c = classify(categorical({ maxDailyCategoricalFlowGpd: '100.5' }));
    expect(outcome(c, 'nsciu-flow')).toBe('not-met');
    expect(c.iuClass).toBe('SIU_CATEGORICAL');
    expect(c.decidedBy.citation).toBe('403.3(v)(1)(i)');
  });

  it('exactly 100 gpd is eligible; NSCIU needs the program setting and every condition', () => {
    expect(classify(categorical({ maxDailyCategoricalFlowGpd: '100' })).iuClass).toBe('NSCIU');
    expect(classify(categorical({}), {}, { ...settings, nsciuAdopted: false }).iuClass).toBe(
      'SIU_CATEGORICAL',
    );
    for (const key of [
      'consistentlyCompliant',
      'annualCertificationOnFile',
      'noUntreatedConcentrate',
    ] as const) {
      expect(classify(categorical({ [key]: false })).iuClass).toBe('SIU_CATEGORICAL');
    }
  });

  it('a CIU cannot be de-designated', () => {
    const c = classify(
      categorical({ maxDailyCategoricalFlowGpd: '5000' }, { deDesignation: { reason: 'x' } }),
    );
    expect(c.iuClass).toBe('SIU_CATEGORICAL');
    expect(outcome(c, 'de-designation')).toBe('not-met');
  });
});

describe('§1.3 worked examples C8–C11 (middle tier)', () => {
  const big = { maxDailyCategoricalFlowGpd: '2000' };

  it('C8 10 MGD plant: cap min(1,000, 5,000) = 1,000 gpd; 800 gpd passes', () => {
    const c = classify(categorical({ ...big, averageCategoricalFlowGpd: '800' }), {
      designDryWeatherHydraulicGpd: '10000000',
    });
    const hydraulic = c.checks.find((x) => x.id === 'mt-hydraulic');
    expect(hydraulic?.outcome).toBe('met');
    expect(hydraulic?.values.capGpd).toBe('1000');
  });

  it('C9 80 MGD plant: cap min(8,000, 5,000) = 5,000 gpd; 6,000 gpd fails', () => {
    const c = classify(categorical({ ...big, averageCategoricalFlowGpd: '6000' }), {
      designDryWeatherHydraulicGpd: '80000000',
    });
    const hydraulic = c.checks.find((x) => x.id === 'mt-hydraulic');
    expect(hydraulic?.outcome).toBe('not-met');
    expect(hydraulic?.values).toMatchObject({ shareGpd: '8000', capGpd: '5000' });
    expect(c.middleTier).toBe(false);
  });

  it('C10 Cu MAHL 30 lb/d → cap 0.003 lb/d; 0.004 lb/d fails test (C)', () => {
    const loads = [{ pollutant: 'Copper', loadLbPerDay: '0.004', mahlLbPerDay: '30' }];
    const c = classify(categorical({ ...big, pollutantLoads: loads }));
    expect(outcome(c, 'mt-mahl')).toBe('not-met');
    expect(c.checks.find((x) => x.id === 'mt-mahl')?.values.Copper).toBe('0.004 lb/d vs cap 0.003 lb/d');
    const ok = classify(categorical({ ...big, pollutantLoads: [{ ...loads[0]!, loadLbPerDay: '0.003' }] }));
    expect(outcome(ok, 'mt-mahl')).toBe('met');
  });

  it('C11 SNC 20 months ago fails; 25 months ago passes', () => {
    expect(outcome(classify(categorical({ ...big, lastSncDate: '2023-10-31' })), 'mt-no-snc')).toBe(
      'not-met',
    );
    expect(outcome(classify(categorical({ ...big, lastSncDate: '2023-05-31' })), 'mt-no-snc')).toBe('met');
  });

  it('a CIU meeting every test is a middle-tier SIU', () => {
    const c = classify(categorical({ ...big, averageCategoricalFlowGpd: '800' }), {
      designDryWeatherHydraulicGpd: '10000000',
      designDryWeatherOrganicLbPerDay: '20000',
    });
    expect(c.iuClass).toBe('SIU_CATEGORICAL');
    expect(c.middleTier).toBe(true);
    expect(classify(categorical({ ...big }), {}).middleTier).toBe(false);
  });
});

describe('classification properties', () => {
  it('is deterministic with respect to field order and pollutant order', () => {
    const loads = [
      { pollutant: 'Copper', loadLbPerDay: '0.001', mahlLbPerDay: '30' },
      { pollutant: 'Zinc', loadLbPerDay: '0.01', mahlLbPerDay: '50' },
      { pollutant: 'Lead', loadLbPerDay: '0.0001', mahlLbPerDay: null },
    ];
    const iu = categorical({ maxDailyCategoricalFlowGpd: '300', pollutantLoads: loads });
    const potw = { designDryWeatherHydraulicGpd: '10000000', designDryWeatherOrganicLbPerDay: '20000' };
    const expected = JSON.stringify(classify(iu, potw));
    const top = Object.entries(iu);
    const inner = Object.entries(iu.categorical!);
    const all = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });
    fc.assert(
      fc.property(all(top), all(inner), all(loads), (topOrder, innerOrder, loadOrder) => {
        const facts = { ...Object.fromEntries(innerOrder), pollutantLoads: loadOrder } as CategoricalFacts;
        const shuffled = { ...Object.fromEntries(topOrder), categorical: facts } as IndustrialUserFacts;
        expect(JSON.stringify(classify(shuffled, potw))).toBe(expected);
      }),
    );
  });

  it('a non-categorical IU at or above 25,000 gpd is always an SIU unless de-designated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (gpd) => {
        const c = classify(nonCategorical({ averageProcessFlowGpd: String(gpd) }));
        expect(c.isSignificant).toBe(gpd >= 25_000);
      }),
    );
  });

  it('refuses a negative flow', () => {
    expect(() => classify(nonCategorical({ averageProcessFlowGpd: '-1' }))).toThrow(/must not be negative/);
  });
});
