import type { EvaluationSummary } from '@outfall/domain/contracts/monitoring-api';
import type { Tx } from '../db/connect';
import {
  type EvaluationOutcome,
  evaluateTouched,
  type FreshResults,
  touchedSeries,
} from './evaluate-results';
import type { MonitoredFacility } from './facility-scope';
import type { StoredResultRef } from './insert-results';
import type { FacilityLimits } from './limits.queries';
import { notifyOutcome } from './notify';
import { toViolationView } from './violations.queries';

/** Evaluates new or corrected results and notifies, inside the caller's transaction. */
export async function evaluateAndNotify(
  tx: Tx,
  args: {
    facility: MonitoredFacility;
    limits: FacilityLimits;
    changed: readonly StoredResultRef[];
    newResultIds: ReadonlySet<string>;
    awareOn: string;
    closeReason: string;
    /** An import's new results as stored: evaluated from memory instead of being read back. */
    fresh?: FreshResults;
  },
): Promise<EvaluationOutcome> {
  const ctx = {
    facilityId: args.facility.id,
    facilityName: args.facility.name,
    limits: args.limits,
    newResultIds: args.newResultIds,
    awareOn: args.awareOn,
    closeReason: args.closeReason,
    ...(args.fresh ? { fresh: args.fresh } : {}),
  };
  const outcome = await evaluateTouched(tx, ctx, touchedSeries(args.changed));
  await notifyOutcome(tx, args.facility, outcome);
  return outcome;
}

export function summaryOf(outcome: EvaluationOutcome): EvaluationSummary {
  return {
    violationsOpened: outcome.opened.map(toViolationView),
    violationsClosed: outcome.closed.map(toViolationView),
    warnings: outcome.warnings,
    notEvaluable: outcome.notEvaluable,
  };
}

/** What the audit event records of an evaluation: ids and counts, not the calculations. */
export function auditSummary(outcome: EvaluationOutcome) {
  return {
    violationsOpened: outcome.opened.map((v) => v.id),
    violationsClosed: outcome.closed.map((v) => v.id),
    warnings: outcome.warnings.length,
    notEvaluable: outcome.notEvaluable.length,
  };
}

/** Today's date at the server, as the day results became known. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
