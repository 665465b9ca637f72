import type { DailyFlowInput, DailyFlowRecorded } from '@outfall/domain/contracts/monitoring-api';
import { D } from '@outfall/domain/numbers/decimal';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { dailyFlows } from '../db/schema';
import { AppError } from '../errors';
import { evaluateTouched } from './evaluate-results';
import { auditSummary, dayOf, summaryOf } from './evaluation-summary';
import { findMonitoredFacility } from './facility-scope';
import { findDailyFlow, toDailyFlowView } from './flows.queries';
import { loadFacilityLimits } from './limits.queries';
import { isMassLimit } from './mass-loading';
import { notifyOutcome } from './notify';

/** The flow in MGD, exactly: gallons per day ÷ 10⁶. */
export function flowInMgd(flow: string, unit: DailyFlowInput['unit']): string {
  return unit === 'MGD' ? new D(flow).toString() : new D(flow).div(1_000_000).toString();
}

/**
 * Records (or changes) one day's flow at a monitoring point and re-evaluates the mass-loading
 * limits of that point for that day; one transaction, one audit event with before/after.
 */
export async function recordDailyFlow({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: DailyFlowInput;
  now?: Date;
}): Promise<DailyFlowRecorded & { created: boolean }> {
  const m = authorize(actor, 'monitoring.write');
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  if (input.flowDate > dayOf(now)) {
    const message = 'is in the future: record flows of days already measured';
    throw new AppError('validation_failed', `flowDate ${message}`, [{ path: 'flowDate', message }]);
  }
  const flowMgd = flowInMgd(input.flow, input.unit);
  const limits = await loadFacilityLimits(db, facility.id);
  return db.transaction(async (tx) => {
    const before = await findDailyFlow(tx, facility.id, input.monitoringPoint, input.flowDate);
    if (before && new D(before.flowMgd).eq(flowMgd)) {
      const evaluation = { violationsOpened: [], violationsClosed: [], warnings: [], notEvaluable: [] };
      return { flow: toDailyFlowView(before), evaluation, created: false };
    }
    const [row] = before
      ? await tx.update(dailyFlows).set({ flowMgd }).where(eq(dailyFlows.id, before.id)).returning()
      : await tx
          .insert(dailyFlows)
          .values({
            facilityId: facility.id,
            monitoringPoint: input.monitoringPoint,
            flowDate: input.flowDate,
            flowMgd,
            createdByUserId: actor.userId,
          })
          .returning();
    const parameters = new Set(
      limits.limits
        .filter((l) => l.monitoringPoint === input.monitoringPoint && isMassLimit(l))
        .map((l) => l.parameterCode),
    );
    const touched = [...parameters].map((parameterCode) => ({
      point: input.monitoringPoint,
      parameterCode,
      from: input.flowDate,
      to: input.flowDate,
    }));
    const ctx = {
      facilityId: facility.id,
      facilityName: facility.name,
      limits,
      newResultIds: new Set<string>(),
      awareOn: dayOf(now),
      closeReason: 'no longer exceeded after the daily flow changed',
    };
    const outcome = await evaluateTouched(tx, ctx, touched);
    await notifyOutcome(tx, facility, outcome);
    await appendAudit(tx, auditActorOf(actor), {
      type: 'monitoring.flow_recorded',
      subjectId: row!.id,
      organizationId: facility.id,
      before: before ? { flowMgd: before.flowMgd } : null,
      after: {
        monitoringPoint: input.monitoringPoint,
        flowDate: input.flowDate,
        flowMgd,
        entered: { flow: input.flow, unit: input.unit },
        evaluation: auditSummary(outcome),
      },
    });
    return { flow: toDailyFlowView(row!), evaluation: summaryOf(outcome), created: !before };
  });
}
