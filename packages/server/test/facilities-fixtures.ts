import { eq } from 'drizzle-orm';
import type { Db } from '../src/db/connect';
import { auditEvents } from '../src/db/schema';
import {
  makeAuthority,
  makeAuthorityProfile,
  makeFacility,
  makeFacilityProfile,
  makeUser,
  TEST_PASSWORD,
} from '../src/factories';
import type { App } from '../src/http/types';
import { Browser, testApp, testDatabase } from './harness';

/** A complete, valid facility profile body for PUT /api/v1/facilities/:id/profile. */
export function profileBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'North Plating',
    status: 'active',
    siteAddress: { line1: '1 Anode Way', line2: null, city: 'Northville', state: 'mi', postalCode: '48167' },
    mailingAddress: null,
    naicsCodes: ['332813'],
    sicCodes: ['3471'],
    contacts: [
      {
        name: 'Pat Plater',
        title: 'EHS Manager',
        phone: '248-555-0101',
        email: 'pat@plating.test',
        role: 'primary',
      },
    ],
    categoricalStandards: [{ part: '433', subpart: 'a' }],
    flows: { processGpd: '32000', sanitaryGpd: '1500', nonContactCoolingGpd: '0', boilerBlowdownGpd: '0' },
    processOrganicLoadLbPerDay: '40',
    categoricalFacts: null,
    notes: null,
    ...overrides,
  };
}

export async function signIn(app: App, email: string, password: string) {
  const browser = new Browser(app);
  await browser.login(email, password);
  return browser;
}

export function put(browser: Browser, url: string, payload: unknown) {
  return browser.request('PUT', url, payload);
}

/** The audit events recorded about one subject, oldest first. */
export async function eventsAbout(db: Db, subjectId: string) {
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId));
  return rows.sort((a, b) => a.seq - b.seq);
}

/** One authority with its capacities and a coordinator; facilities made on demand with a profile. */
export async function classificationWorld(capacities: Parameters<typeof makeAuthorityProfile>[2]) {
  const database = await testDatabase();
  const authority = await makeAuthority(database.db, { name: 'Test POTW' });
  await makeAuthorityProfile(database.db, authority.id, capacities);
  await makeUser(database.db, authority.id, { email: 'coordinator@potw.test', role: 'coordinator' });
  const app = await testApp(database);
  const as = (email: string) => signIn(app, email, TEST_PASSWORD);
  return {
    database,
    app,
    authorityId: authority.id,
    as,
    async facilityWith(overrides: Parameters<typeof makeFacilityProfile>[2]) {
      const f = await makeFacility(database.db, { regulatedById: authority.id });
      await makeFacilityProfile(database.db, f.id, overrides);
      return f.id;
    },
    async classification(facilityId: string) {
      const res = await (await as('coordinator@potw.test')).get(
        `/api/v1/facilities/${facilityId}/classification`,
      );
      if (res.statusCode !== 200) throw new Error(`classification ${res.statusCode}: ${res.body}`);
      return res.json();
    },
  };
}
