import type { SncCriterionCode, SncWarningView } from '@outfall/domain/contracts/snc-program';
import { addDays } from '@outfall/domain/schedules/dates';
import { sncWindowContaining } from '@outfall/domain/snc/windows';
import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { sncEvaluations } from '../db/schema';
import { programSettingsOf } from '../program/settings';
import { regulatedFacilities } from './snc.queries';

export { type SncHistoryEntry, sncHistory } from './snc.queries';

export interface SncSummary {
  /** IUs in SNC in the window containing `asOf` or in the last closed window before it. */
  inSnc: {
    facilityId: string;
    facilityName: string;
    criteria: SncCriterionCode[];
    /** The window's label ('2025-H1'). */
    window: string;
    evaluationId: string;
  }[];
  /** IUs not in SNC with near-SNC or one-more warnings in the current window. */
  nearSnc: {
    facilityId: string;
    facilityName: string;
    window: string;
    /** The warnings' messages (one-more and near). */
    warnings: string[];
    evaluationId: string;
  }[];
}

/**
 * The program's SNC picture on a date (dashboard, annual report): under the program's window mode,
 * the window containing `asOf` and the one before it.
 */
export async function sncSummary(db: Queryable, authorityId: string, asOf: string): Promise<SncSummary> {
  const program = await programSettingsOf(db, authorityId);
  const current = sncWindowContaining(asOf, program.sncWindowMode);
  const previous = sncWindowContaining(addDays(current.start, -1), program.sncWindowMode);
  const facilities = await regulatedFacilities(db, authorityId);
  if (facilities.length === 0) return { inSnc: [], nearSnc: [] };
  const rows = await db
    .select()
    .from(sncEvaluations)
    .where(
      and(
        eq(sncEvaluations.authorityId, authorityId),
        eq(sncEvaluations.windowMode, program.sncWindowMode),
        inArray(sncEvaluations.windowStart, [current.start, previous.start]),
      ),
    );
  const out: SncSummary = { inSnc: [], nearSnc: [] };
  for (const f of facilities) {
    const mine = rows.filter((r) => r.facilityId === f.id);
    const now = mine.find((r) => r.windowStart === current.start && r.windowEnd === current.end);
    const before = mine.find((r) => r.windowStart === previous.start && r.windowEnd === previous.end);
    const snc = [now, before].find((r) => r?.isSnc);
    if (snc) {
      out.inSnc.push({
        facilityId: f.id,
        facilityName: f.name,
        criteria: snc.criteriaMet as SncCriterionCode[],
        window: snc.windowLabel,
        evaluationId: snc.id,
      });
    } else if (now?.isNearSnc) {
      out.nearSnc.push({
        facilityId: f.id,
        facilityName: f.name,
        window: now.windowLabel,
        warnings: (now.warnings as SncWarningView[]).map((w) => w.message),
        evaluationId: now.id,
      });
    }
  }
  return out;
}
