import type { NotificationView, ResultListQuery } from '@outfall/domain/contracts/monitoring-api';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { notifications, results } from '../db/schema';
import { findMonitoredFacility, listMonitoredFacilities } from './facility-scope';
import { isCurrent, toResultView } from './results.queries';

const later = alias(results, 'correction');

/** Results of the facilities the membership may see; current versions unless asked for all. */
export async function listResults(db: Queryable, m: ActiveMembership, query: ResultListQuery) {
  const ids = query.facilityId
    ? [(await findMonitoredFacility(db, m, query.facilityId)).id]
    : (await listMonitoredFacilities(db, m)).map((f) => f.id);
  if (ids.length === 0) return [];
  const filters: SQL[] = [inArray(results.facilityId, ids)];
  if (query.monitoringPoint) filters.push(eq(results.monitoringPoint, query.monitoringPoint));
  if (query.parameterCode) filters.push(eq(results.parameterCode, query.parameterCode));
  if (query.from) filters.push(gte(results.sampleDate, query.from));
  if (query.to) filters.push(lte(results.sampleDate, query.to));
  if (!query.includeSuperseded) filters.push(isCurrent);
  const rows = await db
    .select({ result: results, correctedBy: later.id })
    .from(results)
    .leftJoin(later, eq(later.supersedesId, results.id))
    .where(and(...filters))
    .orderBy(desc(results.sampleDate), asc(results.parameterCode), asc(results.createdAt))
    .limit(5000);
  return rows.map((r) => toResultView(r.result, r.correctedBy !== null));
}

/** The user's notifications, and those addressed to the acting organization; newest first. */
export async function listNotifications(
  db: Queryable,
  userId: string,
  m: ActiveMembership | null,
  unreadOnly: boolean,
): Promise<NotificationView[]> {
  const mine = m
    ? or(eq(notifications.userId, userId), eq(notifications.organizationId, m.organizationId))
    : eq(notifications.userId, userId);
  const rows = await db
    .select()
    .from(notifications)
    .where(unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.createdAt))
    .limit(200);
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    text: n.text,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  }));
}
