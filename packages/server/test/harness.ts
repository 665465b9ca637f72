import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll } from 'vitest';
import { loadConfig } from '../src/config';
import { type Database, openEmbedded, openPostgres, wrapPglite } from '../src/db/connect';
import { buildApp } from '../src/http/app';
import type { App } from '../src/http/types';
import { createMailer } from '../src/mail/outbox';
import { createStorage } from '../src/storage/index';
import { VERSION } from '../src/version';

/**
 * Integration tests run against PGlite by default, and against a real PostgreSQL server when
 * OUTFALL_TEST_DB=postgres (TEST_DATABASE_URL names a server where databases may be created).
 */
export const onPostgres = process.env.OUTFALL_TEST_DB === 'postgres';

let template: Promise<Database> | null = null;
const opened: Database[] = [];
afterAll(async () => {
  for (const d of opened.splice(0)) await d.close();
  if (template) await (await template).close();
  template = null;
});

async function freshPostgres(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('OUTFALL_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `outfall_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name}`);
      await dropper.end();
    },
  };
}

/** A new, migrated, empty database (a clone of one migrated PGlite per file, or a new PostgreSQL database). */
export async function testDatabase(): Promise<Database> {
  let database: Database;
  if (onPostgres) {
    database = await freshPostgres();
  } else {
    template ??= openEmbedded(null);
    const client = (await template).pglite!;
    database = wrapPglite((await client.clone()) as PGlite);
  }
  opened.push(database);
  return database;
}

export async function testApp(
  database: Database,
  env: Record<string, string> = {},
  ready = true,
): Promise<App> {
  const config = loadConfig({
    DATA_DIR: '/nonexistent',
    PUBLIC_URL: 'http://outfall.test',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const mailer = createMailer(database.db, config.smtpUrl, config.mailFrom);
  const storage = createStorage(config, database.db);
  const app = await buildApp({ database, config, mailer, storage, version: VERSION }, { logger: false });
  if (ready) await app.ready();
  return app;
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token on state-changing requests. */
export class Browser {
  cookie = '';
  csrf = '';
  constructor(readonly app: App) {}

  async login(email: string, password: string) {
    const res = await this.request('POST', '/api/v1/auth/login', { email, password });
    if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    return res;
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    opts: { csrf?: boolean } = {},
  ) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && opts.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    const res: LightMyRequestResponse = await this.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const set = res.cookies.find((c) => c.name === 'outfall_session');
    if (set) this.cookie = set.value ? `outfall_session=${set.value}` : '';
    if (res.headers['content-type']?.toString().includes('application/json') && res.body) {
      const body = res.json();
      if (typeof body?.csrfToken === 'string') this.csrf = body.csrfToken;
    }
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown, opts?: { csrf?: boolean }) {
    return this.request('POST', url, payload ?? {}, opts);
  }
}
