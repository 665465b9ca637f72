import type { AuditEventView, AuditQuery } from '@outfall/domain/contracts/audit';
import { and, desc, eq, gte, inArray, lt, not, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import { visibleOrganizationsWhere } from '../auth/policy';
import type { Queryable } from '../db/connect';
import { auditEvents, organizations, permits, users } from '../db/schema';

function nextDay(date: string): Date {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/**
 * Events a membership may read. A record view (subject given) shows events of records in the
 * organizations it can see; the organization-wide view (admins) adds everything its own people did.
 */
/**
 * A facility's self-managed permits are its own business: an authority sees the history of the
 * permits it issued, never of the others recorded under its facilities.
 */
function notOthersPermits(db: Queryable, authorityId: string): SQL {
  const issued = db
    .select({ id: sql<string>`${permits.id}::text` })
    .from(permits)
    .where(eq(permits.issuingAuthorityId, authorityId));
  return not(and(eq(auditEvents.subjectType, 'permit'), notInArray(auditEvents.subjectId, issued))!);
}

export function auditFilters(db: Queryable, m: ActiveMembership, q: AuditQuery, recordView: boolean): SQL {
  const visibleOrgs = db
    .select({ id: organizations.id })
    .from(organizations)
    .where(visibleOrganizationsWhere(m));
  const scope = recordView
    ? inArray(auditEvents.organizationId, visibleOrgs)
    : or(
        inArray(auditEvents.organizationId, visibleOrgs),
        eq(auditEvents.actorOrganizationId, m.organizationId),
      )!;
  const filters: (SQL | undefined)[] = [
    scope,
    m.kind === 'authority' ? notOthersPermits(db, m.organizationId) : undefined,
    q.subjectType ? eq(auditEvents.subjectType, q.subjectType) : undefined,
    q.subjectId ? eq(auditEvents.subjectId, q.subjectId) : undefined,
    q.eventType ? eq(auditEvents.eventType, q.eventType) : undefined,
    q.actorUserId ? eq(auditEvents.actorUserId, q.actorUserId) : undefined,
    q.from ? gte(auditEvents.occurredAt, new Date(`${q.from}T00:00:00.000Z`)) : undefined,
    q.to ? lt(auditEvents.occurredAt, nextDay(q.to)) : undefined,
    q.beforeSeq ? lt(auditEvents.seq, q.beforeSeq) : undefined,
  ];
  return and(...filters)!;
}

export async function listAuditEvents(db: Queryable, where: SQL, limit: number): Promise<AuditEventView[]> {
  const rows = await db
    .select({ event: auditEvents, actorEmail: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(where)
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
  return rows.map(({ event, actorEmail }) => ({
    seq: event.seq,
    occurredAt: event.occurredAt.toISOString(),
    eventType: event.eventType,
    actorUserId: event.actorUserId,
    actorEmail,
    organizationId: event.organizationId,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    ip: event.ip,
    userAgent: event.userAgent,
    before: event.before,
    after: event.after,
    hash: event.hash,
  }));
}
