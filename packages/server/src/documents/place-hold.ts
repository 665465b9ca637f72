import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { documentHolds } from '../db/schema';
import { findOwnedDocument, lockDocument } from './owned-document';

/** A litigation or request hold: while open, the document cannot be deleted whatever its retention. */
export async function placeHold({
  db,
  actor,
  documentId,
  reason,
}: {
  db: Db;
  actor: Actor;
  documentId: string;
  reason: string;
}): Promise<string> {
  const m = authorize(actor, 'document.manage');
  await findOwnedDocument(db, m, documentId);
  return db.transaction(async (tx) => {
    const doc = await lockDocument(tx, documentId);
    const [hold] = await tx
      .insert(documentHolds)
      .values({ documentId, reason, placedByUserId: actor.userId })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'document.hold_placed',
      subjectId: documentId,
      organizationId: doc.organizationId,
      after: { holdId: hold!.id, reason },
    });
    return hold!.id;
  });
}
