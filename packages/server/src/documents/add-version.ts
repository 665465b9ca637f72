import type { AddDocumentVersionInput } from '@outfall/domain/contracts/documents';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { documents, documentVersions } from '../db/schema';
import type { StorageProvider } from '../storage/index';
import { refreshSearchVector } from './documents.queries';
import { linkViews } from './links';
import { findOwnedDocument, lockDocument } from './owned-document';
import { checkUpload, withStoredBytes } from './upload';

/** A new upload of the same document: the next version; earlier versions stay as they were. */
export async function addDocumentVersion({
  db,
  storage,
  actor,
  documentId,
  input,
}: {
  db: Db;
  storage: StorageProvider;
  actor: Actor;
  documentId: string;
  input: AddDocumentVersionInput;
}): Promise<number> {
  const m = authorize(actor, 'document.write');
  await findOwnedDocument(db, m, documentId);
  const upload = await checkUpload(input);
  return withStoredBytes(storage, documentId, upload.bytes, (storageKey) =>
    db.transaction(async (tx) => {
      const doc = await lockDocument(tx, documentId);
      const version = doc.currentVersion + 1;
      await tx.insert(documentVersions).values({
        documentId,
        version,
        fileName: upload.fileName,
        mediaType: upload.mediaType,
        size: upload.size,
        sha256: upload.sha256,
        storageProvider: storage.name,
        storageKey,
        text: upload.text,
        note: input.note ?? null,
        uploadedByUserId: actor.userId,
      });
      await tx
        .update(documents)
        .set({ currentVersion: version, updatedAt: new Date() })
        .where(eq(documents.id, documentId));
      const labels = (await linkViews(tx, m, doc.links)).map((l) => l.label);
      await refreshSearchVector(tx, documentId, labels);
      await appendAudit(tx, auditActorOf(actor), {
        type: 'document.version_added',
        subjectId: documentId,
        organizationId: doc.organizationId,
        before: { currentVersion: doc.currentVersion },
        after: {
          version,
          fileName: upload.fileName,
          mediaType: upload.mediaType,
          size: upload.size,
          sha256: upload.sha256,
          storageProvider: storage.name,
          note: input.note ?? null,
        },
      });
      return version;
    }),
  );
}
