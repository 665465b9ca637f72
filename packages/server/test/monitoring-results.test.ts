import { addDays } from '@outfall/domain/schedules/dates';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { notifications, outboxEmails, results, users, violations } from '../src/db/schema';
import { eventsOfType, monitoringWorld, sampleEvent, today } from './monitoring-helpers';

let t: Awaited<ReturnType<typeof monitoringWorld>>;
beforeAll(async () => {
  t = await monitoringWorld();
});

describe('results entry and evaluation', () => {
  it('an enforceable exceedance opens a violation with its calculation, notifies both sides and is audited', async () => {
    const manager = await t.as('manager@plating.test');
    const plating = t.world.orgs.plating.id;
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(plating, '2026-06-08T08:00', [
        { parameterCode: '01042', value: '3.52', analyzedAt: '2026-06-09T14:00' },
        { parameterCode: '01027', value: '0.10', analyzedAt: '2026-06-09T14:00' },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.results).toHaveLength(2);
    const opened = body.evaluation.violationsOpened;
    const daily = opened.find((v: { limitRef: string }) => v.limitRef === 'limit:001:01042:DD');
    expect(daily).toMatchObject({
      kind: 'effluent',
      status: 'open',
      periodStart: '2026-06-08',
      computedValue: '3.52',
      limitValue: '3.38',
      exceedancePct: '4',
      noticeDue: addDays(today(), 1),
      resampleDue: addDays(today(), 30),
    });
    const copper = body.results.find((r: { parameterCode: string }) => r.parameterCode === '01042');
    expect(daily.resultIds).toEqual([copper.id]);
    expect(daily.explanation.limit.label).toBe('daily maximum');
    // one sample in June: the monthly average 3.52 also exceeds 2.07
    expect(opened.map((v: { limitRef: string }) => v.limitRef).sort()).toEqual([
      'limit:001:01042:DD',
      'limit:001:01042:MK',
    ]);
    const rows = await t.db
      .select({ email: users.email, kind: notifications.kind })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId));
    expect(new Set(rows.map((r) => r.email))).toEqual(
      new Set(['manager@plating.test', 'coordinator@north.test']),
    );
    const mail = await t.db.select().from(outboxEmails);
    expect(
      mail
        .filter((m) => m.subject.includes('Copper'))
        .map((m) => m.to)
        .sort(),
    ).toEqual([
      'coordinator@north.test',
      'coordinator@north.test',
      'manager@plating.test',
      'manager@plating.test',
    ]);
    expect(mail[0]!.text).toContain('403.12(g)(2)');
    const events = await eventsOfType(t.db, 'monitoring.results_recorded', plating);
    expect(events).toHaveLength(1);
    expect(
      (events[0]!.after as { evaluation: { violationsOpened: string[] } }).evaluation.violationsOpened,
    ).toHaveLength(2);
  });

  it('an alert-only level produces a warning notification, not a violation', async () => {
    const manager = await t.as('manager@plating.test');
    const before = await t.db.select().from(violations);
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, '2026-05-04T08:00', [
        { parameterCode: '00530', value: '140', method: 'SM 2540 D' },
      ]),
    );
    const res2 = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, '2026-05-11T08:00', [
        { parameterCode: '00530', value: '320', method: 'SM 2540 D' },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res2.statusCode, res2.body).toBe(201);
    const evaluation = res2.json().evaluation;
    expect(evaluation.violationsOpened).toEqual([]);
    expect(evaluation.warnings).toHaveLength(1);
    expect(evaluation.warnings[0]).toContain('alert level');
    expect(await t.db.select().from(violations)).toHaveLength(before.length);
    const warnings = await t.db.select().from(notifications).where(eq(notifications.kind, 'warning'));
    expect(warnings.length).toBe(2);
  });

  it('checks a typed value against the limits in effect', async () => {
    const operator = await t.as('manager@plating.test');
    const res = await operator.post('/api/v1/monitoring/check-value', {
      facilityId: t.world.orgs.plating.id,
      monitoringPoint: '001',
      parameterCode: '01092',
      date: '2026-07-15',
      value: '2.80',
      unit: 'mg/L',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'exceeds',
      message: '2.80 mg/L — exceeds daily maximum 2.61',
    });
  });

  it('a correction is a new version that re-evaluates the periods and closes violations whose basis disappeared', async () => {
    const manager = await t.as('manager@plating.test');
    const list = await manager.get(
      `/api/v1/monitoring/results?facilityId=${t.world.orgs.plating.id}&parameterCode=01042`,
    );
    const copper = list.json()[0];
    const res = await manager.post(`/api/v1/monitoring/results/${copper.id}/corrections`, {
      value: '0.352',
      reason: 'Transcription error: the lab reported 0.352 mg/L',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { evaluation, results: created } = res.json();
    expect(created[0]).toMatchObject({ supersedesId: copper.id, value: '0.352' });
    expect(evaluation.violationsClosed).toHaveLength(2);
    expect(evaluation.violationsClosed[0].closedReason).toContain('Transcription error');
    const old = await t.db.select().from(results).where(eq(results.id, copper.id));
    expect(old[0]!.valueText).toBe('3.52');
    const all = await manager.get(
      `/api/v1/monitoring/results?facilityId=${t.world.orgs.plating.id}&parameterCode=01042&includeSuperseded=true`,
    );
    expect(
      all
        .json()
        .map((r: { superseded: boolean }) => r.superseded)
        .sort(),
    ).toEqual([false, true]);
    const again = await manager.post(`/api/v1/monitoring/results/${copper.id}/corrections`, {
      value: '0.1',
      reason: 'again',
    });
    expect(again.statusCode).toBe(409);
    expect(await eventsOfType(t.db, 'monitoring.result_corrected', t.world.orgs.plating.id)).toHaveLength(1);
  });

  it('surfaces holding-time and method checks on the stored result', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(
        t.world.orgs.plating.id,
        '2026-04-01T09:00',
        [
          { parameterCode: '00720', value: '0.10', method: 'SM 4500-CN E', analyzedAt: '2026-05-01T09:00' },
          { parameterCode: '01051', value: '0.10', method: 'EPA 999.9', analyzedAt: '2026-04-02T09:00' },
        ],
        { sampleType: 'N' },
      ),
    );
    expect(res.statusCode, res.body).toBe(201);
    const [cyanide, lead] = res.json().results;
    const check = (
      r: { quality: { checks: { check: string; status: string; message: string }[] } },
      kind: string,
    ) => r.quality.checks.find((c) => c.check === kind)!;
    expect(check(cyanide, 'holding_time').status).not.toBe('pass');
    expect(check(cyanide, 'method').status).toBe('pass');
    expect(check(lead, 'method').status).not.toBe('pass');
    expect(cyanide.countsForCompliance).toBe(true);
  });

  it('refuses a bad value naming the field, and saves nothing', async () => {
    const manager = await t.as('manager@plating.test');
    const before = (await t.db.select().from(results)).length;
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, '2026-07-01T08:00', [
        { parameterCode: '01042', value: '0.5' },
        { parameterCode: '01092', value: 'abc' },
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('results.1.value');
    const future = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, `${addDays(today(), 2)}T08:00`, [
        { parameterCode: '01042', value: '0.5' },
      ]),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].path).toBe('collectedStart');
    expect((await t.db.select().from(results)).length).toBe(before);
  });
});
