import { addDays } from '@outfall/domain/schedules/dates';
import type { SlotCheck } from '@outfall/domain/schedules/index';
import { and, eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import type { Db, Tx } from '../db/connect';
import { organizations, samples, violations } from '../db/schema';
import type { MonitoredFacility } from './facility-scope';
import { notifyOutcome } from './notify';
import { type RequirementCheck, requirementChecks } from './schedule';
import { insertViolation, type NewViolation, type ViolationRow } from './violations.queries';

/** How far back a sweep looks for slots that closed short (LOCAL; the timer runs daily). */
export const SWEEP_LOOKBACK_DAYS = 92;

async function alreadyRecorded(tx: Tx, facilityId: string, c: RequirementCheck, start: string, end: string) {
  const [row] = await tx
    .select({ id: violations.id })
    .from(violations)
    .where(
      and(
        eq(violations.facilityId, facilityId),
        eq(violations.kind, 'monitoring'),
        eq(violations.limitRef, c.requirement.id),
        eq(violations.monitoringPoint, c.point),
        eq(violations.periodStart, start),
        eq(violations.periodEnd, end),
      ),
    );
  return row !== undefined;
}

/** The monitoring violation of a slot that closed short. */
function missedViolation(facilityId: string, c: RequirementCheck, s: SlotCheck, asOf: string): NewViolation {
  const r = c.requirement;
  return {
    facilityId,
    permitId: c.permit.id,
    kind: 'monitoring',
    status: 'open',
    limitRef: r.id,
    parameterCode: r.parameterCode!,
    monitoringPoint: c.point,
    periodStart: s.start,
    periodEnd: s.end,
    computedValue: `${s.taken} of ${s.required} samples`,
    resultIds: [],
    explanation: {
      rule: '403.8(f)(1)(iii)(B)(4): the permit requires this sampling; the window closed short',
      permitNumber: c.permit.permitNumber,
      parameterName: r.parameterName,
      frequencyCode: r.frequencyCode,
      sampleType: r.sampleType,
      slot: { start: s.start, end: s.end, dueBy: s.dueBy },
      required: s.required,
      taken: s.taken,
      sampleDates: s.sampleDates,
      asOf,
    },
  };
}

async function sweepFacility(db: Db, facility: MonitoredFacility, asOf: string, actor: AuditActor) {
  const checks = await requirementChecks(
    db,
    facility,
    addDays(asOf, -SWEEP_LOOKBACK_DAYS),
    addDays(asOf, -1),
    asOf,
  );
  const own = checks.filter((c) => c.requirement.sampledBy === 'permittee');
  return db.transaction(async (tx) => {
    const opened: ViolationRow[] = [];
    for (const c of own) {
      for (const s of c.slots.filter((x) => x.status === 'missed')) {
        if (await alreadyRecorded(tx, facility.id, c, s.start, s.end)) continue;
        opened.push(await insertViolation(tx, missedViolation(facility.id, c, s, asOf)));
      }
    }
    if (opened.length === 0) return opened;
    await notifyOutcome(tx, facility, { opened, closed: [], warnings: [], notEvaluable: [] });
    await appendAudit(tx, actor, {
      type: 'monitoring.missed_samples_swept',
      subjectId: facility.id,
      organizationId: facility.id,
      after: { asOf, violationsOpened: opened.map((v) => v.id) },
    });
    return opened;
  });
}

/**
 * A required sample missed once its window has closed becomes a monitoring violation (once).
 * Run on request (POST /api/v1/monitoring/sweep) and daily by the server's timer.
 */
export async function sweepMissedSamples(
  db: Db,
  facilities: readonly MonitoredFacility[],
  asOf: string,
  actor: AuditActor,
): Promise<ViolationRow[]> {
  const opened: ViolationRow[] = [];
  for (const f of facilities) opened.push(...(await sweepFacility(db, f, asOf, actor)));
  return opened;
}

/**
 * Facilities whose self-monitoring is kept on Outfall (at least one sample recorded), for the
 * timer: a facility whose results live elsewhere is not flagged for samples it never recorded
 * here. POST /api/v1/monitoring/sweep checks any facility on request.
 */
export function facilitiesMonitoredHere(db: Db): Promise<MonitoredFacility[]> {
  return db
    .selectDistinct({
      id: organizations.id,
      name: organizations.name,
      regulatedById: organizations.regulatedById,
    })
    .from(organizations)
    .innerJoin(samples, eq(samples.facilityId, organizations.id))
    .where(eq(organizations.kind, 'facility'));
}
