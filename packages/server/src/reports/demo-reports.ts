import { eq } from 'drizzle-orm';
import { systemActor } from '../audit/append';
import type { Db } from '../db/connect';
import { organizations, users } from '../db/schema';
import { actorFor } from '../factories';
import { createAuthorization, receiveAuthorization } from './authorizations';
import { defaultThrough, ensureObligations } from './obligations';

/**
 * Demo reports: every facility's obligations from its permits, and Acme Plating's written
 * authorization naming its admin (an authorized representative) as signatory, received by Springfield.
 */
export async function seedDemoReports(db: Db, today: string) {
  const facilities = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.kind, 'facility'));
  for (const f of facilities) await ensureObligations(db, systemActor, f.id, defaultThrough(today));
  const acme = facilities.find((f) => f.name === 'Acme Plating');
  if (!acme) return;
  const userId = async (email: string) =>
    (await db.select().from(users).where(eq(users.email, email)))[0]?.id;
  const manager = await userId('manager@acme-plating.example');
  const admin = await userId('admin@acme-plating.example');
  const coordinator = await userId('coordinator@springfield.example');
  const [springfield] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.name, 'Springfield Water Reclamation'));
  if (!manager || !admin || !coordinator || !springfield) return;
  const authorization = await createAuthorization(db, await actorFor(db, manager, acme.id), {
    facilityId: acme.id,
    delegateUserId: admin,
    position: 'Environmental, health and safety manager',
    principalName: 'Morgan Hale',
    principalTitle: 'Plant manager (responsible official)',
    signedOn: '2026-01-12',
  });
  await receiveAuthorization(
    db,
    await actorFor(db, coordinator, springfield.id),
    authorization.id,
    '2026-01-15',
  );
}
