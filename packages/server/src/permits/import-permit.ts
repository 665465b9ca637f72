import type { PermitImportResult, PermitImportSource, PermitKind } from '@outfall/domain/contracts/permits';
import { transitionPermit } from '@outfall/domain/permits/index';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Tx } from '../db/connect';
import { permitImports, permits } from '../db/schema';
import { AppError } from '../errors';
import { readPermitFile, sha256 } from './import-file';
import { insertPermit, issuerFor } from './insert-permit';
import { contentChanges, contentCounts, insertVersion, isSameContent } from './permit-versions';
import { readContent, today } from './permit-views';
import {
  findImportOfFile,
  findPermitsByNumber,
  findVersion,
  lockPermit,
  type PermitRow,
} from './permits.queries';

export interface ImportFileInput {
  facilityId: string;
  source: PermitImportSource;
  fileName: string;
  kind?: PermitKind;
  text: string;
}

export type ImportOutcome = 'created' | 'updated' | 'recorded' | 'unchanged';

interface Ctx {
  tx: Tx;
  actor: Actor;
  input: ImportFileInput;
  file: PermitImportResult;
  hash: string;
}

async function recordImport(c: Ctx, permit: PermitRow, versionNo: number, audit: Record<string, unknown>) {
  await c.tx.insert(permitImports).values({
    permitId: permit.id,
    source: c.input.source,
    fileName: c.input.fileName,
    fileSha256: c.hash,
    versionNo,
    reports: c.file.reports,
    warnings: c.file.warnings,
    createdByUserId: c.actor.userId,
  });
  const values = c.file.reports.reduce((n, r) => n + r.values.length, 0);
  await appendAudit(c.tx, auditActorOf(c.actor), {
    type: 'permit.imported',
    subjectId: permit.id,
    organizationId: permit.facilityId,
    after: {
      fileName: c.input.fileName,
      source: c.input.source,
      sha256: c.hash,
      versionNo,
      reports: c.file.reports.length,
      values,
      ...audit,
    },
  });
}

async function createFromFile(c: Ctx, issuingAuthorityId: string | null, kind: PermitKind) {
  const permit = await insertPermit(c.tx, {
    facilityId: c.input.facilityId,
    issuingAuthorityId,
    permitNumber: c.file.permitNumber,
    kind,
    status: 'draft',
    effectiveDate: null,
    expirationDate: null,
    renewedFromPermitId: null,
    reason: 'import',
    summary: `Imported from ${c.input.fileName}`,
    content: c.file.content,
    userId: c.actor.userId,
  });
  await recordImport(c, permit, 1, {
    versionCreated: true,
    permitCreated: true,
    content: contentCounts(c.file.content),
  });
  return {
    outcome: 'created' as const,
    permit,
    versionNo: 1,
    message: `Permit ${permit.permitNumber} created from ${c.input.fileName}`,
  };
}

async function updateFromFile(c: Ctx, target: PermitRow) {
  const permit = await lockPermit(c.tx, target.id);
  const prior = await findImportOfFile(c.tx, permit.id, c.hash);
  if (prior) {
    const message = `${c.input.fileName} was already imported into ${permit.permitNumber} on ${prior.createdAt.toISOString().slice(0, 10)}; nothing changed`;
    return { outcome: 'unchanged' as const, permit, versionNo: permit.currentVersionNo, message };
  }
  const current = readContent((await findVersion(c.tx, permit.id, permit.currentVersionNo)).version.content);
  if (isSameContent(current, c.file.content)) {
    await recordImport(c, permit, permit.currentVersionNo, { versionCreated: false });
    const message = `The limits in ${c.input.fileName} match version ${permit.currentVersionNo} of ${permit.permitNumber}; its reported values were recorded`;
    return { outcome: 'recorded' as const, permit, versionNo: permit.currentVersionNo, message };
  }
  const isDraft = permit.status === 'draft' || permit.status === 'application_received';
  const t = isDraft ? null : transitionPermit(permit, { action: 'modify', effectiveDate: today() });
  if (t && !t.ok)
    throw new AppError(
      'invalid_state',
      `${c.input.fileName} cannot update permit ${permit.permitNumber}: ${t.reason}`,
    );
  const versionNo = permit.currentVersionNo + 1;
  await insertVersion(c.tx, {
    permitId: permit.id,
    versionNo,
    reason: 'import',
    summary: `Imported from ${c.input.fileName}`,
    effectiveDate: isDraft ? permit.effectiveDate : today(),
    content: c.file.content,
    userId: c.actor.userId,
  });
  await c.tx
    .update(permits)
    .set({ currentVersionNo: versionNo, updatedAt: new Date() })
    .where(eq(permits.id, permit.id));
  await recordImport(c, permit, versionNo, {
    versionCreated: true,
    ...contentChanges(current, c.file.content),
  });
  return {
    outcome: 'updated' as const,
    permit,
    versionNo,
    message: `Version ${versionNo} of ${permit.permitNumber} created from ${c.input.fileName}`,
  };
}

/**
 * Imports a NetDMR copy of record or an ECHO effluent chart into a permit of the facility:
 * creates it, adds a version when the limits differ, and changes nothing for a file already imported.
 */
export async function importPermitFile({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: ImportFileInput;
}) {
  const m = authorize(actor, 'permit.write');
  const kind = input.kind ?? (m.kind === 'authority' ? 'pretreatment_iu' : 'npdes');
  const issuer = await issuerFor(db, m, input.facilityId, kind);
  const file = readPermitFile(input.source, input.fileName, input.text);
  const result = await db.transaction(async (tx) => {
    const c: Ctx = { tx, actor, input, file, hash: sha256(input.text) };
    const held = await findPermitsByNumber(tx, input.facilityId, file.permitNumber);
    const own = held.find((p) => p.issuingAuthorityId === issuer);
    if (own) return updateFromFile(c, own);
    if (held.length > 0) {
      throw new AppError(
        'conflict',
        `Permit ${file.permitNumber} is held by this facility from another issuer; it cannot be imported into`,
        [{ path: 'permitNumber', message: `${file.permitNumber} is already used` }],
      );
    }
    return createFromFile(c, issuer, kind);
  });
  return { ...result, warnings: file.warnings, reportCount: file.reports.length };
}
