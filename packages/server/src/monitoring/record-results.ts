import { LabColumnMapping } from '@outfall/domain/contracts/monitoring';
import type { RecordedResults, SampleEntryInput } from '@outfall/domain/contracts/monitoring-api';
import { previewLabRows } from '@outfall/domain/lab/index';
import { inArray } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { results } from '../db/schema';
import { AppError } from '../errors';
import { ENTRY_MAPPING, entryFieldErrors, entryRows } from './entry-rows';
import { auditSummary, dayOf, evaluateAndNotify, summaryOf } from './evaluation-summary';
import { findMonitoredFacility, sampledByOf } from './facility-scope';
import { loadFacilityLimits } from './limits.queries';
import { toResultView } from './results.queries';
import { storeCandidates } from './store-results';

const MAPPING = LabColumnMapping.parse(ENTRY_MAPPING);

/**
 * Records a sampling event and its results (the fast-entry grid), evaluates them at once against
 * the limits in effect, and notifies; one transaction, one audit event.
 */
export async function recordResults({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: SampleEntryInput;
  now?: Date;
}): Promise<RecordedResults> {
  const m = authorize(actor, 'monitoring.write');
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  if (input.collectedStart.slice(0, 10) > dayOf(now)) {
    const message = 'is in the future: enter results of samples already taken';
    throw new AppError('validation_failed', `collectedStart ${message}`, [
      { path: 'collectedStart', message },
    ]);
  }
  const preview = previewLabRows(entryRows(input), MAPPING);
  if (!preview.accepted) {
    const fields = entryFieldErrors(preview.problems);
    throw new AppError('validation_failed', `${fields[0]?.path}: ${fields[0]?.message}`, fields);
  }
  const limits = await loadFacilityLimits(db, facility.id);
  return db.transaction(async (tx) => {
    const stored = await storeCandidates(tx, {
      facilityId: facility.id,
      limits,
      candidates: preview.candidates,
      pointOf: () => input.monitoringPoint,
      sampledBy: sampledByOf(m),
      source: 'manual',
      importBatchId: null,
      userId: actor.userId,
      extras: {
        collector: input.collector ?? null,
        chainOfCustody: input.chainOfCustody,
        collectionMethod: input.collectionMethod ?? null,
      },
    });
    if (stored.results.length === 0) {
      throw new AppError('conflict', 'These results are already recorded: nothing was added');
    }
    const outcome = await evaluateAndNotify(tx, {
      facility,
      limits,
      changed: stored.results,
      newResultIds: new Set(stored.results.map((r) => r.id)),
      awareOn: dayOf(now),
      closeReason: 'no longer exceeded after new results',
    });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'monitoring.results_recorded',
      subjectId: stored.sampleIds[0]!,
      organizationId: facility.id,
      after: {
        sampleIds: stored.sampleIds,
        resultIds: stored.results.map((r) => r.id),
        repeated: stored.repeated,
        evaluation: auditSummary(outcome),
      },
    });
    const rows = await tx
      .select()
      .from(results)
      .where(
        inArray(
          results.id,
          stored.results.map((r) => r.id),
        ),
      );
    return {
      sampleIds: stored.sampleIds,
      results: rows.map((r) => toResultView(r)),
      evaluation: summaryOf(outcome),
    };
  });
}
