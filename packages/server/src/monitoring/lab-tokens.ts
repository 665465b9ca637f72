import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import { hashToken, newToken } from '../auth/tokens';
import type { Db } from '../db/connect';
import { labTokens, organizations, users } from '../db/schema';
import { AppError, notFound } from '../errors';
import { findMonitoredFacility, type MonitoredFacility } from './facility-scope';

/** Issues a token a lab or LIMS uses to post results for one facility; shown once, stored hashed. */
export async function createLabToken({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { facilityId: string; name: string };
}) {
  const m = authorize(actor, 'monitoring.manage');
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  const token = `olab_${newToken()}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(labTokens)
      .values({
        facilityId: facility.id,
        name: input.name,
        tokenHash: hashToken(token),
        createdByUserId: actor.userId,
      })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'monitoring.lab_token_created',
      subjectId: row!.id,
      organizationId: facility.id,
      after: { name: input.name, facilityId: facility.id },
    });
    return { id: row!.id, name: row!.name, token };
  });
}

/** The facility's lab tokens, newest first (names and dates; the tokens themselves are not kept). */
export async function listLabTokens({ db, actor, facilityId }: { db: Db; actor: Actor; facilityId: string }) {
  const m = authorize(actor, 'monitoring.manage');
  const facility = await findMonitoredFacility(db, m, facilityId);
  const rows = await db
    .select({ token: labTokens, createdByName: users.name })
    .from(labTokens)
    .leftJoin(users, eq(users.id, labTokens.createdByUserId))
    .where(eq(labTokens.facilityId, facility.id))
    .orderBy(desc(labTokens.createdAt));
  return rows.map(({ token, createdByName }) => ({
    id: token.id,
    facilityId: token.facilityId,
    name: token.name,
    createdAt: token.createdAt.toISOString(),
    createdByName,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }));
}

/** Revokes a token of a facility the actor may manage (404 otherwise). */
export async function revokeLabToken({ db, actor, tokenId }: { db: Db; actor: Actor; tokenId: string }) {
  const m = authorize(actor, 'monitoring.manage');
  const [row] = await db.select().from(labTokens).where(eq(labTokens.id, tokenId));
  if (!row) throw notFound('Lab token');
  await findMonitoredFacility(db, m, row.facilityId).catch(() => {
    throw notFound('Lab token');
  });
  await db.transaction(async (tx) => {
    await tx.update(labTokens).set({ revokedAt: new Date() }).where(eq(labTokens.id, tokenId));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'monitoring.lab_token_revoked',
      subjectId: tokenId,
      organizationId: row.facilityId,
      after: { revoked: true },
    });
  });
}

/**
 * The facility a bearer token may write for ('lab_token' access): 401 without a live token, 404
 * when the body names another facility, so a token never reaches beyond its own facility.
 */
export async function authenticateLabToken(
  db: Db,
  request: FastifyRequest,
  facilityId: string,
): Promise<{ tokenId: string; facility: MonitoredFacility }> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match) throw new AppError('unauthenticated', 'Send the lab token as Authorization: Bearer <token>');
  const [row] = await db
    .select({
      id: labTokens.id,
      facilityId: labTokens.facilityId,
      name: organizations.name,
      regulatedById: organizations.regulatedById,
    })
    .from(labTokens)
    .innerJoin(organizations, eq(organizations.id, labTokens.facilityId))
    .where(and(eq(labTokens.tokenHash, hashToken(match[1]!)), isNull(labTokens.revokedAt)));
  if (!row) throw new AppError('unauthenticated', 'The lab token is not valid or was revoked');
  if (row.facilityId !== facilityId) throw notFound('Facility');
  return {
    tokenId: row.id,
    facility: { id: row.facilityId, name: row.name, regulatedById: row.regulatedById },
  };
}
