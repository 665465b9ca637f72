import { and, eq } from 'drizzle-orm';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { organizations } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { type EvaluateFacilityOutcome, evaluateFacilitySnc } from './evaluate-facility';

/** "Evaluate now": an authority user re-runs SNC for one of its IUs (current or an earlier window). */
export async function evaluateNow({
  db,
  actor,
  facilityId,
  asOf,
  windowDate,
}: {
  db: Db;
  actor: Actor;
  facilityId: string;
  asOf: string;
  windowDate?: string;
}): Promise<EvaluateFacilityOutcome> {
  const m = authorize(actor, 'snc.evaluate');
  if (m.kind !== 'authority') throw forbidden();
  const [facility] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, facilityId),
        eq(organizations.kind, 'facility'),
        eq(organizations.regulatedById, m.organizationId),
      ),
    );
  if (!facility) throw notFound('Facility');
  return evaluateFacilitySnc(db, auditActorOf(actor), {
    authorityId: m.organizationId,
    facilityId,
    asOf,
    ...(windowDate ? { windowDate } : {}),
  });
}
