import { randomUUID } from 'node:crypto';
import type { CreateDocumentInput, DocumentLink } from '@outfall/domain/contracts/documents';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { documents, documentVersions } from '../db/schema';
import { notFound } from '../errors';
import { findMonitoredFacility } from '../monitoring/facility-scope';
import type { StorageProvider } from '../storage/index';
import { refreshSearchVector } from './documents.queries';
import { checkLinks } from './links';
import { checkUpload, withStoredBytes } from './upload';

/**
 * Uploads a new document (version 1). The document belongs to the actor's organization; an
 * authority naming a facility it regulates files it in its own library linked to that facility
 * (so that facility sees it when it is shared). The bytes go to the storage provider first, then
 * one transaction records the document, its version, its search vector and `document.created`.
 */
export async function createDocument({
  db,
  storage,
  actor,
  input,
}: {
  db: Db;
  storage: StorageProvider;
  actor: Actor;
  input: CreateDocumentInput;
}): Promise<string> {
  const m = authorize(actor, 'document.write');
  const links: DocumentLink[] = [...(input.links ?? [])];
  if (input.organizationId !== m.organizationId) {
    if (m.kind !== 'authority') throw notFound('Organization');
    const facility = await findMonitoredFacility(db, m, input.organizationId).catch(() => {
      throw notFound('Organization');
    });
    if (!links.some((l) => l.kind === 'facility' && l.id === facility.id))
      links.unshift({ kind: 'facility', id: facility.id });
  }
  const checkedLinks = await checkLinks(db, m, links);
  const upload = await checkUpload(input);
  const id = randomUUID();
  await withStoredBytes(storage, id, upload.bytes, (storageKey) =>
    db.transaction(async (tx) => {
      await tx.insert(documents).values({
        id,
        organizationId: m.organizationId,
        title: input.title,
        kind: input.kind,
        visibility: input.visibility ?? 'private',
        tags: [...new Set(input.tags ?? [])],
        documentDate: input.documentDate,
        expiresOn: input.expiresOn ?? null,
        links: checkedLinks.map(({ kind, id: linkId }) => ({ kind, id: linkId })),
        currentVersion: 1,
        createdByUserId: actor.userId,
      });
      await tx.insert(documentVersions).values({
        documentId: id,
        version: 1,
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
      await refreshSearchVector(
        tx,
        id,
        checkedLinks.map((l) => l.label),
      );
      await appendAudit(tx, auditActorOf(actor), {
        type: 'document.created',
        subjectId: id,
        organizationId: m.organizationId,
        after: {
          title: input.title,
          kind: input.kind,
          visibility: input.visibility ?? 'private',
          tags: input.tags ?? [],
          documentDate: input.documentDate,
          expiresOn: input.expiresOn ?? null,
          links: checkedLinks.map(({ kind, id: linkId }) => ({ kind, id: linkId })),
          version: 1,
          fileName: upload.fileName,
          mediaType: upload.mediaType,
          size: upload.size,
          sha256: upload.sha256,
          storageProvider: storage.name,
        },
      });
    }),
  );
  return id;
}
