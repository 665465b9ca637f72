import { asc, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { documents, documentVersions } from '../db/schema';
import { AppError } from '../errors';
import { providerFor, type StorageProvider } from '../storage/index';
import { retentionOf } from './documents.queries';
import { findOwnedDocument, lockDocument } from './owned-document';

/**
 * Deletes a document whose retention is over and that is under no hold: marks it deleted, drops
 * its extracted text and search vector, writes `document.deleted` (with every version's digest),
 * then removes the stored bytes. Refused (409) naming the keep-until date or the hold otherwise.
 * The audit events about it stay.
 */
export async function deleteDocument({
  db,
  storage,
  actor,
  documentId,
  log,
}: {
  db: Db;
  storage: StorageProvider;
  actor: Actor;
  documentId: string;
  log?: (err: unknown) => void;
}) {
  const m = authorize(actor, 'document.manage');
  await findOwnedDocument(db, m, documentId);
  const versions = await db.transaction(async (tx) => {
    const doc = await lockDocument(tx, documentId);
    // checked under the lock: a hold placed meanwhile still blocks
    const retention = await retentionOf(tx, doc);
    if (!retention.deletable)
      throw new AppError('invalid_state', `“${doc.title}” cannot be deleted: ${retention.blockedReason}`);
    const versions = await tx
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, documentId))
      .orderBy(asc(documentVersions.version));
    await tx
      .update(documents)
      .set({ deletedAt: new Date(), searchVector: null, updatedAt: new Date() })
      .where(eq(documents.id, documentId));
    await tx.update(documentVersions).set({ text: null }).where(eq(documentVersions.documentId, documentId));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'document.deleted',
      subjectId: documentId,
      organizationId: doc.organizationId,
      before: {
        title: doc.title,
        kind: doc.kind,
        documentDate: doc.documentDate,
        keepUntil: retention.keepUntil,
        rule: retention.rule,
        versions: versions.map((v) => ({
          version: v.version,
          fileName: v.fileName,
          sha256: v.sha256,
          storageProvider: v.storageProvider,
          storageKey: v.storageKey,
        })),
      },
      after: { deleted: true },
    });
    return versions;
  });
  for (const v of versions) {
    try {
      await providerFor(storage, db, v.storageProvider).delete(v.storageKey);
    } catch (err) {
      log?.(err);
    }
  }
}
