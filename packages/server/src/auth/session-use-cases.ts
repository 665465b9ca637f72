import type { ChangePasswordInput } from '@outfall/domain/contracts/auth';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { appendAudit } from '../audit/append';
import type { Db } from '../db/connect';
import { sessions, users } from '../db/schema';
import { AppError, notFound } from '../errors';
import { type Actor, auditActorOf } from './actor';
import { hashPassword, verifyPassword } from './passwords';

export async function logout({ db, actor }: { db: Db; actor: Actor }) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, actor.sessionId));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'user.logged_out',
      subjectId: actor.userId,
      organizationId: null,
    });
  });
}

/** Switches the organization a session acts for; only to one the user is a member of. */
export async function switchOrganization({
  db,
  actor,
  organizationId,
}: {
  db: Db;
  actor: Actor;
  organizationId: string;
}) {
  const target = actor.memberships.find((m) => m.organizationId === organizationId);
  if (!target) throw notFound('Organization');
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ activeOrganizationId: organizationId })
      .where(eq(sessions.id, actor.sessionId));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'session.organization_switched',
      subjectId: actor.userId,
      organizationId: null,
      before: { activeOrganizationId: actor.active?.organizationId ?? null },
      after: { activeOrganizationId: organizationId },
    });
  });
}

/** Changes the password and ends the user's other sessions. */
export async function changePassword({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: z.infer<typeof ChangePasswordInput>;
}) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is wrong', [
      { path: 'currentPassword', message: 'The current password is wrong' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date() })
      .where(eq(users.id, actor.userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.userId), ne(sessions.id, actor.sessionId)));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'user.password_changed',
      subjectId: actor.userId,
      organizationId: null,
    });
  });
}
