import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { DataDirLockedError } from '../src/db/lock';
import { openDatabase } from '../src/db/open';
import { isDatabaseEmpty, seedDemo } from '../src/demo/seed';
import { Browser, onPostgres, testApp, testDatabase } from './harness';

const scratch = mkdtempSync(join(tmpdir(), 'outfall-platform-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('health and API description', () => {
  it('answers health with the database kind and version', async () => {
    const app = await testApp(await testDatabase());
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({
      status: 'ok',
      database: onPostgres ? 'postgres' : 'embedded',
      version: '0.1.0',
    });
  });

  it('publishes OpenAPI JSON with the v1 routes and a docs page', async () => {
    const app = await testApp(await testDatabase());
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/facilities',
      '/api/v1/facilities/{id}',
      '/api/v1/audit',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect(
      spec.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['email', 'password']);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const app = await testApp(await testDatabase());
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('the demo program', () => {
  it('seeds Springfield with a dozen facilities including Acme Plating, and the demo accounts sign in', async () => {
    const database = await testDatabase();
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    const accounts = await seedDemo(database.db);
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    expect(accounts.map((a) => a.email)).toEqual(
      expect.arrayContaining([
        'admin@springfield.example',
        'coordinator@springfield.example',
        'inspector@springfield.example',
        'manager@acme-plating.example',
        'operator@acme-plating.example',
      ]),
    );
    const app = await testApp(database);
    const coordinator = new Browser(app);
    await coordinator.login('coordinator@springfield.example', 'outfall-demo');
    const facilities = (await coordinator.get('/api/v1/facilities')).json() as { name: string }[];
    expect(facilities).toHaveLength(12);
    expect(facilities.map((f) => f.name)).toContain('Acme Plating');
    const manager = new Browser(app);
    await manager.login('manager@acme-plating.example', 'outfall-demo');
    expect((await manager.get('/api/v1/dashboard')).json()).toMatchObject({
      organizationName: 'Acme Plating',
      regulatedByName: 'Springfield Water Reclamation',
    });
  });
});

describe.skipIf(onPostgres)('the embedded database folder', () => {
  it('creates missing folders and refuses a second process on the same folder', async () => {
    const dataDir = join(scratch, 'nested', 'data');
    const config = loadConfig({ DATA_DIR: dataDir });
    const first = await openDatabase(config);
    await expect(openDatabase(config)).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(openDatabase(config)).rejects.toThrow(/in use by another Outfall process \(pid \d+\)/);
    await first.close();
    const again = await openDatabase(config);
    await again.close();
  });
});

describe('configuration', () => {
  it('refuses a malformed DATABASE_URL naming the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: DATABASE_URL must start with postgres:\/\//,
    );
  });
  it('seeds the demo on the embedded database, and on PostgreSQL only with OUTFALL_DEMO=1', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', OUTFALL_DEMO: '1' }).seedDemo).toBe(true);
  });
});
