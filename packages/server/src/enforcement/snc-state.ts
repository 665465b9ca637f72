import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { sncEvaluations } from '../db/schema';

export interface SncState {
  isSnc: boolean;
  criteria: string[];
  windowLabel: string;
  asOf: string;
}

/** The facility's latest SNC evaluation (written by the SNC feature), or null when none yet. */
export async function latestSncOf(db: Queryable, facilityId: string): Promise<SncState | null> {
  const [row] = await db
    .select({
      isSnc: sncEvaluations.isSnc,
      criteria: sncEvaluations.criteriaMet,
      windowLabel: sncEvaluations.windowLabel,
      asOf: sncEvaluations.asOf,
    })
    .from(sncEvaluations)
    .where(eq(sncEvaluations.facilityId, facilityId))
    .orderBy(desc(sncEvaluations.windowEnd), desc(sncEvaluations.evaluatedAt))
    .limit(1);
  return row ?? null;
}
