import type { ViolationView } from '@outfall/domain/contracts/monitoring-api';
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { violations } from '../db/schema';

export type ViolationRow = typeof violations.$inferSelect;
export type NewViolation = typeof violations.$inferInsert;

/** Open effluent violations of one series whose period ends within [from, to]. */
export function openSeriesViolations(
  db: Queryable,
  facilityId: string,
  series: { point: string; parameterCode: string },
  from: string,
  to: string,
) {
  return db
    .select()
    .from(violations)
    .where(
      and(
        eq(violations.facilityId, facilityId),
        eq(violations.kind, 'effluent'),
        eq(violations.status, 'open'),
        eq(violations.monitoringPoint, series.point),
        eq(violations.parameterCode, series.parameterCode),
        gte(violations.periodEnd, from),
        lte(violations.periodEnd, to),
      ),
    );
}

export async function insertViolation(db: Queryable, row: NewViolation): Promise<ViolationRow> {
  const [inserted] = await db.insert(violations).values(row).returning();
  return inserted!;
}

/** Closes a violation whose basis disappeared, keeping why (the record itself stays). */
export async function closeViolation(db: Queryable, id: string, reason: string): Promise<ViolationRow> {
  const [row] = await db
    .update(violations)
    .set({ status: 'closed', closedReason: reason, closedAt: new Date() })
    .where(eq(violations.id, id))
    .returning();
  return row!;
}

/** What the program adds to a violation (its facility's name and the ERP response state); defaults without. */
export interface ViolationResponseExtras {
  facilityName?: string | null;
  hasAction?: boolean;
  responseDue?: string | null;
  responseOverdue?: boolean;
}

export function toViolationView(v: ViolationRow): ViolationView {
  return toProgramViolationView(v, {});
}

/** The view with the program's extras (enforcement/violations.queries.ts supplies them). */
export function toProgramViolationView(v: ViolationRow, extras: ViolationResponseExtras): ViolationView {
  return {
    id: v.id,
    facilityId: v.facilityId,
    permitId: v.permitId,
    kind: v.kind,
    status: v.status,
    limitRef: v.limitRef,
    parameterCode: v.parameterCode,
    monitoringPoint: v.monitoringPoint,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    computedValue: v.computedValue,
    limitValue: v.limitValue,
    unit: v.unit,
    exceedancePct: v.exceedancePct,
    resultIds: v.resultIds,
    explanation: v.explanation as ViolationView['explanation'],
    noticeDue: v.noticeDue,
    resampleDue: v.resampleDue,
    closedReason: v.closedReason,
    closedAt: v.closedAt?.toISOString() ?? null,
    createdAt: v.createdAt.toISOString(),
    category: v.category,
    description: v.description,
    detectedOn: v.detectedOn,
    sncCriterion: v.sncCriterion,
    findingId: v.findingId,
    returnedToComplianceOn: v.returnedToComplianceOn,
    facilityName: extras.facilityName ?? null,
    responseStatus: v.status === 'closed' ? 'resolved' : extras.hasAction ? 'response_in_progress' : 'open',
    responseDue: extras.responseDue ?? null,
    responseOverdue: extras.responseOverdue ?? false,
  };
}
