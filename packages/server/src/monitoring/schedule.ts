import type { SamplingEvent } from '@outfall/domain/contracts/monitoring-api';
import type { MonitoringRequirement } from '@outfall/domain/contracts/permits';
import { monitoringPointKey } from '@outfall/domain/permits/index';
import { addDays, maxIsoDate, minIsoDate } from '@outfall/domain/schedules/dates';
import { expectedSamplingSlots, findMissedSamples, type SlotCheck } from '@outfall/domain/schedules/index';
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { results, samples } from '../db/schema';
import type { MonitoredFacility } from './facility-scope';
import { type BindingPermit, loadFacilityLimits } from './limits.queries';
import { isCurrent } from './results.queries';

export interface RequirementCheck {
  permit: BindingPermit;
  requirement: MonitoringRequirement;
  point: string;
  slots: SlotCheck[];
}

/** Dates each series was sampled, by whom: one query per facility. */
async function sampledDates(db: Queryable, facilityId: string, from: string, to: string) {
  const rows = await db
    .selectDistinct({
      point: results.monitoringPoint,
      parameterCode: results.parameterCode,
      date: results.sampleDate,
      sampledBy: samples.sampledBy,
    })
    .from(results)
    .innerJoin(samples, eq(samples.id, results.sampleId))
    .where(
      and(
        eq(results.facilityId, facilityId),
        gte(results.sampleDate, from),
        lte(results.sampleDate, to),
        eq(results.countsForCompliance, true),
        isCurrent,
      ),
    );
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.point}|${r.parameterCode}|${r.sampledBy}`;
    map.set(key, [...(map.get(key) ?? []), r.date]);
  }
  return map;
}

function slotsOf(req: MonitoringRequirement, permit: BindingPermit, from: string, to: string) {
  if (!req.frequencyCode || permit.effectiveDate === null) return null;
  const start = maxIsoDate(from, permit.effectiveDate);
  const end = permit.lastDate ? minIsoDate(to, permit.lastDate) : to;
  if (start > end) return null;
  try {
    // Whole slots, each in the window holding its last day: a monthly sample taken before `from` still counts.
    return expectedSamplingSlots(req.frequencyCode, start, end, { partialSlots: 'by-end' });
  } catch {
    return null; // an unknown frequency code: permit validation reports it
  }
}

/**
 * Sampling slots of every monitoring requirement of the facility's permits within [from, to]
 * (domain schedules: expectedSamplingSlots), with the samples taken in each as of `asOf`.
 */
export async function requirementChecks(
  db: Queryable,
  facility: MonitoredFacility,
  from: string,
  to: string,
  asOf: string,
): Promise<RequirementCheck[]> {
  const { permits } = await loadFacilityLimits(db, facility.id);
  const taken = await sampledDates(db, facility.id, addDays(from, -366), addDays(to, 366));
  const checks: RequirementCheck[] = [];
  for (const permit of permits) {
    for (const req of permit.content.monitoringRequirements) {
      const outfall = permit.content.outfalls.find((o) => o.id === req.outfallId);
      const slots = outfall && req.parameterCode ? slotsOf(req, permit, from, to) : null;
      if (!slots || !outfall) continue;
      const point = monitoringPointKey(outfall, req.monitoringLocationCode);
      const by = req.sampledBy === 'permittee' ? 'permittee' : 'authority';
      const dates = taken.get(`${point}|${req.parameterCode}|${by}`) ?? [];
      checks.push({
        permit,
        requirement: req,
        point,
        slots: findMissedSamples(slots, dates, { asOf }).slots,
      });
    }
  }
  return checks;
}

const STATUS = { met: 'met', open: 'due', missed: 'overdue' } as const;

export function toSamplingEvents(facility: MonitoredFacility, checks: RequirementCheck[]): SamplingEvent[] {
  return checks.flatMap(({ permit, requirement: r, point, slots }) =>
    slots.map((s) => ({
      facilityId: facility.id,
      facilityName: facility.name,
      permitId: permit.id,
      permitNumber: permit.permitNumber,
      requirementId: r.id,
      parameterCode: r.parameterCode!,
      parameterName: r.parameterName,
      monitoringPoint: point,
      frequencyCode: r.frequencyCode!,
      sampleType: r.sampleType,
      sampledBy: r.sampledBy,
      start: s.start,
      end: s.end,
      dueBy: s.dueBy,
      required: s.required,
      taken: s.taken,
      status: STATUS[s.status],
    })),
  );
}
