import { LabColumnMapping } from '@outfall/domain/contracts/monitoring';
import type { CorrectResultInput, RecordedResults } from '@outfall/domain/contracts/monitoring-api';
import { previewLabRows } from '@outfall/domain/lab/index';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { results, samples } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { ENTRY_MAPPING, entryFieldErrors, entryRows } from './entry-rows';
import { auditSummary, dayOf, evaluateAndNotify, summaryOf } from './evaluation-summary';
import { findMonitoredFacility, sampledByOf } from './facility-scope';
import { loadFacilityLimits } from './limits.queries';
import { findResult, isSuperseded, type ResultRow, toResultView } from './results.queries';
import { resultRow } from './store-results';

const MAPPING = LabColumnMapping.parse(ENTRY_MAPPING);
const shown = (r: ResultRow) => r.valueText || `<${r.mdl}`;

function correctedRows(old: ResultRow, sample: typeof samples.$inferSelect, input: CorrectResultInput) {
  return entryRows({
    facilityId: old.facilityId,
    monitoringPoint: old.monitoringPoint,
    collectedStart: sample.collectedStart,
    collectedEnd: sample.collectedEnd,
    sampleType: sample.sampleType,
    clientSampleId: sample.clientSampleId,
    labSampleId: sample.labSampleId,
    labName: sample.labName,
    labCertId: sample.labCertId,
    chainOfCustody: [],
    results: [
      {
        parameterCode: old.parameterCode,
        value: input.value,
        unit: input.unit ?? old.unitText,
        mdl: input.mdl === undefined ? old.mdl : input.mdl,
        rl: input.rl === undefined ? old.rl : input.rl,
        method: input.method === undefined ? old.method : input.method,
        analyzedAt: input.analyzedAt === undefined ? old.analyzedAt : input.analyzedAt,
        analyst: input.analyst === undefined ? old.analyst : input.analyst,
        labQualifiers: input.labQualifiers ?? old.labQualifiers,
        fraction: old.fraction,
      },
    ],
  });
}

async function loadForCorrection(db: Db, actor: Actor, resultId: string) {
  const m = authorize(actor, 'monitoring.write');
  const old = await findResult(db, resultId);
  if (!old) throw notFound('Result');
  const facility = await findMonitoredFacility(db, m, old.facilityId).catch(() => {
    throw notFound('Result');
  });
  const [sample] = await db.select().from(samples).where(eq(samples.id, old.sampleId));
  if (sample!.sampledBy !== sampledByOf(m)) {
    throw forbidden('Only whoever took the sample can correct its results');
  }
  return { facility, old, sample: sample! };
}

/**
 * A correction is a new version of the result with its reason; the old row is kept unchanged.
 * The affected periods are re-evaluated: a violation whose basis disappeared is closed.
 */
export async function correctResult({
  db,
  actor,
  resultId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  resultId: string;
  input: CorrectResultInput;
  now?: Date;
}): Promise<RecordedResults> {
  const { facility, old, sample } = await loadForCorrection(db, actor, resultId);
  const preview = previewLabRows(correctedRows(old, sample, input), MAPPING);
  if (!preview.accepted) {
    const fields = entryFieldErrors(preview.problems).map((f) => ({
      ...f,
      path: f.path.replace(/^results\.0\./, ''),
    }));
    throw new AppError('validation_failed', `${fields[0]?.path}: ${fields[0]?.message}`, fields);
  }
  const candidate = preview.candidates[0]!;
  if (candidate.fingerprint === old.fingerprint)
    throw new AppError('conflict', 'The correction changes nothing');
  const limits = await loadFacilityLimits(db, facility.id);
  return db.transaction(async (tx) => {
    await tx.select({ id: results.id }).from(results).where(eq(results.id, old.id)).for('update');
    if (await isSuperseded(tx, old.id)) {
      throw new AppError('conflict', 'This result was already corrected: correct its latest version');
    }
    const row = resultRow(
      {
        facilityId: facility.id,
        limits,
        candidates: [],
        pointOf: () => old.monitoringPoint,
        sampledBy: sample.sampledBy,
        source: 'manual',
        importBatchId: null,
        userId: actor.userId,
      },
      candidate,
      old.sampleId,
      [],
    );
    const [created] = await tx
      .insert(results)
      .values({ ...row, supersedesId: old.id, correctionReason: input.reason })
      .returning();
    const outcome = await evaluateAndNotify(tx, {
      facility,
      limits,
      changed: [old, created!],
      newResultIds: new Set([created!.id]),
      awareOn: dayOf(now),
      closeReason: `result corrected (${shown(old)} → ${shown(created!)} ${created!.unit}): ${input.reason}`,
    });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'monitoring.result_corrected',
      subjectId: created!.id,
      organizationId: facility.id,
      before: { resultId: old.id, value: old.valueText, unit: old.unit, mdl: old.mdl },
      after: {
        value: created!.valueText,
        unit: created!.unit,
        mdl: created!.mdl,
        reason: input.reason,
        evaluation: auditSummary(outcome),
      },
    });
    return { sampleIds: [old.sampleId], results: [toResultView(created!)], evaluation: summaryOf(outcome) };
  });
}
