import { count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, systemActor } from '../src/audit/append';
import { verifyAuditTrail } from '../src/audit/verify';
import type { Database } from '../src/db/connect';
import { auditEvents, organizations } from '../src/db/schema';
import type { App } from '../src/http/types';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

let database: Database;
let app: App;
let world: Awaited<ReturnType<typeof makeWorld>>;

async function eventCount() {
  const [row] = await database.db.select({ n: count() }).from(auditEvents);
  return row!.n;
}

async function lastEvent() {
  const [row] = await database.db.select().from(auditEvents).orderBy(sql`${auditEvents.seq} desc`).limit(1);
  return row!;
}

beforeAll(async () => {
  database = await testDatabase();
  world = await makeWorld(database.db);
  app = await testApp(database);
});

describe('every mutation writes exactly one audit event', () => {
  it('for each state-changing endpoint, with actor, organization, IP, user agent and before/after', async () => {
    const coordinator = new Browser(app);
    let before = await eventCount();
    await coordinator.login('coordinator@north.test', world.password);
    expect(await eventCount()).toBe(before + 1);
    expect((await lastEvent()).eventType).toBe('user.logged_in');

    const cases: [string, () => Promise<unknown>, string][] = [
      [
        'create facility',
        () => coordinator.post('/api/v1/facilities', { name: 'Audited Works' }),
        'organization.created',
      ],
      [
        'change password',
        () =>
          coordinator.post('/api/v1/auth/password', {
            currentPassword: world.password,
            newPassword: 'audited-password-1',
          }),
        'user.password_changed',
      ],
      [
        'switch organization',
        () => coordinator.post('/api/v1/auth/switch-organization', { organizationId: world.orgs.north.id }),
        'session.organization_switched',
      ],
      ['log out', () => coordinator.post('/api/v1/auth/logout'), 'user.logged_out'],
    ];
    for (const [label, act, type] of cases) {
      before = await eventCount();
      await act();
      expect(await eventCount(), label).toBe(before + 1);
      const event = await lastEvent();
      expect(event.eventType, label).toBe(type);
      expect(event.actorUserId, label).toBe(world.users.northCoordinator.id);
      expect(event.actorOrganizationId, label).toBe(world.orgs.north.id);
      expect(event.ip, label).toBe('127.0.0.1');
      expect(event.userAgent, label).toBe('lightMyRequest');
    }
  });

  it('records what a creation looked like after the change', async () => {
    const admin = new Browser(app);
    await admin.login('admin@north.test', world.password);
    const created = (await admin.post('/api/v1/facilities', { name: 'Before After Co' })).json();
    const event = await lastEvent();
    expect(event).toMatchObject({
      eventType: 'organization.created',
      subjectType: 'organization',
      subjectId: created.id,
      organizationId: created.id,
      before: null,
      after: { kind: 'facility', name: 'Before After Co', regulatedById: world.orgs.north.id },
    });
  });

  it('refused and invalid requests write none', async () => {
    const manager = new Browser(app);
    await manager.login('manager@plating.test', world.password);
    const before = await eventCount();
    expect((await manager.post('/api/v1/facilities', { name: 'No' })).statusCode).toBe(403);
    expect((await manager.post('/api/v1/facilities', { name: 'No' }, { csrf: false })).statusCode).toBe(403);
    expect(
      (await new Browser(app).post('/api/v1/auth/login', { email: 'manager@plating.test', password: 'x' }))
        .statusCode,
    ).toBe(401);
    expect(await eventCount()).toBe(before);
  });

  it('a failed transaction writes none: the change and its event roll back together', async () => {
    const before = await eventCount();
    await expect(
      database.db.transaction(async (tx) => {
        const [org] = await tx.insert(organizations).values({ kind: 'facility', name: 'Doomed' }).returning();
        await appendAudit(tx, systemActor, {
          type: 'organization.created',
          subjectId: org!.id,
          organizationId: org!.id,
          after: org,
        });
        throw new Error('a later step fails');
      }),
    ).rejects.toThrow('a later step fails');
    expect(await eventCount()).toBe(before);
    expect(await database.db.select().from(organizations).where(eq(organizations.name, 'Doomed'))).toEqual(
      [],
    );
  });

  it('concurrent mutations keep one gap-free chain', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database.db.transaction((tx) =>
          appendAudit(tx, systemActor, {
            type: 'organization.created',
            subjectId: `concurrent-${i}`,
            organizationId: null,
          }),
        ),
      ),
    );
    const verdict = await verifyAuditTrail(database.db);
    expect(verdict).toMatchObject({ ok: true, events: await eventCount() });
  });
});

describe('the audit table is append-only and tamper-evident', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    for (const statement of [
      sql`update audit_events set event_type = 'x' where seq = 1`,
      sql`delete from audit_events where seq = 1`,
      sql`truncate audit_events`,
    ]) {
      const error = await database.db.execute(statement).then(
        () => null,
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
      expect(error).toMatch(/audit_events is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
    }
    expect((await verifyAuditTrail(database.db)).ok).toBe(true);
  });

  it('verification names the first tampered event', async () => {
    const total = await eventCount();
    expect(total).toBeGreaterThan(5);
    // Someone with the database owner's rights disables the trigger and edits history.
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await database.db.execute(
      sql`update audit_events set after = '{"name":"Rewritten"}'::jsonb where seq = 4`,
    );
    await database.db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    const verdict = await verifyAuditTrail(database.db);
    expect(verdict).toEqual({
      ok: false,
      events: 4,
      firstBadSeq: 4,
      reason: 'hash does not match the event content',
    });
  });
});
