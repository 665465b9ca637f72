import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import type { App } from '../src/http/types';
import { eventsAbout, profileBody, put, signIn } from './facilities-fixtures';
import { testApp, testDatabase } from './harness';
import { makeWorld } from './world';

let database: Database;
let app: App;
let world: Awaited<ReturnType<typeof makeWorld>>;
const as = (email: string) => signIn(app, email, world.password);
const profileUrl = () => `/api/v1/facilities/${world.orgs.plating.id}/profile`;

beforeAll(async () => {
  database = await testDatabase();
  world = await makeWorld(database.db);
  app = await testApp(database);
});

describe('facility profile', () => {
  it('answers 404 before a profile exists, then saves, normalises and reads it back', async () => {
    const coordinator = await as('coordinator@north.test');
    expect((await coordinator.get(profileUrl())).statusCode).toBe(404);
    const res = await put(coordinator, profileUrl(), profileBody());
    expect(res.statusCode, res.body).toBe(200);
    const read = (await coordinator.get(profileUrl())).json();
    expect(read).toMatchObject({
      facilityId: world.orgs.plating.id,
      regulatedById: world.orgs.north.id,
      name: 'North Plating',
      status: 'active',
      siteAddress: { state: 'MI', postalCode: '48167' },
      categoricalStandards: [
        { part: '433', subpart: 'A', partName: 'Metal Finishing', subpartName: 'Metal Finishing' },
      ],
      flows: { processGpd: '32000', sanitaryGpd: '1500', otherGpd: '0' },
      processOrganicLoadLbPerDay: '40',
      contacts: [{ name: 'Pat Plater', role: 'primary' }],
    });
  });

  it('keeps flows exactly as entered and renames the facility in the same change', async () => {
    const coordinator = await as('coordinator@north.test');
    const body = profileBody({
      name: 'North Plating & Anodizing',
      flows: { processGpd: '24999.5', sanitaryGpd: '0.25', otherGpd: '0.5' },
    });
    const res = await put(coordinator, profileUrl(), body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().flows).toMatchObject({ processGpd: '24999.5', sanitaryGpd: '0.25', otherGpd: '0.5' });
    const facility = (await coordinator.get(`/api/v1/facilities/${world.orgs.plating.id}`)).json();
    expect(facility.name).toBe('North Plating & Anodizing');
    await put(coordinator, profileUrl(), profileBody());
  });

  it.each([
    [{ flows: { processGpd: '-5' } }, 'flows.processGpd', 'must be a number'],
    [{ flows: { processGpd: 'lots' } }, 'flows.processGpd', 'must be a number'],
    [
      { siteAddress: { line1: '1 Anode Way', city: 'X', state: 'MI', postalCode: '4816' } },
      'siteAddress.postalCode',
      'ZIP',
    ],
    [{ categoricalStandards: [{ part: '999', subpart: 'A' }] }, 'categoricalStandards.0.part', 'Part 999'],
    [
      { categoricalStandards: [{ part: '433', subpart: 'Z' }] },
      'categoricalStandards.0.subpart',
      'no subpart Z',
    ],
    [
      { categoricalStandards: [{ part: '413', subpart: 'C' }] },
      'categoricalStandards.0.subpart',
      'no subpart C',
    ],
    [
      {
        categoricalStandards: [
          { part: '433', subpart: 'A' },
          { part: '433', subpart: 'A' },
        ],
      },
      'categoricalStandards.1',
      'twice',
    ],
    [{ contacts: [{ name: 'A', role: 'primary', email: 'not-an-email' }] }, 'contacts.0.email', 'e-mail'],
    [{ naicsCodes: ['33X'] }, 'naicsCodes.0', 'NAICS'],
    [{ status: 'demolished' }, 'status', ''],
    [{ name: '  ' }, 'name', 'must not be empty'],
  ])('refuses %j naming the field %s, and saves nothing', async (change, path, message) => {
    const coordinator = await as('coordinator@north.test');
    const before = (await coordinator.get(profileUrl())).json();
    const res = await put(coordinator, profileUrl(), profileBody(change));
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_failed');
    const field = error.fields.find((f: { path: string }) => f.path === path);
    expect(field, JSON.stringify(error.fields)).toBeDefined();
    expect(`${field.path}: ${field.message}`).toContain(message);
    expect((await coordinator.get(profileUrl())).json()).toEqual(before);
  });

  it('records exactly one audit event per change, with the profile and class before and after', async () => {
    const coordinator = await as('coordinator@north.test');
    const id = world.orgs.brewery.id;
    const url = `/api/v1/facilities/${id}/profile`;
    const first = profileBody({
      name: 'North Brewery',
      categoricalStandards: [],
      flows: { processGpd: '20000' },
    });
    await put(coordinator, url, first);
    await put(coordinator, url, { ...first, flows: { processGpd: '30000' } });
    const events = (await eventsAbout(database.db, id)).filter(
      (e) => e.eventType === 'facility.profile_updated',
    );
    expect(events).toHaveLength(2);
    const [created, changed] = events as [(typeof events)[0], (typeof events)[0]];
    expect(created.subjectType).toBe('facility_profile');
    expect(created.organizationId).toBe(id);
    expect(created.before).toEqual({ profile: null, classification: null });
    expect(created.after).toMatchObject({ classification: { effectiveClass: 'NON_SIGNIFICANT' } });
    expect(changed.before).toMatchObject({
      profile: { flows: { processGpd: '20000' } },
      classification: { effectiveClass: 'NON_SIGNIFICANT' },
    });
    expect(changed.after).toMatchObject({
      profile: { flows: { processGpd: '30000' } },
      classification: { effectiveClass: 'SIU_NON_CATEGORICAL', decidedBy: { citation: '403.3(v)(1)(ii)' } },
    });
    expect(changed.actorUserId).toBe(world.users.northCoordinator.id);
  });
});

describe('authority profile', () => {
  it('starts empty, is saved by a coordinator, and re-classifies its facilities in one audited change', async () => {
    const coordinator = await as('coordinator@north.test');
    expect((await coordinator.get('/api/v1/authority/profile')).json()).toMatchObject({
      authorityId: world.orgs.north.id,
      designHydraulicMgd: null,
      nsciuAdopted: false,
      updatedAt: null,
    });
    // North Brewery: 30,000 gpd. At 0.5 MGD that is 6 % of hydraulic capacity, but it is SIU on flow anyway;
    // at 0.1 MGD a 4,000 gpd IU is 4 %, at 0.08 MGD it is 5 % → SIU (boundary inclusive).
    const breweryUrl = `/api/v1/facilities/${world.orgs.brewery.id}/profile`;
    await put(
      coordinator,
      breweryUrl,
      profileBody({ name: 'North Brewery', categoricalStandards: [], flows: { processGpd: '4000' } }),
    );
    const res = await put(coordinator, '/api/v1/authority/profile', {
      designHydraulicMgd: '0.08',
      designOrganicLbPerDay: '1500',
      nsciuAdopted: true,
      middleTierAdopted: false,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      designHydraulicMgd: '0.08',
      designOrganicLbPerDay: '1500',
      nsciuAdopted: true,
    });
    const cls = (await coordinator.get(`/api/v1/facilities/${world.orgs.brewery.id}/classification`)).json();
    expect(cls.current.effective.iuClass).toBe('SIU_NON_CATEGORICAL');
    expect(cls.current.inputs.potw.designDryWeatherHydraulicGpd).toBe('80000');
    expect(
      cls.current.effective.checks.find((c: { id: string }) => c.id === 'siu-hydraulic-share'),
    ).toMatchObject({
      outcome: 'met',
      values: { percent: '5.00' },
    });
    expect(cls.history[0]).toMatchObject({
      cause: 'authority_profile',
      effectiveClass: 'SIU_NON_CATEGORICAL',
    });
    const events = (await eventsAbout(database.db, world.orgs.north.id)).filter(
      (e) => e.eventType === 'authority.profile_updated',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({
      designHydraulicMgd: '0.08',
      reclassified: [
        { facilityId: world.orgs.brewery.id, from: 'NON_SIGNIFICANT', to: 'SIU_NON_CATEGORICAL' },
      ],
    });
  });

  it('names the field of a bad capacity, and only authority admins and coordinators may change it', async () => {
    const coordinator = await as('coordinator@north.test');
    const bad = await put(coordinator, '/api/v1/authority/profile', { designHydraulicMgd: '12 MGD' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('designHydraulicMgd');
    const viewer = await as('viewer@north.test');
    expect((await viewer.get('/api/v1/authority/profile')).statusCode).toBe(200);
    expect((await put(viewer, '/api/v1/authority/profile', { nsciuAdopted: false })).statusCode).toBe(403);
    const manager = await as('manager@plating.test');
    expect((await manager.get('/api/v1/authority/profile')).statusCode).toBe(403);
    expect((await put(manager, '/api/v1/authority/profile', { nsciuAdopted: false })).statusCode).toBe(403);
    expect((await coordinator.get('/api/v1/authority/profile')).json().designHydraulicMgd).toBe('0.08');
  });
});
