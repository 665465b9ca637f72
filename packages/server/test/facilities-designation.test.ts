import { beforeAll, describe, expect, it } from 'vitest';
import { makeFacility } from '../src/factories';
import { classificationWorld, eventsAbout, profileBody, put } from './facilities-fixtures';

let world: Awaited<ReturnType<typeof classificationWorld>>;
const as = (email: string) => world.as(email);
const facilityWith = (...args: Parameters<typeof world.facilityWith>) => world.facilityWith(...args);
const classification = (facilityId: string) => world.classification(facilityId);

beforeAll(async () => {
  // C4/C5 capacities: 0.35 MGD hydraulic, 1,500 lb BOD/day organic.
  world = await classificationWorld({ designHydraulicMgd: '0.35', designOrganicLbPerDay: '1500' });
});

describe('manual designation by the authority', () => {
  it('designates a non-significant IU as SIU with a reason: both classes shown, history and one audit event', async () => {
    const coordinator = await as('coordinator@potw.test');
    const id = await facilityWith({ flows: { processGpd: '3000' } });
    const missing = await coordinator.post(`/api/v1/facilities/${id}/designation`, {
      designation: 'significant',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].path).toBe('reason');
    const blank = await coordinator.post(`/api/v1/facilities/${id}/designation`, {
      designation: 'significant',
      reason: '   ',
    });
    expect(blank.json().error.fields[0]).toMatchObject({ path: 'reason', message: 'must not be empty' });
    const reason = 'Slug loads of caustic upset the plant in 2024';
    const res = await coordinator.post(`/api/v1/facilities/${id}/designation`, {
      designation: 'significant',
      reason,
    });
    expect(res.statusCode, res.body).toBe(200);
    const current = (await classification(id)).current;
    expect(current.computed.iuClass).toBe('NON_SIGNIFICANT');
    expect(current.effective.iuClass).toBe('SIU_NON_CATEGORICAL');
    expect(current.effective.siuCriteria).toEqual(['403.3(v)(1)(ii) designated']);
    expect(current.designation).toMatchObject({
      kind: 'significant',
      reason,
      designatedByName: expect.any(String),
    });
    const { history } = await classification(id);
    expect(history[0]).toMatchObject({ cause: 'designation', designation: 'significant', reason });
    const events = (await eventsAbout(world.database.db, id)).filter(
      (e) => e.eventType === 'facility.designation_changed',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subjectType: 'facility_classification',
      before: { effectiveClass: 'NON_SIGNIFICANT', designation: null },
      after: { effectiveClass: 'SIU_NON_CATEGORICAL', designation: { kind: 'significant', reason }, reason },
    });
  });

  it('keeps the designation through later profile changes, and withdrawing it (with a reason) restores the computed class', async () => {
    const coordinator = await as('coordinator@potw.test');
    const id = await facilityWith({ flows: { processGpd: '3000' } });
    const url = `/api/v1/facilities/${id}/designation`;
    await coordinator.post(url, { designation: 'significant', reason: 'Reasonable potential' });
    const profileUrl = `/api/v1/facilities/${id}/profile`;
    const name = (await coordinator.get(profileUrl)).json().name;
    await put(
      coordinator,
      profileUrl,
      profileBody({ name, categoricalStandards: [], flows: { processGpd: '2000' } }),
    );
    expect((await classification(id)).current.effective.iuClass).toBe('SIU_NON_CATEGORICAL');
    const res = await coordinator.post(url, { designation: 'none', reason: 'Process line closed' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ designation: null, effective: { iuClass: 'NON_SIGNIFICANT' } });
    expect((await classification(id)).history[0]).toMatchObject({
      designation: null,
      reason: 'Process line closed',
    });
    const again = await coordinator.post(url, { designation: 'none', reason: 'twice' });
    expect(again.statusCode).toBe(409);
  });

  it('de-designates a non-categorical SIU (403.3(v)(3)) but refuses to de-designate a CIU', async () => {
    const coordinator = await as('coordinator@potw.test');
    const siu = await facilityWith({ flows: { processGpd: '26000' } });
    const ok = await coordinator.post(`/api/v1/facilities/${siu}/designation`, {
      designation: 'non_significant',
      reason: 'No reasonable potential: rinse water only',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      computed: { iuClass: 'SIU_NON_CATEGORICAL' },
      effective: { iuClass: 'NON_SIGNIFICANT', decidedBy: { citation: '403.3(v)(3)' } },
    });
    const ciu = await facilityWith({ categoricalStandards: [{ part: '433', subpart: 'A' }] });
    const refused = await coordinator.post(`/api/v1/facilities/${ciu}/designation`, {
      designation: 'non_significant',
      reason: 'Small',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'invalid_state', fields: [{ path: 'designation' }] });
    expect(refused.json().error.message).toContain('NSCIU route');
    expect((await classification(ciu)).current.designation).toBeNull();
    expect((await eventsAbout(world.database.db, ciu)).map((e) => e.eventType)).not.toContain(
      'facility.designation_changed',
    );
  });

  it('a CIU eligible for NSCIU can be kept significant by designation', async () => {
    const coordinator = await as('coordinator@potw.test');
    const id = await facilityWith({
      categoricalStandards: [{ part: '439', subpart: 'D' }],
      categoricalFacts: {
        maxDailyCategoricalFlowGpd: '50',
        averageCategoricalFlowGpd: '40',
        consistentlyCompliant: true,
        annualCertificationOnFile: true,
        noUntreatedConcentrate: true,
      },
    });
    const res = await coordinator.post(`/api/v1/facilities/${id}/designation`, {
      designation: 'significant',
      reason: 'Batch discharges of solvent-bearing rinse',
    });
    expect(res.json()).toMatchObject({
      computed: { iuClass: 'NSCIU' },
      effective: { iuClass: 'SIU_CATEGORICAL', isSignificant: true },
    });
    expect(res.json().effective.decidedBy.rule).toContain('Batch discharges');
  });

  it('refuses a designation before the facility has a profile', async () => {
    const coordinator = await as('coordinator@potw.test');
    const bare = await makeFacility(world.database.db, { regulatedById: world.authorityId });
    const res = await coordinator.post(`/api/v1/facilities/${bare.id}/designation`, {
      designation: 'significant',
      reason: 'x',
    });
    expect(res.statusCode).toBe(409);
    expect(await classification(bare.id)).toEqual({ current: null, history: [] });
  });
});
