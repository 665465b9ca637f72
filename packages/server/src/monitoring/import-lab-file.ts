import type { LabFileInput, LabImportResult } from '@outfall/domain/contracts/monitoring-api';
import { eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import type { Db, Tx } from '../db/connect';
import { importBatches, labMappings } from '../db/schema';
import { AppError } from '../errors';
import { auditSummary, dayOf, evaluateAndNotify, summaryOf } from './evaluation-summary';
import type { MonitoredFacility } from './facility-scope';
import { loadFacilityLimits } from './limits.queries';
import { pointResolver, prepareLabFile, problemSummary } from './prepare-lab-file';
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

const EMPTY = { violationsOpened: [], violationsClosed: [], warnings: [] };

async function saveMapping(tx: Tx, facilityId: string, labName: string, mapping: unknown) {
  await tx
    .insert(labMappings)
    .values({ facilityId, labName, mapping: mapping as never })
    .onConflictDoUpdate({
      target: [labMappings.facilityId, labMappings.labName],
      set: { mapping: mapping as never, updatedAt: new Date() },
    });
}

/**
 * All-or-nothing import of a lab file: refused, naming every bad row, while any problem or open
 * question remains; a file or results already stored add nothing. Stores, evaluates, notifies and
 * audits in one transaction.
 */
export async function importLabFile(ctx: ImportContext, input: LabFileInput): Promise<LabImportResult> {
  const { db, facility } = ctx;
  const limits = await loadFacilityLimits(db, facility.id);
  const file = await prepareLabFile(db, facility.id, limits, input);
  if (file.alreadyImportedBatch) {
    const on = file.alreadyImportedBatch.createdAt.toISOString().slice(0, 10);
    const message = `${input.fileName} was already imported on ${on}: nothing was added`;
    return {
      batchId: file.alreadyImportedBatch.id,
      added: 0,
      repeated: file.preview.candidates.length,
      message,
      evaluation: EMPTY,
    };
  }
  const { preview } = file;
  if (!preview.accepted) {
    const fields = preview.problems.map((p) => ({
      path: `row ${p.row}${p.column ? `.${p.column}` : ''}`,
      message: p.message,
    }));
    throw new AppError('validation_failed', problemSummary(preview.problems), fields);
  }
  if (file.repeated === preview.candidates.length) {
    const message = `All ${preview.candidates.length} results of ${input.fileName} are already stored: nothing was added`;
    return { batchId: null, added: 0, repeated: file.repeated, message, evaluation: EMPTY };
  }
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(importBatches)
      .values({
        facilityId: facility.id,
        fileName: input.fileName,
        fileSha256: file.sha256,
        labName: input.labName ?? null,
        source: ctx.source,
        rowCount: preview.candidates.length,
        addedCount: 0,
        repeatedCount: 0,
        createdByUserId: ctx.userId,
        labTokenId: ctx.labTokenId,
      })
      .returning();
    const stored = await storeCandidates(tx, {
      facilityId: facility.id,
      limits,
      candidates: preview.candidates,
      pointOf: pointResolver(limits),
      sampledBy: ctx.sampledBy,
      source: ctx.source === 'api' ? 'api' : 'import',
      importBatchId: batch!.id,
      userId: ctx.userId,
    });
    await tx
      .update(importBatches)
      .set({ addedCount: stored.results.length, repeatedCount: stored.repeated })
      .where(eq(importBatches.id, batch!.id));
    const saveIt = input.saveMapping === true && !!input.labName;
    if (saveIt) await saveMapping(tx, facility.id, input.labName!, preview.mapping);
    const outcome = await evaluateAndNotify(tx, {
      facility,
      limits,
      changed: stored.results,
      newResultIds: new Set(stored.results.map((r) => r.id)),
      awareOn: dayOf(ctx.now ?? new Date()),
      closeReason: 'no longer exceeded after imported results',
    });
    await appendAudit(tx, ctx.auditActor, {
      type: 'monitoring.lab_file_imported',
      subjectId: batch!.id,
      organizationId: facility.id,
      after: {
        fileName: input.fileName,
        fileSha256: file.sha256,
        source: ctx.source,
        rows: preview.candidates.length,
        samples: stored.sampleIds.length,
        added: stored.results.length,
        repeated: stored.repeated,
        mappingSaved: saveIt ? input.labName : null,
        evaluation: auditSummary(outcome),
      },
    });
    const repeatedNote = stored.repeated ? `; ${stored.repeated} already stored, not added again` : '';
    const message = `Imported ${stored.results.length} results from ${input.fileName}${repeatedNote}`;
    return {
      batchId: batch!.id,
      added: stored.results.length,
      repeated: stored.repeated,
      message,
      evaluation: summaryOf(outcome),
    };
  });
}
