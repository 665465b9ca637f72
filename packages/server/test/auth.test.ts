import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_EMAIL } from '../src/auth/rate-limit';
import type { Database } from '../src/db/connect';
import { users } from '../src/db/schema';
import type { App } from '../src/http/types';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

let database: Database;
let app: App;
let world: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  database = await testDatabase();
  world = await makeWorld(database.db);
  app = await testApp(database);
});

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    const browser = new Browser(app);
    const res = await browser.login('coordinator@north.test', world.password);
    const cookie = res.cookies.find((c) => c.name === 'outfall_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    const body = res.json();
    expect(body.user.email).toBe('coordinator@north.test');
    expect(body.memberships).toEqual([
      expect.objectContaining({
        organizationName: 'North Basin POTW',
        kind: 'authority',
        role: 'coordinator',
      }),
    ]);
    expect(body.activeOrganizationId).toBe(world.orgs.north.id);
    const session = await browser.get('/api/v1/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().user.email).toBe('coordinator@north.test');
  });

  it('stores passwords as argon2id hashes', async () => {
    const rows = await database.db.select({ hash: users.passwordHash }).from(users).limit(3);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const wrong = await new Browser(app).post('/api/v1/auth/login', {
      email: 'viewer@north.test',
      password: 'nope',
    });
    const unknown = await new Browser(app).post('/api/v1/auth/login', {
      email: 'nobody@north.test',
      password: 'nope',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({
      code: 'unauthenticated',
      message: 'The e-mail or password is wrong',
    });
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    expect(wrong.cookies.find((c) => c.name === 'outfall_session')).toBeUndefined();
  });

  it('names the field at fault on a malformed login', async () => {
    const res = await new Browser(app).post('/api/v1/auth/login', { email: 'not-an-email', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'email' })]);
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const email = 'admin@plating.test';
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(
        (await new Browser(app).post('/api/v1/auth/login', { email, password: `wrong-${i}` })).statusCode,
      ).toBe(401);
    }
    const blocked = await new Browser(app).post('/api/v1/auth/login', { email, password: world.password });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
  });

  it('signs out: the old cookie no longer works', async () => {
    const browser = new Browser(app);
    await browser.login('viewer@north.test', world.password);
    const cookie = browser.cookie;
    expect((await browser.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const stale = new Browser(app);
    stale.cookie = cookie;
    expect((await stale.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('answers 401 without a session', async () => {
    for (const url of ['/api/v1/auth/session', '/api/v1/dashboard', '/api/v1/facilities', '/api/v1/audit']) {
      const res = await new Browser(app).get(url);
      expect(res.statusCode, url).toBe(401);
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the CSRF token and accepts it with the token', async () => {
    const browser = new Browser(app);
    await browser.login('coordinator@north.test', world.password);
    const without = await browser.post('/api/v1/facilities', { name: 'Forged Works' }, { csrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const forged = await app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: { cookie: browser.cookie, 'x-csrf-token': 'guessed' },
      payload: { name: 'Forged Works' },
    });
    expect(forged.statusCode).toBe(403);
    const facilities = (await browser.get('/api/v1/facilities')).json() as { name: string }[];
    expect(facilities.map((f) => f.name)).not.toContain('Forged Works');
    const real = await browser.post('/api/v1/facilities', { name: 'Real Works' });
    expect(real.statusCode).toBe(201);
  });
});

describe('password change and organization switching', () => {
  it('changes the password, refuses the wrong current password, and ends other sessions', async () => {
    const email = 'manager@refinery.test';
    const first = new Browser(app);
    await first.login(email, world.password);
    const second = new Browser(app);
    await second.login(email, world.password);
    const wrong = await first.post('/api/v1/auth/password', {
      currentPassword: 'bad',
      newPassword: 'a-much-longer-password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('currentPassword');
    const short = await first.post('/api/v1/auth/password', {
      currentPassword: world.password,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].path).toBe('newPassword');
    const ok = await first.post('/api/v1/auth/password', {
      currentPassword: world.password,
      newPassword: 'a-much-longer-password',
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await second.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect(
      (await new Browser(app).post('/api/v1/auth/login', { email, password: world.password })).statusCode,
    ).toBe(401);
    await new Browser(app).login(email, 'a-much-longer-password');
  });

  it('switches only to an organization the user belongs to', async () => {
    const { addMember } = await import('../src/organizations/add-member');
    const { systemActor } = await import('../src/audit/append');
    await addMember({
      db: database.db,
      actor: systemActor,
      input: {
        organizationId: world.orgs.brewery.id,
        email: 'manager@plating.test',
        name: 'x',
        password: 'unused-password',
        role: 'viewer',
      },
    });
    const browser = new Browser(app);
    const login = await browser.login('manager@plating.test', world.password);
    expect(login.json().memberships).toHaveLength(2);
    const switched = await browser.post('/api/v1/auth/switch-organization', {
      organizationId: world.orgs.brewery.id,
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().activeOrganizationId).toBe(world.orgs.brewery.id);
    expect((await browser.get('/api/v1/dashboard')).json().organizationName).toBe('North Brewery');
    const outside = await browser.post('/api/v1/auth/switch-organization', {
      organizationId: world.orgs.tannery.id,
    });
    expect(outside.statusCode).toBe(404);
  });
});
