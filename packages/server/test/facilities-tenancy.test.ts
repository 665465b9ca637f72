import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import { makeFacilityProfile } from '../src/factories';
import type { App } from '../src/http/types';
import { eventsAbout, profileBody, put, signIn } from './facilities-fixtures';
import { testApp, testDatabase } from './harness';
import { makeWorld } from './world';

let database: Database;
let app: App;
let world: Awaited<ReturnType<typeof makeWorld>>;
const as = (email: string) => signIn(app, email, world.password);
const url = (facilityId: string, what: 'profile' | 'classification' | 'designation') =>
  `/api/v1/facilities/${facilityId}/${what}`;

beforeAll(async () => {
  database = await testDatabase();
  world = await makeWorld(database.db);
  for (const f of [world.orgs.plating, world.orgs.brewery, world.orgs.tannery, world.orgs.refinery]) {
    await makeFacilityProfile(database.db, f.id, { flows: { processGpd: '30000' } });
  }
  app = await testApp(database);
});

describe('facility users see their own profile and classification only', () => {
  it('reads its own profile and classification', async () => {
    const manager = await as('manager@plating.test');
    expect((await manager.get(url(world.orgs.plating.id, 'profile'))).json().name).toBe('North Plating');
    const cls = (await manager.get(url(world.orgs.plating.id, 'classification'))).json();
    expect(cls.current.effective.iuClass).toBe('SIU_NON_CATEGORICAL');
  });

  it('gets 404 for any other facility, under the same authority or not, and for an authority', async () => {
    const manager = await as('manager@plating.test');
    for (const other of [world.orgs.brewery, world.orgs.tannery, world.orgs.refinery, world.orgs.north]) {
      for (const what of ['profile', 'classification'] as const) {
        const res = await manager.get(url(other.id, what));
        expect(res.statusCode, `${other.name} ${what}`).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
    }
    const list = (await manager.get('/api/v1/facilities')).json() as { name: string }[];
    expect(list.map((f) => f.name)).toEqual(['North Plating']);
    const csv = (await manager.get('/api/v1/facilities.csv')).body;
    expect(csv).toContain('North Plating');
    expect(csv).not.toContain('North Brewery');
  });

  it('cannot edit its profile or designate itself (403), and nothing changes', async () => {
    for (const email of ['manager@plating.test', 'admin@plating.test']) {
      const user = await as(email);
      const edit = await put(
        user,
        url(world.orgs.plating.id, 'profile'),
        profileBody({ flows: { processGpd: '1' } }),
      );
      expect(edit.statusCode, email).toBe(403);
      const designate = await user.post(url(world.orgs.plating.id, 'designation'), {
        designation: 'non_significant',
        reason: 'We say so',
      });
      expect(designate.statusCode, email).toBe(403);
    }
    const profile = (
      await (await as('manager@plating.test')).get(url(world.orgs.plating.id, 'profile'))
    ).json();
    expect(profile.flows.processGpd).toBe('30000');
    const events = (await eventsAbout(database.db, world.orgs.plating.id)).map((e) => e.eventType);
    expect(events.filter((t) => t.startsWith('facility.'))).toEqual(['facility.profile_updated']);
  });
});

describe('authorities keep the profiles of their own facilities only', () => {
  it('another authority gets 404 reading or editing, and nothing changes', async () => {
    const south = await as('coordinator@south.test');
    for (const what of ['profile', 'classification'] as const) {
      expect((await south.get(url(world.orgs.plating.id, what))).statusCode).toBe(404);
    }
    expect((await put(south, url(world.orgs.plating.id, 'profile'), profileBody())).statusCode).toBe(404);
    const designate = await south.post(url(world.orgs.plating.id, 'designation'), {
      designation: 'significant',
      reason: 'Not ours',
    });
    expect(designate.statusCode).toBe(404);
    expect((await south.get(url(world.orgs.tannery.id, 'profile'))).statusCode).toBe(200);
  });

  it('no authority keeps a standalone facility, nor its own organization as a facility', async () => {
    const north = await as('coordinator@north.test');
    expect((await put(north, url(world.orgs.refinery.id, 'profile'), profileBody())).statusCode).toBe(404);
    expect((await north.get(url(world.orgs.refinery.id, 'profile'))).statusCode).toBe(404);
    expect((await put(north, url(world.orgs.north.id, 'profile'), profileBody())).statusCode).toBe(404);
  });

  it('authority viewers read but may not edit or designate (403); anonymous requests are 401', async () => {
    const viewer = await as('viewer@north.test');
    expect((await viewer.get(url(world.orgs.plating.id, 'profile'))).statusCode).toBe(200);
    expect((await put(viewer, url(world.orgs.plating.id, 'profile'), profileBody())).statusCode).toBe(403);
    const designate = await viewer.post(url(world.orgs.plating.id, 'designation'), {
      designation: 'significant',
      reason: 'x',
    });
    expect(designate.statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: url(world.orgs.plating.id, 'profile') });
    expect(anonymous.statusCode).toBe(401);
  });

  it('the authority admin may edit, and a missing CSRF token is refused', async () => {
    const admin = await as('admin@north.test');
    const noCsrf = await admin.request('PUT', url(world.orgs.plating.id, 'profile'), profileBody(), {
      csrf: false,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_failed');
    const ok = await put(admin, url(world.orgs.plating.id, 'profile'), profileBody());
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
