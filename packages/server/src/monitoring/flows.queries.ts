import type { DailyFlowListQuery, DailyFlowView } from '@outfall/domain/contracts/monitoring-api';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { dailyFlows } from '../db/schema';
import { findMonitoredFacility } from './facility-scope';

export type DailyFlowRow = typeof dailyFlows.$inferSelect;

export function toDailyFlowView(r: DailyFlowRow): DailyFlowView {
  return {
    id: r.id,
    facilityId: r.facilityId,
    monitoringPoint: r.monitoringPoint,
    flowDate: r.flowDate,
    flowMgd: r.flowMgd,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function findDailyFlow(db: Queryable, facilityId: string, point: string, date: string) {
  const [row] = await db
    .select()
    .from(dailyFlows)
    .where(
      and(
        eq(dailyFlows.facilityId, facilityId),
        eq(dailyFlows.monitoringPoint, point),
        eq(dailyFlows.flowDate, date),
      ),
    );
  return row ?? null;
}

/** Flow (MGD) per day at one monitoring point between two dates, for mass loadings. */
export async function flowsByDay(
  db: Queryable,
  facilityId: string,
  point: string,
  from: string,
  to: string,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ date: dailyFlows.flowDate, flowMgd: dailyFlows.flowMgd })
    .from(dailyFlows)
    .where(
      and(
        eq(dailyFlows.facilityId, facilityId),
        eq(dailyFlows.monitoringPoint, point),
        gte(dailyFlows.flowDate, from),
        lte(dailyFlows.flowDate, to),
      ),
    );
  return new Map(rows.map((r) => [r.date, r.flowMgd]));
}

/** A facility's daily flows (404 outside the membership's facilities). */
export async function listDailyFlows(
  db: Queryable,
  m: ActiveMembership,
  q: DailyFlowListQuery,
): Promise<DailyFlowView[]> {
  const facility = await findMonitoredFacility(db, m, q.facilityId);
  const rows = await db
    .select()
    .from(dailyFlows)
    .where(
      and(
        eq(dailyFlows.facilityId, facility.id),
        q.monitoringPoint ? eq(dailyFlows.monitoringPoint, q.monitoringPoint) : undefined,
        q.from ? gte(dailyFlows.flowDate, q.from) : undefined,
        q.to ? lte(dailyFlows.flowDate, q.to) : undefined,
      ),
    )
    .orderBy(asc(dailyFlows.flowDate), asc(dailyFlows.monitoringPoint));
  return rows.map(toDailyFlowView);
}
