import { addDays } from '@outfall/domain/schedules/dates';
import { sncWindowContaining } from '@outfall/domain/snc/windows';
import { and, eq } from 'drizzle-orm';
import { systemActor } from '../audit/append';
import type { Db } from '../db/connect';
import { organizations, sncEvaluations } from '../db/schema';
import { programSettingsOf } from '../program/settings';
import { evaluateFacilitySnc } from './evaluate-facility';
import { regulatedFacilities } from './snc.queries';

/**
 * Evaluates one authority's IUs as of `day`: the current window of every IU, and the window that
 * just closed when it was not evaluated after its end (so its determination is final).
 */
export async function sweepAuthoritySnc(db: Db, authorityId: string, day: string): Promise<number> {
  const program = await programSettingsOf(db, authorityId);
  const current = sncWindowContaining(day, program.sncWindowMode);
  const previous = sncWindowContaining(addDays(current.start, -1), program.sncWindowMode);
  let evaluated = 0;
  for (const f of await regulatedFacilities(db, authorityId)) {
    const [closed] = await db
      .select({ asOf: sncEvaluations.asOf })
      .from(sncEvaluations)
      .where(
        and(
          eq(sncEvaluations.facilityId, f.id),
          eq(sncEvaluations.windowMode, previous.mode),
          eq(sncEvaluations.windowStart, previous.start),
          eq(sncEvaluations.windowEnd, previous.end),
        ),
      );
    if (!closed || closed.asOf <= previous.end) {
      await evaluateFacilitySnc(db, systemActor, {
        authorityId,
        facilityId: f.id,
        asOf: day,
        windowDate: previous.start,
      });
      evaluated++;
    }
    await evaluateFacilitySnc(db, systemActor, { authorityId, facilityId: f.id, asOf: day });
    evaluated++;
  }
  return evaluated;
}

/** Re-evaluates SNC for every IU regulated on Outfall as of `day`. */
export async function sweepSnc(db: Db, day: string): Promise<void> {
  const authorities = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.kind, 'authority'));
  for (const a of authorities) await sweepAuthoritySnc(db, a.id, day);
}
