import type {
  InspectionActivityView,
  InspectionFacilityPlanView,
  InspectionPlanView,
} from '@outfall/domain/contracts/inspections';
import {
  type FacilityPlan,
  type PlanFacilityFacts,
  type PlanIuClass,
  planFacility,
  reportingYearStartOf,
} from '@outfall/domain/program/inspection-plan';
import { reportingYearStarting } from '@outfall/domain/program/reporting-year';
import { compareIsoDates } from '@outfall/domain/schedules/dates';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import {
  facilityClassificationHistory,
  facilityClassifications,
  inspections,
  organizations,
  results,
  samples,
  users,
} from '../db/schema';
import { bindingPermits } from '../monitoring/limits.queries';
import { programSettingsOf } from '../program/settings';

const OPEN_STATUSES = ['scheduled', 'in_progress'] as const;

export interface FacilityFacts {
  facilityId: string;
  facilityName: string;
  permitNumber: string | null;
  facts: PlanFacilityFacts;
}

interface OpenInspection {
  id: string;
  facilityId: string;
  kind: (typeof inspections.$inferSelect)['kind'];
  status: (typeof inspections.$inferSelect)['status'];
  scheduledDate: string;
  includesSampling: boolean;
  assignedUserName: string | null;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The stored facts the planning rules need, for every facility the authority regulates. */
export async function loadPlanFacts(
  db: Queryable,
  authorityId: string,
  asOf: string,
  yearEnd: string,
): Promise<FacilityFacts[]> {
  const facilities = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      effectiveClass: facilityClassifications.effectiveClass,
      middleTier: facilityClassifications.middleTier,
      classifiedAt: facilityClassifications.classifiedAt,
    })
    .from(organizations)
    .leftJoin(facilityClassifications, eq(facilityClassifications.facilityId, organizations.id))
    .where(and(eq(organizations.regulatedById, authorityId), eq(organizations.kind, 'facility')))
    .orderBy(asc(organizations.name));
  if (facilities.length === 0) return [];
  const ids = facilities.map((f) => f.id);

  const history = await db
    .select({
      facilityId: facilityClassificationHistory.facilityId,
      effectiveClass: facilityClassificationHistory.effectiveClass,
      asOf: facilityClassificationHistory.asOf,
      at: facilityClassificationHistory.at,
    })
    .from(facilityClassificationHistory)
    .where(inArray(facilityClassificationHistory.facilityId, ids))
    .orderBy(asc(facilityClassificationHistory.id));

  const done = await db
    .select({
      facilityId: inspections.facilityId,
      kind: inspections.kind,
      inspectedOn: inspections.inspectedOn,
      includesSampling: inspections.includesSampling,
    })
    .from(inspections)
    .where(
      and(
        eq(inspections.authorityId, authorityId),
        inArray(inspections.facilityId, ids),
        eq(inspections.status, 'completed'),
      ),
    );

  const sampleRows = await db
    .select({
      id: samples.id,
      facilityId: samples.facilityId,
      date: samples.sampleDate,
      code: results.parameterCode,
    })
    .from(samples)
    .leftJoin(results, eq(results.sampleId, samples.id))
    .where(and(inArray(samples.facilityId, ids), eq(samples.sampledBy, 'authority')));

  const out: FacilityFacts[] = [];
  for (const f of facilities) {
    const iuClass: PlanIuClass = f.effectiveClass ?? 'NON_SIGNIFICANT';
    const regulated = history.filter((h) => h.facilityId === f.id && h.effectiveClass !== 'NON_SIGNIFICANT');
    const first = regulated[0];
    const siuDesignatedOn = first ? first.asOf : f.classifiedAt ? dayOf(f.classifiedAt) : null;

    // the permit term in force on the evaluation day (or on the year's last day for a past year)
    const on = compareIsoDates(asOf, yearEnd) < 0 ? asOf : yearEnd;
    const permits = await bindingPermits(db, f.id);
    const current = permits
      .filter(
        (p) =>
          p.effectiveDate !== null &&
          compareIsoDates(p.effectiveDate, on) <= 0 &&
          (p.lastDate === null || compareIsoDates(p.lastDate, on) >= 0),
      )
      .at(-1);
    const waived = current
      ? current.content.specialConditions
          .filter((c) => c.kind === 'monitoring_waiver' && c.parameterCode)
          .map((c) => c.parameterCode as string)
      : [];

    const byDate = new Map<string, { date: string; parameterCodes: string[] }>();
    for (const s of sampleRows.filter((r) => r.facilityId === f.id)) {
      const entry = byDate.get(s.id) ?? { date: s.date, parameterCodes: [] };
      if (s.code) entry.parameterCodes.push(s.code);
      byDate.set(s.id, entry);
    }

    out.push({
      facilityId: f.id,
      facilityName: f.name,
      permitNumber: current?.permitNumber ?? null,
      facts: {
        iuClass,
        middleTier: f.middleTier ?? false,
        siuDesignatedOn,
        permitTerm:
          current?.effectiveDate && current.lastDate
            ? { start: current.effectiveDate, end: current.lastDate }
            : null,
        waivedParameterCodes: waived,
        inspections: done
          .filter((d) => d.facilityId === f.id && d.inspectedOn)
          .map((d) => ({
            kind: d.kind,
            date: d.inspectedOn as string,
            includesSampling: d.includesSampling,
          })),
        authoritySamples: [...byDate.values()],
      },
    });
  }
  return out;
}

/** The label year of a reporting year (2026 for calendar 2026, 2027 for FY2027) to its start year. */
export const startYearOfLabel = (labelYear: number, startMonth: number) =>
  startMonth === 1 ? labelYear : labelYear - 1;

export interface AuthorityPlan {
  plans: { facility: FacilityFacts; plan: FacilityPlan }[];
  startYear: number;
  settings: { reportingYearStartMonth: number; slugReevaluationMonths: number };
}

/** The rules applied to every regulated facility for one reporting year (default: the one containing `asOf`). */
export async function authorityPlan(
  db: Queryable,
  authorityId: string,
  asOf: string,
  labelYear?: number,
): Promise<AuthorityPlan> {
  const s = await programSettingsOf(db, authorityId);
  const settings = {
    reportingYearStartMonth: s.reportingYearStartMonth,
    slugReevaluationMonths: s.slugReevaluationMonths,
  };
  const startYear =
    labelYear === undefined
      ? reportingYearStartOf(asOf, settings.reportingYearStartMonth)
      : startYearOfLabel(labelYear, settings.reportingYearStartMonth);
  const year = reportingYearStarting(startYear, settings.reportingYearStartMonth);
  const facts = await loadPlanFacts(db, authorityId, asOf, year.end);
  return {
    plans: facts.map((facility) => ({
      facility,
      plan: planFacility(facility.facts, settings, startYear, asOf),
    })),
    startYear,
    settings,
  };
}

function satisfies(kind: InspectionActivityView['kind'], i: OpenInspection): boolean {
  if (kind === 'sampling' || kind === 'waived_pollutant_sampling') return i.includesSampling;
  if (kind === 'slug_evaluation') return i.kind === 'slug_evaluation';
  return true;
}

/** GET /inspections/plan: the plan with the open inspections scheduled against each activity. */
export async function inspectionPlanView(
  db: Queryable,
  authorityId: string,
  asOf: string,
  labelYear?: number,
): Promise<InspectionPlanView> {
  const { plans, startYear, settings } = await authorityPlan(db, authorityId, asOf, labelYear);
  const open: OpenInspection[] = await db
    .select({
      id: inspections.id,
      facilityId: inspections.facilityId,
      kind: inspections.kind,
      status: inspections.status,
      scheduledDate: inspections.scheduledDate,
      includesSampling: inspections.includesSampling,
      assignedUserName: users.name,
    })
    .from(inspections)
    .leftJoin(users, eq(users.id, inspections.assignedUserId))
    .where(and(eq(inspections.authorityId, authorityId), inArray(inspections.status, [...OPEN_STATUSES])))
    .orderBy(asc(inspections.scheduledDate));
  const year = reportingYearStarting(startYear, settings.reportingYearStartMonth);
  let dueCount = 0;
  let overdueCount = 0;
  const facilities: InspectionFacilityPlanView[] = plans.map(({ facility, plan }) => {
    const mine = open.filter((i) => i.facilityId === facility.facilityId);
    const activities = plan.activities.map((a) => ({
      ...a,
      scheduled:
        a.state === 'due' || a.state === 'overdue'
          ? mine.filter((i) => satisfies(a.kind, i) && (!a.windowStart || i.scheduledDate >= a.windowStart))
          : [],
    }));
    const due = activities.filter((a) => a.state === 'due').length;
    const overdue = activities.filter((a) => a.state === 'overdue').length;
    dueCount += due;
    overdueCount += overdue;
    return {
      facilityId: facility.facilityId,
      facilityName: facility.facilityName,
      iuClass: plan.iuClass,
      middleTier: plan.middleTier,
      siuDesignatedOn: facility.facts.siuDesignatedOn,
      permitNumber: facility.permitNumber,
      activities,
      dueCount: due,
      overdueCount: overdue,
    };
  });
  return {
    year: {
      ...year,
      labelYear: settings.reportingYearStartMonth === 1 ? startYear : startYear + 1,
    },
    asOf,
    ...settings,
    facilities,
    dueCount,
    overdueCount,
  };
}
