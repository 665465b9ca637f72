import type { AcceptInvitationInput, InviteInput } from '@outfall/domain/contracts/auth';
import { isRoleAllowed } from '@outfall/domain/contracts/roles';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import type { RequestOrigin } from '../auth/login';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { authorize } from '../auth/policy';
import { insertSession } from '../auth/sessions.queries';
import { hashToken, newToken } from '../auth/tokens';
import type { Db } from '../db/connect';
import { invitations, memberships, organizations, users } from '../db/schema';
import { AppError, notFound } from '../errors';
import { enqueueEmail } from '../mail/outbox';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** An organization admin invites a person by e-mail with a role (and signatory kind, 403.12(l)). */
export async function inviteMember({
  db,
  actor,
  input,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  input: InviteInput;
  publicUrl: string;
}) {
  const m = authorize(actor, 'members.invite');
  if (!isRoleAllowed(m.kind, input.role)) {
    throw new AppError('validation_failed', `The role ${input.role} does not exist for a ${m.kind}`, [
      { path: 'role', message: `Choose a ${m.kind} role` },
    ]);
  }
  const [existing] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(users.email, input.email), eq(memberships.organizationId, m.organizationId)));
  if (existing) {
    throw new AppError('conflict', `${input.email} is already a member`, [
      { path: 'email', message: 'Already a member' },
    ]);
  }
  const token = newToken();
  const invitation = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        organizationId: m.organizationId,
        email: input.email,
        role: input.role,
        signatory: input.signatory,
        tokenHash: hashToken(token),
        invitedByUserId: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .returning();
    await enqueueEmail(tx, {
      to: input.email,
      subject: `You are invited to ${m.organizationName} on Outfall`,
      text: `${actor.name} invited you to join ${m.organizationName} on Outfall as ${input.role}.\n\nAccept within 7 days: ${publicUrl}/invite/${token}\n`,
    });
    await appendAudit(tx, auditActorOf(actor), {
      type: 'invitation.created',
      subjectId: row!.id,
      organizationId: m.organizationId,
      after: { email: row!.email, role: row!.role, signatory: row!.signatory, expiresAt: row!.expiresAt },
    });
    return row!;
  });
  return { invitation, token };
}

async function findOpenInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  if (!row) throw notFound('Invitation (it may have expired or been used)');
  return row;
}

export async function describeInvitation(db: Db, token: string) {
  const { invitation, organizationName } = await findOpenInvitation(db, token);
  return { email: invitation.email, organizationName, role: invitation.role };
}

/** Accepts an invitation: creates the account (or checks an existing one's password), the membership and a session. */
export async function acceptInvitation({
  db,
  input,
  origin,
}: {
  db: Db;
  input: z.infer<typeof AcceptInvitationInput>;
  origin: RequestOrigin;
}) {
  const { invitation } = await findOpenInvitation(db, input.token);
  const [existing] = await db.select().from(users).where(eq(users.email, invitation.email));
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new AppError('validation_failed', 'This e-mail already has an account: enter its password', [
      { path: 'password', message: 'Enter the password of your existing account' },
    ]);
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user =
      existing ??
      (
        await tx
          .insert(users)
          .values({ email: invitation.email, name: input.name, passwordHash: passwordHash! })
          .returning()
      )[0]!;
    await tx.insert(memberships).values({
      userId: user.id,
      organizationId: invitation.organizationId,
      role: invitation.role,
      signatory: invitation.signatory,
    });
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
    await appendAudit(
      tx,
      { userId: user.id, organizationId: invitation.organizationId, ...origin },
      {
        type: 'invitation.accepted',
        subjectId: invitation.id,
        organizationId: invitation.organizationId,
        after: {
          userId: user.id,
          email: user.email,
          role: invitation.role,
          signatory: invitation.signatory,
          newAccount: !existing,
        },
      },
    );
    return insertSession(tx, { userId: user.id, activeOrganizationId: invitation.organizationId, ...origin });
  });
}
