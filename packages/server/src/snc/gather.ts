import type { MilestoneKind } from '@outfall/domain/contracts/permits-content';
import type { Limit } from '@outfall/domain/limits/index';
import { addDays } from '@outfall/domain/schedules/dates';
import type {
  ManualDetermination,
  RequiredReport,
  ScheduleMilestone,
  SncMeasurement,
  SncWindow,
} from '@outfall/domain/snc/index';
import { sncMeasurementsFromValues } from '@outfall/domain/snc/index';
import { DEFAULT_STATISTICS_SETTINGS } from '@outfall/domain/stats/settings';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import {
  enforcementActions,
  facilityClassifications,
  organizations,
  reports,
  violations,
} from '../db/schema';
import { flowsByDay } from '../monitoring/flows.queries';
import { type FacilityLimits, loadFacilityLimits } from '../monitoring/limits.queries';
import { evaluateWithFlows, isMassLimit, withFlows } from '../monitoring/mass-loading';
import { seriesResults, toEngineResult } from '../monitoring/results.queries';
import { requiredReportsOf } from '../reports/reporting-violations';

/** Rolling and annual averages ending in the window reach back up to a year before it. */
const REACH_DAYS = 366;

/** Everything the SNC engine needs about one IU for one window, read from the stored record. */
export interface SncInputs {
  facilityId: string;
  facilityName: string;
  authorityId: string | null;
  facilityClass: string | null;
  isSignificantIndustrialUser: boolean;
  measurements: SncMeasurement[];
  reports: RequiredReport[];
  milestones: ScheduleMilestone[];
  determinations: ManualDetermination[];
  /** Units of the limits per series ('point|parameter'), for the explanation. */
  units: Map<string, string>;
}

/** A facility class that is an SIU (403.3(v)): categorical or non-categorical significant. */
export function isSiuClass(iuClass: string | null | undefined): boolean {
  return iuClass === 'SIU_CATEGORICAL' || iuClass === 'SIU_NON_CATEGORICAL';
}

function seriesOf(limits: Limit[]): Map<string, { point: string; parameterCode: string; limits: Limit[] }> {
  const out = new Map<string, { point: string; parameterCode: string; limits: Limit[] }>();
  for (const l of limits) {
    if (!l.enforceable) continue;
    const key = `${l.monitoringPoint}|${l.parameterCode}`;
    const s = out.get(key);
    if (s) s.limits.push(l);
    else out.set(key, { point: l.monitoringPoint, parameterCode: l.parameterCode, limits: [l] });
  }
  return out;
}

/**
 * §4.3: every result that counts for compliance (IU self-monitoring and authority samples alike)
 * against the binding permits' enforceable limits, through the effluent engine, as SNC measurements.
 */
export async function measurementsOf(
  db: Queryable,
  facilityId: string,
  facilityLimits: FacilityLimits,
  window: SncWindow,
): Promise<{ measurements: SncMeasurement[]; units: Map<string, string> }> {
  const measurements: SncMeasurement[] = [];
  const units = new Map<string, string>();
  const from = addDays(window.start, -REACH_DAYS);
  for (const [key, s] of seriesOf(facilityLimits.limits)) {
    units.set(key, s.limits[0]!.unit);
    const rows = await seriesResults(
      db,
      facilityId,
      { point: s.point, parameterCode: s.parameterCode },
      from,
      window.end,
    );
    if (rows.length === 0) continue;
    const flows = s.limits.some(isMassLimit)
      ? await flowsByDay(db, facilityId, s.point, from, window.end)
      : new Map<string, string>();
    const results = withFlows(
      rows.map((r) => toEngineResult(r.result)),
      flows,
    );
    const { evaluation } = evaluateWithFlows({
      results,
      limits: s.limits,
      range: { from: window.start, to: window.end },
    });
    measurements.push(...sncMeasurementsFromValues(evaluation.values, DEFAULT_STATISTICS_SETTINGS));
  }
  return { measurements, units };
}

const MILESTONE_KIND: Partial<Record<MilestoneKind, ScheduleMilestone['kind']>> = {
  start_construction: 'start-construction',
  complete_construction: 'complete-construction',
  final_compliance: 'final-compliance',
};

/**
 * Compliance schedule milestones: those of the binding permits (achieved on the day the milestone's
 * 403.12(c)(3) progress report was received — the only record of achievement a permit milestone
 * has) and those of enforcement orders (`compliance_schedule`, with their own achieved dates).
 */
export async function milestonesOf(
  db: Queryable,
  facilityId: string,
  facilityLimits: FacilityLimits,
): Promise<ScheduleMilestone[]> {
  const progress = await db
    .select({
      permitId: reports.permitId,
      requirementId: reports.requirementId,
      receivedAt: reports.receivedAt,
    })
    .from(reports)
    .where(and(eq(reports.facilityId, facilityId), eq(reports.kind, 'schedule_progress')));
  const received = new Map(
    progress.map((r) => [
      `${r.permitId}|${r.requirementId}`,
      r.receivedAt?.toISOString().slice(0, 10) ?? null,
    ]),
  );
  const out: ScheduleMilestone[] = [];
  for (const permit of facilityLimits.permits) {
    for (const schedule of permit.content.complianceSchedules) {
      for (const m of schedule.milestones) {
        out.push({
          id: `permit:${permit.permitNumber}:${schedule.id}/${m.id}`,
          kind: MILESTONE_KIND[m.kind] ?? 'other',
          description: `${schedule.title}: ${m.description} (permit ${permit.permitNumber})`,
          scheduledDate: m.dueDate,
          achievedDate: received.get(`${permit.id}|schedule:${schedule.id}/${m.id}`) ?? null,
        });
      }
    }
  }
  const orders = await db
    .select({
      id: enforcementActions.id,
      type: enforcementActions.type,
      issuedOn: enforcementActions.issuedOn,
      schedule: enforcementActions.complianceSchedule,
    })
    .from(enforcementActions)
    .where(eq(enforcementActions.facilityId, facilityId));
  for (const o of orders) {
    for (const m of o.schedule ?? []) {
      out.push({
        id: `order:${o.id}/${m.id}`,
        kind: m.kind,
        description: `${m.description} (${o.type.replaceAll('_', ' ')} issued ${o.issuedOn})`,
        scheduledDate: m.scheduledDate,
        achievedDate: m.achievedDate ?? null,
      });
    }
  }
  return out;
}

/** POTW determinations (C, D, G, H) recorded on violations, dated by the violation's period. */
export async function determinationsOf(db: Queryable, facilityId: string): Promise<ManualDetermination[]> {
  const rows = await db
    .select()
    .from(violations)
    .where(and(eq(violations.facilityId, facilityId), isNotNull(violations.sncCriterion)));
  return rows.map((v) => ({
    id: v.id,
    criterion: v.sncCriterion!,
    occurredOn: v.periodStart,
    endedOn: v.periodEnd,
    source: 'manual' as const,
    parameterCode: v.parameterCode || undefined,
    note: v.description ?? v.category ?? v.kind,
  }));
}

/** Reads one IU's SNC inputs for a window. */
export async function gatherSncInputs(
  db: Queryable,
  facilityId: string,
  window: SncWindow,
): Promise<SncInputs> {
  const [facility] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      regulatedById: organizations.regulatedById,
      effectiveClass: facilityClassifications.effectiveClass,
    })
    .from(organizations)
    .leftJoin(facilityClassifications, eq(facilityClassifications.facilityId, organizations.id))
    .where(eq(organizations.id, facilityId));
  if (!facility) throw new Error(`No facility ${facilityId}`);
  const facilityLimits = await loadFacilityLimits(db, facilityId);
  const { measurements, units } = await measurementsOf(db, facilityId, facilityLimits, window);
  return {
    facilityId,
    facilityName: facility.name,
    authorityId: facility.regulatedById,
    facilityClass: facility.effectiveClass ?? null,
    isSignificantIndustrialUser: isSiuClass(facility.effectiveClass),
    measurements,
    reports: await requiredReportsOf(db, facilityId),
    milestones: await milestonesOf(db, facilityId, facilityLimits),
    determinations: await determinationsOf(db, facilityId),
    units,
  };
}
