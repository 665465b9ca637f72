import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { documentHolds } from '../db/schema';
import { AppError, notFound } from '../errors';
import { findOwnedDocument, lockDocument } from './owned-document';

/** Releases an open hold; the hold stays on record with who released it and when. */
export async function releaseHold({
  db,
  actor,
  documentId,
  holdId,
}: {
  db: Db;
  actor: Actor;
  documentId: string;
  holdId: string;
}) {
  const m = authorize(actor, 'document.manage');
  await findOwnedDocument(db, m, documentId);
  await db.transaction(async (tx) => {
    const doc = await lockDocument(tx, documentId);
    const [hold] = await tx
      .select()
      .from(documentHolds)
      .where(and(eq(documentHolds.id, holdId), eq(documentHolds.documentId, documentId)));
    if (!hold) throw notFound('Hold');
    if (hold.releasedAt) throw new AppError('invalid_state', 'This hold was already released');
    await tx
      .update(documentHolds)
      .set({ releasedAt: new Date(), releasedByUserId: actor.userId })
      .where(eq(documentHolds.id, holdId));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'document.hold_released',
      subjectId: documentId,
      organizationId: doc.organizationId,
      before: { holdId, reason: hold.reason, placedAt: hold.placedAt },
      after: { released: true },
    });
  });
}
