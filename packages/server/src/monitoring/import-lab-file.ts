import type { LabFileInput, LabImportResult } from '@outfall/domain/contracts/monitoring-api';
import { eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import type { Db, Tx } from '../db/connect';
import { importBatches, labMappings } from '../db/schema';
import { AppError } from '../errors';
import { readSeriesBefore } from './evaluate-results';
import { auditSummary, dayOf, evaluateAndNotify, summaryOf } from './evaluation-summary';
import type { MonitoredFacility } from './facility-scope';
import { timedStage } from './import-stages';
import { type FacilityLimits, loadFacilityLimits } from './limits.queries';
import { type PreparedLabFile, pointResolver, prepareLabFile, problemSummary } from './prepare-lab-file';
import { storeCandidates } from './store-results';

export interface ImportContext {
  db: Db;
  facility: MonitoredFacility;
  auditActor: AuditActor;
  userId: string | null;
  labTokenId: string | null;
  sampledBy: 'permittee' | 'authority';
  source: 'upload' | 'api';
  now?: Date;
}

const EMPTY = { violationsOpened: [], violationsClosed: [], warnings: [], notEvaluable: [] };

async function saveMapping(tx: Tx, facilityId: string, labName: string, mapping: unknown) {
  await tx
    .insert(labMappings)
    .values({ facilityId, labName, mapping: mapping as never })
    .onConflictDoUpdate({
      target: [labMappings.facilityId, labMappings.labName],
      set: { mapping: mapping as never, updatedAt: new Date() },
    });
}

/** Nothing to store: the same file, or only results already stored. */
function nothingToAdd(file: PreparedLabFile, input: LabFileInput): LabImportResult | null {
  const total = file.preview.candidates.length;
  if (file.alreadyImportedBatch) {
    const on = file.alreadyImportedBatch.createdAt.toISOString().slice(0, 10);
    const message = `${input.fileName} was already imported on ${on}: nothing was added`;
    return { batchId: file.alreadyImportedBatch.id, added: 0, repeated: total, message, evaluation: EMPTY };
  }
  if (file.preview.accepted && file.repeated === total) {
    const message = `All ${total} results of ${input.fileName} are already stored: nothing was added`;
    return { batchId: null, added: 0, repeated: total, message, evaluation: EMPTY };
  }
  return null;
}

function refuseProblems(file: PreparedLabFile) {
  const { problems } = file.preview;
  const fields = problems.map((p) => ({
    path: `row ${p.row}${p.column ? `.${p.column}` : ''}`,
    message: p.message,
  }));
  return new AppError('validation_failed', problemSummary(problems), fields);
}

async function insertBatch(tx: Tx, ctx: ImportContext, input: LabFileInput, file: PreparedLabFile) {
  const [batch] = await tx
    .insert(importBatches)
    .values({
      facilityId: ctx.facility.id,
      fileName: input.fileName,
      fileSha256: file.sha256,
      labName: input.labName ?? null,
      source: ctx.source,
      rowCount: file.preview.candidates.length,
      addedCount: 0,
      repeatedCount: 0,
      createdByUserId: ctx.userId,
      labTokenId: ctx.labTokenId,
    })
    .returning();
  return batch!;
}

/** The import's one transaction: batch, samples and results, mapping, evaluation, audit. */
async function storeFile(
  tx: Tx,
  ctx: ImportContext,
  input: LabFileInput,
  file: PreparedLabFile,
  limits: FacilityLimits,
) {
  const { facility } = ctx;
  const batch = await insertBatch(tx, ctx, input, file);
  const pointOf = pointResolver(limits);
  // The touched series as stored before this file: its own results are then evaluated from memory.
  const before = await timedStage('evaluation: read series before insert', () =>
    readSeriesBefore(
      tx,
      facility.id,
      limits,
      file.preview.candidates.map((c) => ({
        monitoringPoint: pointOf(c),
        parameterCode: c.parameterCode,
        sampleDate: c.collectedStart.slice(0, 10),
      })),
    ),
  );
  const stored = await timedStage('store (total)', () =>
    storeCandidates(tx, {
      facilityId: facility.id,
      limits,
      candidates: file.preview.candidates,
      pointOf,
      sampledBy: ctx.sampledBy,
      source: ctx.source === 'api' ? 'api' : 'import',
      importBatchId: batch.id,
      userId: ctx.userId,
    }),
  );
  const counts = { addedCount: stored.results.length, repeatedCount: stored.repeated };
  await tx.update(importBatches).set(counts).where(eq(importBatches.id, batch.id));
  const mappingSaved = input.saveMapping === true && input.labName ? input.labName : null;
  if (mappingSaved) await saveMapping(tx, facility.id, mappingSaved, file.preview.mapping);
  const outcome = await timedStage('evaluate and notify', () =>
    evaluateAndNotify(tx, {
      facility,
      limits,
      changed: stored.results,
      newResultIds: new Set(stored.results.map((r) => r.id)),
      awareOn: dayOf(ctx.now ?? new Date()),
      closeReason: 'no longer exceeded after imported results',
      fresh: {
        importBatchId: batch.id,
        rows: stored.rows.map((result) => ({ result, sampledBy: ctx.sampledBy })),
        before,
      },
    }),
  );
  const after = {
    fileName: input.fileName,
    fileSha256: file.sha256,
    source: ctx.source,
    rows: file.preview.candidates.length,
  };
  await timedStage('audit event', () =>
    appendAudit(tx, ctx.auditActor, {
      type: 'monitoring.lab_file_imported',
      subjectId: batch.id,
      organizationId: facility.id,
      after: {
        ...after,
        samples: stored.sampleIds.length,
        ...counts,
        mappingSaved,
        evaluation: auditSummary(outcome),
      },
    }),
  );
  const repeatedNote = stored.repeated ? `; ${stored.repeated} already stored, not added again` : '';
  const message = `Imported ${stored.results.length} results from ${input.fileName}${repeatedNote}`;
  const result = { batchId: batch.id, added: stored.results.length, repeated: stored.repeated, message };
  return { ...result, evaluation: summaryOf(outcome) };
}

/**
 * All-or-nothing import of a lab file: refused, naming every bad row, while any problem or open
 * question remains; a file or results already stored add nothing. Stores, evaluates, notifies and
 * audits in one transaction.
 */
export async function importLabFile(ctx: ImportContext, input: LabFileInput): Promise<LabImportResult> {
  const limits = await timedStage('load limits', () => loadFacilityLimits(ctx.db, ctx.facility.id));
  const file = await timedStage('prepare (total)', () =>
    prepareLabFile(ctx.db, ctx.facility.id, limits, input),
  );
  const nothing = nothingToAdd(file, input);
  if (nothing) return nothing;
  if (!file.preview.accepted) throw refuseProblems(file);
  return timedStage('transaction (total)', () =>
    ctx.db.transaction((tx) => storeFile(tx, ctx, input, file, limits)),
  );
}
