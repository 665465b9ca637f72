import type { ResultView } from '@outfall/domain/contracts/monitoring-api';
import { reportedValueOf } from '@outfall/domain/lab/index';
import type { ProgramResult } from '@outfall/domain/limits/index';
import type { UnitId } from '@outfall/domain/units/unit-catalog';
import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { results, samples } from '../db/schema';

export type ResultRow = typeof results.$inferSelect;
/** Current versions only: a result that a correction superseded no longer counts. */
export const isCurrent = sql`not exists (select 1 from "results" as "later_version" where "later_version"."supersedes_id" = ${results.id})`;

/** The engine's view of a stored result, exactly as reported (§9.4). */
export function toEngineResult(r: ResultRow): ProgramResult {
  const value = reportedValueOf({
    value: {
      text: r.valueText,
      qualifier: r.qualifier,
      number: r.valueNumber,
      nonDetect: r.nonDetect,
      detectionLimit: r.mdl,
      reportingLimit: r.rl,
      estimated: r.estimated,
    },
  } as Parameters<typeof reportedValueOf>[0]);
  return {
    id: r.id,
    date: r.sampleDate,
    value,
    unit: r.unit as UnitId,
    parameterCode: r.parameterCode,
    monitoringPoint: r.monitoringPoint,
  };
}

/** Current compliance results of one series between two dates, with who sampled them. */
export function seriesResults(
  db: Queryable,
  facilityId: string,
  series: { point: string; parameterCode: string },
  from: string,
  to: string,
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
      ),
    )
    .orderBy(results.sampleDate);
}

/** Fingerprints of the facility's original results among `fingerprints` (in chunks: big files). */
export async function storedFingerprints(db: Queryable, facilityId: string, fingerprints: string[]) {
  const found = new Map<string, string>();
  for (let i = 0; i < fingerprints.length; i += 5000) {
    const chunk = fingerprints.slice(i, i + 5000);
    const rows = await db
      .select({ id: results.id, fingerprint: results.fingerprint })
      .from(results)
      .where(
        and(
          eq(results.facilityId, facilityId),
          isNull(results.supersedesId),
          sql`${results.fingerprint} = any(${sql.param(chunk)}::text[])`,
        ),
      );
    for (const r of rows) found.set(r.fingerprint, r.id);
  }
  return found;
}

export async function findResult(db: Queryable, id: string) {
  const [row] = await db.select().from(results).where(eq(results.id, id));
  return row ?? null;
}

export async function isSuperseded(db: Queryable, id: string) {
  const [row] = await db.select({ id: results.id }).from(results).where(eq(results.supersedesId, id));
  return row !== undefined;
}

export function toResultView(r: ResultRow, superseded = false): ResultView {
  return {
    id: r.id,
    sampleId: r.sampleId,
    facilityId: r.facilityId,
    monitoringPoint: r.monitoringPoint,
    sampleDate: r.sampleDate,
    parameterCode: r.parameterCode,
    parameterText: r.parameterText,
    value: r.valueText,
    qualifier: r.qualifier,
    nonDetect: r.nonDetect,
    unit: r.unit,
    mdl: r.mdl,
    rl: r.rl,
    method: r.method,
    analyzedAt: r.analyzedAt,
    analyst: r.analyst,
    labQualifiers: r.labQualifiers,
    supersedesId: r.supersedesId,
    correctionReason: r.correctionReason,
    superseded,
    quality: r.quality,
    countsForCompliance: r.countsForCompliance,
    createdAt: r.createdAt.toISOString(),
  };
}
