import type { OrganizationKind } from '@outfall/domain/contracts/roles';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { memberships, organizations, sessions, users } from '../db/schema';
import type { ActiveMembership } from './actor';
import { hashToken, newToken } from './tokens';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'outfall_session';

export async function membershipsOf(db: Queryable, userId: string): Promise<ActiveMembership[]> {
  const rows = await db
    .select({
      organizationId: organizations.id,
      organizationName: organizations.name,
      kind: organizations.kind,
      regulatedById: organizations.regulatedById,
      role: memberships.role,
      signatory: memberships.signatory,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
  return rows.map((r) => ({ ...r, kind: r.kind as OrganizationKind }));
}

export async function insertSession(
  db: Queryable,
  input: { userId: string; activeOrganizationId: string | null; ip: string | null; userAgent: string | null },
) {
  const token = newToken();
  const id = hashToken(token);
  const csrfToken = newToken();
  await db
    .insert(sessions)
    .values({ id, csrfToken, expiresAt: new Date(Date.now() + SESSION_IDLE_MS), ...input });
  return { token, id, csrfToken };
}

export async function findLiveSession(db: Queryable, token: string) {
  const [row] = await db
    .select({ session: sessions, user: { id: users.id, email: users.email, name: users.name } })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}

/** Slides the idle expiry forward, at most once a minute per session. */
export async function touchSession(db: Queryable, id: string, lastSeenAt: Date) {
  if (Date.now() - lastSeenAt.getTime() < 60_000) return;
  await db
    .update(sessions)
    .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_IDLE_MS) })
    .where(eq(sessions.id, id));
}
