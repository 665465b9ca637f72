import { beforeAll, describe, expect, it } from 'vitest';
import { classificationWorld, profileBody, put } from './facilities-fixtures';

let world: Awaited<ReturnType<typeof classificationWorld>>;
const as = (email: string) => world.as(email);
const facilityWith = (...args: Parameters<typeof world.facilityWith>) => world.facilityWith(...args);
const classification = (facilityId: string) => world.classification(facilityId);

beforeAll(async () => {
  // C4/C5 capacities: 0.35 MGD hydraulic, 1,500 lb BOD/day organic.
  world = await classificationWorld({ designHydraulicMgd: '0.35', designOrganicLbPerDay: '1500' });
});

describe('classification computed by the engine from the profile (§1.3)', () => {
  it.each([
    [
      'C1 non-categorical 30,000 gpd process',
      { processGpd: '30000' },
      null,
      'SIU_NON_CATEGORICAL',
      '403.3(v)(1)(ii)',
    ],
    [
      'C3 exactly 25,000 gpd (inclusive)',
      { processGpd: '25000' },
      null,
      'SIU_NON_CATEGORICAL',
      '403.3(v)(1)(ii)',
    ],
    [
      'C4 18,000 gpd is 5.14 % of 0.35 MGD',
      { processGpd: '18000' },
      null,
      'SIU_NON_CATEGORICAL',
      '403.3(v)(1)(ii)',
    ],
    [
      'C5 80 lb/d is 5.33 % of 1,500 lb/d',
      { processGpd: '100' },
      '80',
      'SIU_NON_CATEGORICAL',
      '403.3(v)(1)(ii)',
    ],
    [
      'small IU',
      { processGpd: '1000', sanitaryGpd: '9000', nonContactCoolingGpd: '30000' },
      '10',
      'NON_SIGNIFICANT',
      '403.3(v)(1)(ii)',
    ],
  ])('%s', async (_label, flows, organic, iuClass, citation) => {
    const id = await facilityWith({ flows, processOrganicLoadLbPerDay: organic });
    const { current } = await classification(id);
    expect(current.computed.iuClass).toBe(iuClass);
    expect(current.effective).toEqual(current.computed);
    expect(current.effective.decidedBy.citation).toBe(citation);
    expect(current.designation).toBeNull();
  });

  it('C2: sanitary is excluded, so the SIU decision rests on capacity share, not on flow', async () => {
    const id = await facilityWith({ flows: { processGpd: '20000', sanitaryGpd: '15000' } });
    const checks = (await classification(id)).current.computed.checks;
    const byId = (x: string) => checks.find((c: { id: string }) => c.id === x);
    expect(byId('siu-process-flow')).toMatchObject({ outcome: 'not-met', values: { processGpd: '20000' } });
    expect(byId('siu-hydraulic-share')).toMatchObject({ outcome: 'met', values: { percent: '5.71' } });
  });

  it('a Part 433 metal finisher is a categorical SIU, with the rule that decided it', async () => {
    const id = await facilityWith({
      categoricalStandards: [{ part: '433', subpart: 'A' }],
      flows: { processGpd: '32000' },
    });
    const { current } = await classification(id);
    expect(current.computed).toMatchObject({
      iuClass: 'SIU_CATEGORICAL',
      isCategorical: true,
      isSignificant: true,
      decidedBy: { citation: '403.3(v)(1)(i)' },
      siuCriteria: ['403.3(v)(1)(i)'],
    });
    expect(current.inputs).toMatchObject({
      potw: { designDryWeatherHydraulicGpd: '350000', designDryWeatherOrganicLbPerDay: '1500' },
      settings: { nsciuAdopted: true, middleTierAdopted: true },
    });
  });

  it('C6/C7: NSCIU at 85 gpd, not at a single day of 100.5 gpd', async () => {
    const facts = {
      averageCategoricalFlowGpd: '60',
      consistentlyCompliant: true,
      annualCertificationOnFile: true,
      noUntreatedConcentrate: true,
    };
    const standard = [{ part: '439', subpart: 'D' }];
    const small = await facilityWith({
      categoricalStandards: standard,
      categoricalFacts: { ...facts, maxDailyCategoricalFlowGpd: '85' },
    });
    expect((await classification(small)).current.computed).toMatchObject({
      iuClass: 'NSCIU',
      decidedBy: { citation: '403.3(v)(2)' },
    });
    const over = await facilityWith({
      categoricalStandards: standard,
      categoricalFacts: { ...facts, maxDailyCategoricalFlowGpd: '100.5' },
    });
    expect((await classification(over)).current.computed.iuClass).toBe('SIU_CATEGORICAL');
  });

  it('keeps a history entry for each change of class, not for edits that leave the class alone', async () => {
    const coordinator = await as('coordinator@potw.test');
    const id = await facilityWith({ flows: { processGpd: '1000' } });
    const url = `/api/v1/facilities/${id}/profile`;
    const name = (await coordinator.get(url)).json().name;
    const body = (processGpd: string) =>
      profileBody({ name, categoricalStandards: [], flows: { processGpd } });
    await put(coordinator, url, body('1200'));
    await put(coordinator, url, body('26000'));
    await put(coordinator, url, body('27000'));
    const { history } = await classification(id);
    expect(history.map((h: { effectiveClass: string }) => h.effectiveClass)).toEqual([
      'SIU_NON_CATEGORICAL',
      'NON_SIGNIFICANT',
    ]);
    expect(history[0]).toMatchObject({ cause: 'profile', actorName: expect.any(String) });
    expect(history[1]).toMatchObject({ cause: 'profile', actorName: null });
  });
});
