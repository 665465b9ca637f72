import { addDays } from '@outfall/domain/schedules/dates';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { permits } from '../src/db/schema';
import { makeUser } from '../src/factories';
import type { Browser } from './harness';
import { eventsOfType, monitoringWorld, sampleEvent, today } from './monitoring-helpers';

// biome-ignore lint/suspicious/noExplicitAny: the JSON bodies of the API under test
type Json = Record<string, any>;

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let coordinator: Browser;
let director: Browser;

async function health(who: Browser): Promise<Json> {
  const res = await who.get('/api/v1/program/health');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await monitoringWorld();
  await makeUser(t.db, t.world.orgs.north.id, { email: 'director@north.test', role: 'director' });
  coordinator = await t.as('coordinator@north.test');
  director = await t.as('director@north.test');
});

describe('program health (coordinator and director)', () => {
  it('starts with no enforcement and no penalties, and counts what the record holds', async () => {
    const view = await health(director);
    expect(view.asOf).toBe(today());
    expect(view.year.start).toBe(`${today().slice(0, 4)}-01-01`);
    expect(view.enforcement).toEqual({ open: 0, overdueResponses: [], recent: [] });
    expect(view.penalties).toEqual({ assessed: '0.00', collected: '0.00' });
    expect(view.oversight.siusInspected).toBeLessThanOrEqual(view.oversight.siuCount);
  });

  it('shows an NOV whose response is overdue to the director, and the year’s penalties to the cent', async () => {
    const manager = await t.as('manager@plating.test');
    const plating = t.world.orgs.plating.id;
    const sample = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(plating, `${addDays(today(), -12)}T08:00`, [{ parameterCode: '01042', value: '3.90' }]),
    );
    expect(sample.statusCode, sample.body).toBe(201);
    const violationId = sample.json().evaluation.violationsOpened[0].id as string;
    const nov = await coordinator.post('/api/v1/enforcement-actions', {
      facilityId: plating,
      violationIds: [violationId],
      type: 'notice_of_violation',
      issuedOn: addDays(today(), -10),
      responseDue: addDays(today(), -1),
      summary: 'Copper over the daily maximum',
    });
    expect(nov.statusCode, nov.body).toBe(201);
    const fine = await coordinator.post('/api/v1/enforcement-actions', {
      facilityId: plating,
      violationIds: [violationId],
      type: 'penalty',
      issuedOn: today(),
      summary: 'Fine',
      penaltyAssessed: '2500.10',
    });
    expect(fine.statusCode, fine.body).toBe(201);
    const paid = await coordinator.post(`/api/v1/enforcement-actions/${fine.json().id}/penalty-collected`, {
      amount: '1000.05',
      collectedOn: today(),
    });
    expect(paid.statusCode, paid.body).toBe(200);

    const view = await health(director);
    expect(view.enforcement.open).toBe(2);
    expect(view.enforcement.overdueResponses).toEqual([
      {
        actionId: nov.json().id,
        type: 'notice_of_violation',
        issuedOn: addDays(today(), -10),
        responseDue: addDays(today(), -1),
        facilityId: plating,
        facilityName: 'North Plating',
      },
    ]);
    expect(view.enforcement.recent.map((a: Json) => a.type)).toEqual(['penalty', 'notice_of_violation']);
    expect(view.penalties).toEqual({ assessed: '2500.10', collected: '1000.05' });

    // the facility answers: the NOV leaves the overdue list
    const answered = await coordinator.post(`/api/v1/enforcement-actions/${nov.json().id}/response`, {
      respondedOn: today(),
      note: 'Rinse tank leak fixed',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const after = await health(director);
    expect(after.enforcement.overdueResponses).toEqual([]);
    // answered is not finished: the NOV stays active until it is closed
    expect(after.enforcement.open).toBe(2);
    const closed = await coordinator.post(`/api/v1/enforcement-actions/${nov.json().id}/close`, {
      closedOn: today(),
      reason: 'Corrective action verified',
      returnToCompliance: false,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await health(director)).enforcement.open).toBe(1);
  });

  it('lists a permit expiring within 180 days, then as expired once its date has passed', async () => {
    await t.db
      .update(permits)
      .set({ expirationDate: addDays(today(), 90) })
      .where(eq(permits.id, t.permit.id));
    let view = await health(coordinator);
    expect(view.permits.expiringWithin180Days.map((p: Json) => p.permitNumber)).toEqual(['NP-433-001']);
    expect(view.permits.expired).toEqual([]);
    await t.db
      .update(permits)
      .set({ expirationDate: addDays(today(), -1) })
      .where(eq(permits.id, t.permit.id));
    view = await health(coordinator);
    expect(view.permits.expiringWithin180Days).toEqual([]);
    expect(view.permits.expired.map((p: Json) => [p.permitNumber, p.expirationDate])).toEqual([
      ['NP-433-001', addDays(today(), -1)],
    ]);
  });

  it('is the authority’s: a facility user is refused, another authority sees only its own program', async () => {
    const manager = await t.as('manager@plating.test');
    expect((await manager.get('/api/v1/program/health')).statusCode).toBe(403);
    const south = await t.as('coordinator@south.test');
    const view = await health(south);
    expect(view.enforcement.recent).toEqual([]);
    expect(view.permits.expired).toEqual([]);
  });

  it('saves program settings with one audit event and applies the reporting year', async () => {
    const current = (await coordinator.get('/api/v1/program/settings')).json();
    expect(current.isSaved).toBe(false);
    const { authorityId: _a, isSaved: _s, updatedAt: _u, ...input } = current;
    const bad = await coordinator.request('PUT', '/api/v1/program/settings', {
      ...input,
      npdesPermitId: 'IL-1',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('npdesPermitId');
    const saved = await coordinator.request('PUT', '/api/v1/program/settings', {
      ...input,
      reportingYearStartMonth: 7,
      lateReportDays: 30,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ isSaved: true, reportingYearStartMonth: 7, lateReportDays: 30 });
    const view = await health(coordinator);
    const y = Number(today().slice(0, 4));
    const start = Number(today().slice(5, 7)) >= 7 ? `${y}-07-01` : `${y - 1}-07-01`;
    expect(view.year.start).toBe(start);
    const events = await eventsOfType(t.db, 'program.settings_updated', t.world.orgs.north.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.before).toEqual({ reportingYearStartMonth: 1, lateReportDays: 45 });
    expect(events[0]!.after).toEqual({ reportingYearStartMonth: 7, lateReportDays: 30 });
  });
});
