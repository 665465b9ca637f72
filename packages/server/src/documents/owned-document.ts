import { eq } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable, Tx } from '../db/connect';
import { documents } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { findVisibleDocument } from './documents.queries';

/**
 * A document the membership's organization owns, for a change: 404 when the reader cannot see it,
 * 403 when it can (an authority reading a facility's shared document) but does not own it.
 */
export async function findOwnedDocument(db: Queryable, m: ActiveMembership, id: string) {
  const record = await findVisibleDocument(db, m, id);
  if (record.document.organizationId !== m.organizationId)
    throw forbidden(`Only ${record.organizationName} can change its documents`);
  return record;
}

/** Locks the document row for the rest of the transaction (concurrent changes queue behind it). */
export async function lockDocument(tx: Tx, id: string) {
  const [row] = await tx.select().from(documents).where(eq(documents.id, id)).for('update');
  if (!row || row.deletedAt) throw notFound('Document');
  return row;
}
