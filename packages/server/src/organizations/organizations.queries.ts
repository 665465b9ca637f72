import type { OrganizationView } from '@outfall/domain/contracts/organizations';
import type { OrganizationKind } from '@outfall/domain/contracts/roles';
import { and, asc, count, eq, gt, isNotNull, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActiveMembership } from '../auth/actor';
import { visibleOrganizationsWhere } from '../auth/policy';
import type { Queryable } from '../db/connect';
import { auditEvents, invitations, memberships, organizations, users } from '../db/schema';
import { notFound } from '../errors';

const regulator = alias(organizations, 'regulator');

const organizationColumns = {
  id: organizations.id,
  kind: organizations.kind,
  name: organizations.name,
  regulatedById: organizations.regulatedById,
  regulatedByName: regulator.name,
  createdAt: organizations.createdAt,
};

function toView(
  row: { kind: string; createdAt: Date; regulatedByName: string | null } & Omit<
    OrganizationView,
    'kind' | 'createdAt' | 'regulatedByName'
  >,
): OrganizationView {
  return { ...row, kind: row.kind as OrganizationKind, createdAt: row.createdAt.toISOString() };
}

export async function getFacility(db: Queryable, m: ActiveMembership, id: string): Promise<OrganizationView> {
  const [row] = await db
    .select(organizationColumns)
    .from(organizations)
    .leftJoin(regulator, eq(regulator.id, organizations.regulatedById))
    .where(and(eq(organizations.id, id), eq(organizations.kind, 'facility'), visibleOrganizationsWhere(m)));
  if (!row) throw notFound('Facility');
  return toView(row);
}

export async function listMembers(db: Queryable, organizationId: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      signatory: memberships.signatory,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.name));
}

export async function listInvitations(db: Queryable, organizationId: string) {
  const rows = await db
    .select()
    .from(invitations)
    .where(eq(invitations.organizationId, organizationId))
    .orderBy(asc(invitations.createdAt));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    signatory: r.signatory,
    expiresAt: r.expiresAt.toISOString(),
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
  }));
}

async function first(query: Promise<{ n: number }[]>) {
  const [row] = await query;
  return row?.n ?? 0;
}

/** Real counts for the home dashboard of the active organization. */
export async function dashboardCounts(db: Queryable, m: ActiveMembership) {
  const orgId = m.organizationId;
  const since = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000);
  const members = await first(
    db.select({ n: count() }).from(memberships).where(eq(memberships.organizationId, orgId)),
  );
  const pendingInvitations = await first(
    db
      .select({ n: count() })
      .from(invitations)
      .where(
        and(
          eq(invitations.organizationId, orgId),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      ),
  );
  const changesLast7Days = await first(
    db
      .select({ n: count() })
      .from(auditEvents)
      .where(
        and(
          or(eq(auditEvents.organizationId, orgId), eq(auditEvents.actorOrganizationId, orgId)),
          gt(auditEvents.occurredAt, since),
        ),
      ),
  );
  if (m.kind === 'authority') {
    const facilities = await first(
      db.select({ n: count() }).from(organizations).where(eq(organizations.regulatedById, orgId)),
    );
    return {
      kind: 'authority' as const,
      organizationName: m.organizationName,
      facilities,
      members,
      pendingInvitations,
      changesLast7Days,
    };
  }
  const signatories = await first(
    db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.organizationId, orgId), isNotNull(memberships.signatory))),
  );
  const [reg] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, m.regulatedById ?? orgId));
  return {
    kind: 'facility' as const,
    organizationName: m.organizationName,
    regulatedByName: m.regulatedById ? (reg?.name ?? null) : null,
    members,
    signatories,
    pendingInvitations,
    changesLast7Days,
  };
}
