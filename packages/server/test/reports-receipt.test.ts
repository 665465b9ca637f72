import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reports, violations } from '../src/db/schema';
import type { Browser } from './harness';
import { eventsOfType, insertObligation, monitoringWorld, today } from './monitoring-helpers';

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let coordinator: Browser;

beforeAll(async () => {
  t = await monitoringWorld();
  coordinator = await t.as('coordinator@north.test');
});

const receive = (who: Browser, id: string, receivedOn: string, note = 'Paper original in file 2025-07') =>
  who.post(`/api/v1/reports/${id}/received-outside`, { receivedOn, note });

describe('a report received outside Outfall (paper or e-mail)', () => {
  it('is accepted on the day it arrived, with the note, one audit event and no violation when on time', async () => {
    const id = await insertObligation(t, {
      dueDate: addDays(today(), -100),
      periodEnd: addDays(today(), -130),
    });
    const res = await receive(coordinator, id, addDays(today(), -103));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted' });
    const [row] = await t.db.select().from(reports).where(eq(reports.id, id));
    expect(row!.receivedAt!.toISOString().slice(0, 10)).toBe(addDays(today(), -103));
    const events = (await eventsOfType(t.db, 'report.received_outside', t.world.orgs.plating.id)).filter(
      (e) => e.subjectId === id,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({
      receivedOn: addDays(today(), -103),
      note: 'Paper original in file 2025-07',
    });
    const opened = await t.db
      .select()
      .from(violations)
      .where(and(eq(violations.kind, 'reporting'), eq(violations.limitRef, id)));
    expect(opened).toHaveLength(0);
    // a second receipt is refused
    expect((await receive(coordinator, id, addDays(today(), -90))).statusCode).toBe(409);
  });

  it('opens the reporting violation when it arrived more than 45 days late (46 days), not at 45', async () => {
    const due = addDays(today(), -200);
    const onTime = await insertObligation(t, {
      dueDate: due,
      periodEnd: addDays(due, -30),
      requirementId: 'r:45',
    });
    expect((await receive(coordinator, onTime, addDays(due, 45))).statusCode).toBe(200);
    const late = await insertObligation(t, {
      dueDate: due,
      periodEnd: addDays(due, -30),
      requirementId: 'r:46',
    });
    expect((await receive(coordinator, late, addDays(due, 46))).statusCode).toBe(200);
    const kinds = async (id: string) =>
      (await t.db.select().from(violations).where(eq(violations.limitRef, id))).map((v) => v.computedValue);
    expect(await kinds(onTime)).toEqual([]);
    expect(await kinds(late)).toEqual(['46']);
  });

  it('names the field of a date in the future, and is the authority’s to record', async () => {
    const id = await insertObligation(t, {
      dueDate: addDays(today(), -10),
      periodEnd: addDays(today(), -40),
      requirementId: 'r:f',
    });
    const future = await receive(coordinator, id, addDays(today(), 1));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].path).toBe('receivedOn');
    const manager = await t.as('manager@plating.test');
    expect((await receive(manager, id, today())).statusCode).toBe(403);
    const south = await t.as('coordinator@south.test');
    expect((await receive(south, id, today())).statusCode).toBe(404);
  });
});
