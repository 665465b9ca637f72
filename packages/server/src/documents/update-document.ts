import type { UpdateDocumentInput } from '@outfall/domain/contracts/documents';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { documents } from '../db/schema';
import { refreshSearchVector } from './documents.queries';
import { checkLinks, linkViews } from './links';
import { findOwnedDocument, lockDocument } from './owned-document';

const FIELDS = ['title', 'kind', 'visibility', 'tags', 'documentDate', 'expiresOn', 'links'] as const;

/** Changes the document's description (title, kind, visibility, tags, dates, links); the files stay. */
export async function updateDocument({
  db,
  actor,
  documentId,
  input,
}: {
  db: Db;
  actor: Actor;
  documentId: string;
  input: UpdateDocumentInput;
}) {
  const m = authorize(actor, 'document.write');
  await findOwnedDocument(db, m, documentId);
  const checkedLinks = input.links ? await checkLinks(db, m, input.links) : null;
  const next = {
    ...input,
    ...(input.tags ? { tags: [...new Set(input.tags)] } : {}),
    ...(checkedLinks ? { links: checkedLinks.map(({ kind, id }) => ({ kind, id })) } : {}),
  };
  await db.transaction(async (tx) => {
    const doc = await lockDocument(tx, documentId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const value = next[field];
      if (value === undefined) continue;
      if (JSON.stringify(value) === JSON.stringify(doc[field])) continue;
      before[field] = doc[field];
      after[field] = value;
    }
    if (Object.keys(after).length === 0) return;
    await tx
      .update(documents)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(documents.id, documentId));
    const labels = (checkedLinks ?? (await linkViews(tx, m, doc.links))).map((l) => l.label);
    await refreshSearchVector(tx, documentId, labels);
    await appendAudit(tx, auditActorOf(actor), {
      type: 'document.updated',
      subjectId: documentId,
      organizationId: doc.organizationId,
      before,
      after,
    });
  });
}
