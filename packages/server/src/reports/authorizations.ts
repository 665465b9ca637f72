import type {
  CreateSignatoryAuthorizationInput,
  SignatoryAuthorizationView,
} from '@outfall/domain/contracts/reports';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Queryable } from '../db/connect';
import { documents, memberships, signatoryAuthorizations, users } from '../db/schema';
import { AppError, notFound } from '../errors';
import { findMonitoredFacility } from '../monitoring/facility-scope';
import { today } from '../permits/permit-views';

type Row = typeof signatoryAuthorizations.$inferSelect;

function toView(row: Row, delegateName: string | null): SignatoryAuthorizationView {
  return {
    id: row.id,
    facilityId: row.facilityId,
    delegateUserId: row.delegateUserId,
    delegateName,
    position: row.position,
    principalName: row.principalName,
    principalTitle: row.principalTitle,
    signedOn: row.signedOn,
    receivedByAuthorityOn: row.receivedByAuthorityOn,
    supersededAt: row.supersededAt?.toISOString() ?? null,
    documentId: row.documentId,
  };
}

/** The facility's written authorizations (403.12(l)(3)), newest first. */
export async function listAuthorizations(db: Db, actor: Actor, facilityId: string) {
  const m = authorize(actor, 'report.read');
  const facility = await findMonitoredFacility(db, m, facilityId);
  const rows = await db
    .select({ row: signatoryAuthorizations, delegateName: users.name })
    .from(signatoryAuthorizations)
    .leftJoin(users, eq(users.id, signatoryAuthorizations.delegateUserId))
    .where(eq(signatoryAuthorizations.facilityId, facility.id))
    .orderBy(desc(signatoryAuthorizations.createdAt));
  return rows.map((r) => toView(r.row, r.delegateName));
}

/**
 * The facility records a written authorization by its responsible official. A new authorization
 * for the same person supersedes the one before (403.12(l)(4): it must be on file before or with
 * the next report signed under it).
 */
export async function createAuthorization(db: Db, actor: Actor, input: CreateSignatoryAuthorizationInput) {
  const m = authorize(actor, 'signatory.manage');
  if (m.organizationId !== input.facilityId) throw notFound('Facility');
  if (input.delegateUserId) {
    const [member] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(eq(memberships.userId, input.delegateUserId), eq(memberships.organizationId, input.facilityId)),
      );
    if (!member)
      throw new AppError('validation_failed', 'The person named is not a member of this facility', [
        { path: 'delegateUserId', message: 'is not a member of this facility' },
      ]);
  }
  if (input.documentId) {
    const [doc] = await db
      .select({ kind: documents.kind })
      .from(documents)
      .where(
        and(
          eq(documents.id, input.documentId),
          eq(documents.organizationId, input.facilityId),
          isNull(documents.deletedAt),
        ),
      );
    if (!doc)
      throw new AppError('validation_failed', 'The document named is not one of this facility’s documents', [
        { path: 'documentId', message: 'is not a document of this facility' },
      ]);
    if (doc.kind !== 'signatory_authorization')
      throw new AppError('validation_failed', 'The document named is not a signatory authorization', [
        {
          path: 'documentId',
          message: `is a ${doc.kind.replaceAll('_', ' ')}, not a signatory authorization`,
        },
      ]);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(signatoryAuthorizations)
      .values({
        facilityId: input.facilityId,
        delegateUserId: input.delegateUserId ?? null,
        position: input.position ?? null,
        principalName: input.principalName,
        principalTitle: input.principalTitle,
        signedOn: input.signedOn,
        documentId: input.documentId ?? null,
        createdByUserId: actor.userId,
      })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'signatory.authorization_created',
      subjectId: row!.id,
      organizationId: input.facilityId,
      after: { ...input },
    });
    return toView(row!, null);
  });
}

async function findVisible(
  db: Queryable,
  actor: Actor,
  id: string,
  permission: 'report.review' | 'signatory.manage',
) {
  const m = authorize(actor, permission);
  const [row] = await db.select().from(signatoryAuthorizations).where(eq(signatoryAuthorizations.id, id));
  if (!row) throw notFound('Signatory authorization');
  const facility = await findMonitoredFacility(db, m, row.facilityId).catch(() => {
    throw notFound('Signatory authorization');
  });
  return { m, row, facility };
}

/** The authority records receipt of the written authorization: from then on it can be relied on. */
export async function receiveAuthorization(db: Db, actor: Actor, id: string, receivedOn: string | undefined) {
  const { m, row, facility } = await findVisible(db, actor, id, 'report.review');
  if (m.kind !== 'authority' || facility.regulatedById !== m.organizationId)
    throw notFound('Signatory authorization');
  if (row.supersededAt) throw new AppError('invalid_state', 'This authorization was superseded');
  const on = receivedOn ?? today();
  await db.transaction(async (tx) => {
    // the newest received authorization for the same person replaces the older ones
    if (row.delegateUserId)
      await tx
        .update(signatoryAuthorizations)
        .set({ supersededAt: new Date() })
        .where(
          and(
            eq(signatoryAuthorizations.facilityId, row.facilityId),
            eq(signatoryAuthorizations.delegateUserId, row.delegateUserId),
            isNull(signatoryAuthorizations.supersededAt),
          ),
        );
    await tx
      .update(signatoryAuthorizations)
      .set({ receivedByAuthorityOn: on, receivedByUserId: actor.userId, supersededAt: null })
      .where(eq(signatoryAuthorizations.id, id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'signatory.authorization_received',
      subjectId: id,
      organizationId: row.facilityId,
      before: { receivedByAuthorityOn: row.receivedByAuthorityOn },
      after: { receivedByAuthorityOn: on },
    });
  });
}

/** The facility withdraws an authorization (the person left, the position changed). */
export async function supersedeAuthorization(db: Db, actor: Actor, id: string) {
  const { m, row } = await findVisible(db, actor, id, 'signatory.manage');
  if (m.organizationId !== row.facilityId) throw notFound('Signatory authorization');
  if (row.supersededAt) throw new AppError('invalid_state', 'This authorization is already superseded');
  await db.transaction(async (tx) => {
    await tx
      .update(signatoryAuthorizations)
      .set({ supersededAt: new Date() })
      .where(eq(signatoryAuthorizations.id, id));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'signatory.authorization_superseded',
      subjectId: id,
      organizationId: row.facilityId,
      before: { supersededAt: null },
      after: { superseded: true },
    });
  });
}
