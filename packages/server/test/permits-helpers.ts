import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../src/db/connect';
import { auditEvents } from '../src/db/schema';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

/** A migrated database with the world, an app, and a signed-in browser per person. */
export async function permitsWorld() {
  const database = await testDatabase();
  const world = await makeWorld(database.db);
  const app = await testApp(database);
  const as = async (email: string) => {
    const b = new Browser(app);
    await b.login(email, world.password);
    return b;
  };
  return { database, db: database.db, world, app, as };
}

export const ISSUE = {
  action: 'issue',
  issuedDate: '2025-01-10',
  effectiveDate: '2025-02-01',
  expirationDate: '2030-01-31',
} as const;

/** Creates a Part 433 permit for North Plating as North's coordinator; returns its id. */
export async function createPlatingPermit(
  coordinator: Browser,
  facilityId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await coordinator.post('/api/v1/permits', {
    facilityId,
    permitNumber: 'NP-433-001',
    kind: 'pretreatment_iu',
    content: metalFinishingPermitContent(),
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().permit.id as string;
}

/** Audit events about a permit, oldest first. */
export function permitEvents(db: Db, subjectId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, 'permit'), eq(auditEvents.subjectId, subjectId)))
    .orderBy(asc(auditEvents.seq));
}

export async function totalEvents(db: Db) {
  const [row] = await db.select({ n: count() }).from(auditEvents);
  return row!.n;
}
