import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import type { App } from '../src/http/types';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

let database: Database;
let app: App;
let world: Awaited<ReturnType<typeof makeWorld>>;

async function as(email: string) {
  const browser = new Browser(app);
  await browser.login(email, world.password);
  return browser;
}

beforeAll(async () => {
  database = await testDatabase();
  world = await makeWorld(database.db);
  app = await testApp(database);
});

describe('a facility user sees only their own facility', () => {
  it('lists only their own facility', async () => {
    const list = (await (await as('manager@plating.test')).get('/api/v1/facilities')).json() as {
      name: string;
    }[];
    expect(list.map((f) => f.name)).toEqual(['North Plating']);
  });

  it('reads their own facility and gets 404 for any other, regulated by the same authority or not', async () => {
    const manager = await as('manager@plating.test');
    expect((await manager.get(`/api/v1/facilities/${world.orgs.plating.id}`)).json().name).toBe(
      'North Plating',
    );
    for (const other of [world.orgs.brewery, world.orgs.tannery, world.orgs.refinery, world.orgs.north]) {
      const res = await manager.get(`/api/v1/facilities/${other.id}`);
      expect(res.statusCode, other.name).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('cannot read another facility’s audit history, which answers like an unknown record', async () => {
    const manager = await as('manager@plating.test');
    const theirs = await manager.get(
      `/api/v1/audit?subjectType=organization&subjectId=${world.orgs.brewery.id}`,
    );
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().events).toEqual([]);
    const own = await manager.get(
      `/api/v1/audit?subjectType=organization&subjectId=${world.orgs.plating.id}`,
    );
    expect(own.json().events.map((e: { eventType: string }) => e.eventType)).toContain(
      'organization.created',
    );
  });

  it('cannot create facilities (authority work) and nothing is created', async () => {
    const manager = await as('manager@plating.test');
    const res = await manager.post('/api/v1/facilities', { name: 'Sneaky Annex' });
    expect(res.statusCode).toBe(403);
    const coordinator = await as('coordinator@north.test');
    const names = ((await coordinator.get('/api/v1/facilities')).json() as { name: string }[]).map(
      (f) => f.name,
    );
    expect(names).not.toContain('Sneaky Annex');
  });
});

describe('an authority sees the facilities in its jurisdiction only', () => {
  it('lists its regulated facilities, not another authority’s nor standalone ones', async () => {
    const list = (await (await as('coordinator@north.test')).get('/api/v1/facilities')).json() as {
      name: string;
    }[];
    expect(list.map((f) => f.name)).toEqual(['North Brewery', 'North Plating']);
  });

  it('answers 404 for a facility outside its jurisdiction', async () => {
    const coordinator = await as('coordinator@north.test');
    expect((await coordinator.get(`/api/v1/facilities/${world.orgs.brewery.id}`)).statusCode).toBe(200);
    expect((await coordinator.get(`/api/v1/facilities/${world.orgs.tannery.id}`)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/v1/facilities/${world.orgs.refinery.id}`)).statusCode).toBe(404);
    const south = await as('coordinator@south.test');
    expect((await south.get(`/api/v1/facilities/${world.orgs.plating.id}`)).statusCode).toBe(404);
  });

  it('creates facilities in its own jurisdiction only (coordinator yes, viewer no)', async () => {
    const coordinator = await as('coordinator@north.test');
    const created = await coordinator.post('/api/v1/facilities', { name: 'North Dairy' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'North Dairy',
      kind: 'facility',
      regulatedById: world.orgs.north.id,
    });
    const south = await as('coordinator@south.test');
    expect((await south.get(`/api/v1/facilities/${created.json().id}`)).statusCode).toBe(404);
    const viewer = await as('viewer@north.test');
    expect((await viewer.post('/api/v1/facilities', { name: 'Viewer Works' })).statusCode).toBe(403);
  });

  it('refuses a blank facility name naming the field', async () => {
    const res = await (await as('coordinator@north.test')).post('/api/v1/facilities', { name: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toEqual({ path: 'name', message: 'Enter the facility name' });
  });
});

describe('dashboards count real records', () => {
  it('shows an authority its facilities and members', async () => {
    const dash = (await (await as('admin@north.test')).get('/api/v1/dashboard')).json();
    expect(dash).toMatchObject({ kind: 'authority', organizationName: 'North Basin POTW', members: 3 });
    expect(dash.facilities).toBeGreaterThanOrEqual(2);
  });
  it('shows a facility its members and signatories', async () => {
    const dash = (await (await as('manager@plating.test')).get('/api/v1/dashboard')).json();
    expect(dash).toMatchObject({
      kind: 'facility',
      organizationName: 'North Plating',
      regulatedByName: 'North Basin POTW',
      members: 2,
      signatories: 1,
    });
  });
});

describe('the organization-wide audit log is for admins', () => {
  it('refuses non-admins and shows admins their organization’s events only', async () => {
    expect((await (await as('coordinator@north.test')).get('/api/v1/audit')).statusCode).toBe(403);
    const admin = await as('admin@north.test');
    const events = (await admin.get('/api/v1/audit?limit=500')).json().events as {
      organizationId: string;
      actorUserId: string;
    }[];
    expect(events.length).toBeGreaterThan(0);
    const regulated = ((await admin.get('/api/v1/facilities')).json() as { id: string }[]).map((f) => f.id);
    const northSide = new Set([world.orgs.north.id, ...regulated]);
    for (const e of events) {
      expect(northSide.has(e.organizationId) || e.organizationId === null).toBe(true);
    }
    expect(events.some((e) => e.organizationId === world.orgs.tannery.id)).toBe(false);
  });
});

describe('every API route declares who may call it', () => {
  it('refuses to register a /api/v1 route without config.access', async () => {
    const bare = await testApp(database, {}, false);
    expect(() => bare.get('/api/v1/unguarded', () => 'x')).toThrow(/does not declare config.access/);
  });
});
