import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { results, samples } from '../db/schema';
import { isCurrent } from './results.queries';

/**
 * seriesResults (results.queries.ts) without one import batch's results: an import evaluates its
 * own new results from memory and reads only the others back.
 */
export function seriesResultsBesides(
  db: Queryable,
  facilityId: string,
  series: { point: string; parameterCode: string },
  from: string,
  to: string,
  importBatchId: string,
) {
  return db
    .select({ result: results, sampledBy: samples.sampledBy })
    .from(results)
    .innerJoin(samples, eq(samples.id, results.sampleId))
    .where(
      and(
        eq(results.facilityId, facilityId),
        eq(results.monitoringPoint, series.point),
        eq(results.parameterCode, series.parameterCode),
        gte(results.sampleDate, from),
        lte(results.sampleDate, to),
        eq(results.countsForCompliance, true),
        isCurrent,
        sql`${samples.importBatchId} is distinct from ${importBatchId}`,
      ),
    )
    .orderBy(results.sampleDate);
}
