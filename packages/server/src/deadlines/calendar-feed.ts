import type { CalendarFeedView } from '@outfall/domain/contracts/deadlines';
import { and, desc, eq, isNull } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { appendAudit } from '../audit/append';
import type { ActiveMembership } from '../auth/actor';
import { type Actor, auditActorOf } from '../auth/actor';
import { hashToken, newToken } from '../auth/tokens';
import type { Db } from '../db/connect';
import { calendarFeeds, memberships, organizations, users } from '../db/schema';
import { notFound } from '../errors';
import { deadlinesFor } from './deadlines.queries';

export async function calendarFeedStatus(db: Db, actor: Actor): Promise<CalendarFeedView> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return { url: null, active: row !== undefined, createdAt: row?.createdAt.toISOString() ?? null };
}

/** Issues a new private feed address (the previous one stops working); the token is shown once. */
export async function createCalendarFeed(db: Db, actor: Actor, publicUrl: string): Promise<CalendarFeedView> {
  const token = `ocal_${newToken()}`;
  return db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)));
    const [row] = await tx
      .insert(calendarFeeds)
      .values({ userId: actor.userId, tokenHash: hashToken(token) })
      .returning();
    await appendAudit(tx, auditActorOf(actor), {
      type: 'calendar.feed_created',
      subjectId: row!.id,
      organizationId: null,
      after: { userId: actor.userId },
    });
    return {
      url: `${publicUrl}/api/v1/calendar/${token}.ics`,
      active: true,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}

export async function revokeCalendarFeed(db: Db, actor: Actor) {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    for (const r of rows)
      await appendAudit(tx, auditActorOf(actor), {
        type: 'calendar.feed_revoked',
        subjectId: r.id,
        organizationId: null,
        after: { revoked: true },
      });
  });
}

/**
 * The iCalendar (RFC 5545) feed of a live token: the open deadlines of every organization the
 * user belongs to, as all-day events with stable UIDs. An unknown or revoked token answers 404.
 */
export async function calendarFeedIcs(
  db: Db,
  token: string,
  asOf: string,
  publicUrl: string,
): Promise<string> {
  const [feed] = await db
    .select({ userId: calendarFeeds.userId, name: users.name })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) throw notFound('Calendar feed');
  const rows = await db
    .select({
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      kind: organizations.kind,
      regulatedById: organizations.regulatedById,
      role: memberships.role,
      signatory: memberships.signatory,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, feed.userId));
  const calendar = ical({
    name: `Outfall — ${feed.name}`,
    prodId: { company: 'Outfall', product: 'deadlines' },
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  const seen = new Set<string>();
  for (const m of rows as ActiveMembership[]) {
    for (const d of await deadlinesFor(db, m, {}, asOf)) {
      if (seen.has(d.key)) continue;
      seen.add(d.key);
      const [y, mo, da] = d.dueDate.split('-').map(Number) as [number, number, number];
      calendar.createEvent({
        id: `${d.key}@outfall`,
        start: new Date(Date.UTC(y, mo - 1, da)),
        allDay: true,
        summary: `${d.state === 'overdue' ? 'OVERDUE: ' : ''}${d.title}`,
        description: `${d.detail}\n${publicUrl}${d.link}`,
        url: `${publicUrl}${d.link}`,
        categories: [{ name: d.kind }],
        stamp: new Date(`${asOf}T00:00:00Z`),
      });
    }
  }
  return calendar.toString();
}
