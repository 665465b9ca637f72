import { PermitContent } from '@outfall/domain/contracts/permits';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { dailyFlows, notifications, violations } from '../src/db/schema';
import { eventsOfType, monitoringWorld, platingContentWithAlert, sampleEvent } from './monitoring-helpers';

/** The plating permit with a zinc daily maximum load of 0.5 lb/d at outfall 001. */
function contentWithZincLoad(): PermitContent {
  const content = platingContentWithAlert();
  const set = content.limitSets[0]!;
  const zinc = set.limits.find((l) => l.id === 'limit:001:01092:DD')!;
  set.limits.push({
    ...zinc,
    id: 'limit:001:01092:LBD',
    unitCode: null,
    unitText: 'lb/d',
    statisticalBaseCode: 'MB',
    value: '0.5',
    basis: 'local',
    categoricalCitation: null,
  });
  return PermitContent.parse(content);
}

let t: Awaited<ReturnType<typeof monitoringWorld>>;
beforeAll(async () => {
  t = await monitoringWorld(contentWithZincLoad());
});

const LOAD = 'limit:001:01092:LBD';
const flow = (flowDate: string, value: string, unit: 'MGD' | 'gpd' = 'MGD') => ({
  facilityId: t.world.orgs.plating.id,
  monitoringPoint: '001',
  flowDate,
  flow: value,
  unit,
});

describe('daily flows and mass loadings', () => {
  it('a concentration with the day’s flow exceeds a lb/d limit and opens a violation', async () => {
    const manager = await t.as('manager@plating.test');
    const recorded = await manager.post('/api/v1/monitoring/flows', flow('2026-03-10', '0.1'));
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().flow).toMatchObject({ flowDate: '2026-03-10', flowMgd: '0.1' });
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, '2026-03-10T08:00', [{ parameterCode: '01092', value: '1.0' }]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { evaluation } = res.json();
    // 1.0 mg/L × 0.1 MGD × 8.34 = 0.834 lb/d > 0.5 lb/d; 1.0 mg/L is within the concentration limits
    expect(evaluation.violationsOpened.map((v: { limitRef: string }) => v.limitRef)).toEqual([LOAD]);
    expect(evaluation.violationsOpened[0]).toMatchObject({ computedValue: '0.834', limitValue: '0.5' });
    expect(evaluation.notEvaluable).toEqual([]);
  });

  it('without the day’s flow a mass limit is reported as not evaluable, not passed; the flow then evaluates it', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, '2026-04-14T08:00', [{ parameterCode: '01092', value: '1.0' }]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { evaluation } = res.json();
    expect(evaluation.violationsOpened).toEqual([]);
    expect(evaluation.notEvaluable).toHaveLength(1);
    expect(evaluation.notEvaluable[0]).toContain('not evaluable for 2026-04-14: no daily flow recorded');

    const recorded = await manager.post('/api/v1/monitoring/flows', flow('2026-04-14', '0.1'));
    expect(recorded.statusCode, recorded.body).toBe(201);
    const opened = recorded.json().evaluation.violationsOpened;
    expect(opened.map((v: { limitRef: string; periodStart: string }) => [v.limitRef, v.periodStart])).toEqual(
      [[LOAD, '2026-04-14']],
    );

    // a change: 20,000 gpd = 0.02 MGD → 0.1668 lb/d, within the limit: the violation closes
    const changed = await manager.post('/api/v1/monitoring/flows', flow('2026-04-14', '20000', 'gpd'));
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().flow.flowMgd).toBe('0.02');
    expect(changed.json().evaluation.violationsClosed.map((v: { id: string }) => v.id)).toEqual([
      opened[0].id,
    ]);
    const [closed] = await t.db.select().from(violations).where(eq(violations.id, opened[0].id));
    expect(closed!.closedReason).toBe('no longer exceeded after the daily flow changed');

    const events = await eventsOfType(t.db, 'monitoring.flow_recorded', t.world.orgs.plating.id);
    const change = events.find((e) => e.before !== null)!;
    expect(change.before).toEqual({ flowMgd: '0.1' });
    expect(change.after).toMatchObject({ flowDate: '2026-04-14', flowMgd: '0.02' });
    expect(events).toHaveLength(3);
    const rows = await t.db.select().from(dailyFlows).where(eq(dailyFlows.flowDate, '2026-04-14'));
    expect(rows).toHaveLength(1); // one per point per day
  });

  it('lists flows; enforces permissions and tenancy', async () => {
    const plating = t.world.orgs.plating.id;
    const coordinator = await t.as('coordinator@north.test');
    const list = await coordinator.get(`/api/v1/monitoring/flows?facilityId=${plating}&monitoringPoint=001`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().map((f: { flowDate: string; flowMgd: string }) => [f.flowDate, f.flowMgd])).toEqual([
      ['2026-03-10', '0.1'],
      ['2026-04-14', '0.02'],
    ]);
    const other = await t.as('manager@brewery.test');
    expect((await other.get(`/api/v1/monitoring/flows?facilityId=${plating}`)).statusCode).toBe(404);
    expect((await other.post('/api/v1/monitoring/flows', flow('2026-04-15', '0.1'))).statusCode).toBe(404);
    const south = await t.as('coordinator@south.test');
    expect((await south.get(`/api/v1/monitoring/flows?facilityId=${plating}`)).statusCode).toBe(404);
    const viewer = await t.as('viewer@north.test');
    expect((await viewer.get(`/api/v1/monitoring/flows?facilityId=${plating}`)).statusCode).toBe(200);
    expect((await viewer.post('/api/v1/monitoring/flows', flow('2026-04-15', '0.1'))).statusCode).toBe(403);
    const bad = await coordinator.post('/api/v1/monitoring/flows', {
      ...flow('2026-04-15', '-1'),
      unit: 'L',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('low headroom', () => {
  it('a period average within 10 % of an enforceable limit warns without a violation', async () => {
    const manager = await t.as('manager@plating.test');
    const before = await t.db.select().from(violations);
    // copper monthly average limit 2.07 mg/L; 1.95 is 5.8 % below it (daily maximum 3.38)
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, '2026-09-09T08:00', [{ parameterCode: '01042', value: '1.95' }]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { evaluation } = res.json();
    expect(evaluation.violationsOpened).toEqual([]);
    expect(evaluation.warnings).toHaveLength(1);
    expect(evaluation.warnings[0]).toContain('low headroom');
    expect(evaluation.warnings[0]).toContain('2026-09-01 – 2026-09-30');
    // mean of two daily values stays ≤ 2.07: the next may be at most 2 × 2.07 − 1.95
    expect(evaluation.warnings[0]).toContain('at or below 2.19 mg/L');
    expect(await t.db.select().from(violations)).toHaveLength(before.length);
    const warnings = await t.db.select().from(notifications).where(eq(notifications.kind, 'warning'));
    expect(warnings.some((w) => w.text.includes('low headroom'))).toBe(true);

    // well below the limit: no warning
    const calm = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(t.world.orgs.plating.id, '2026-10-07T08:00', [{ parameterCode: '01042', value: '1.0' }]),
    );
    expect(calm.statusCode, calm.body).toBe(201);
    expect(calm.json().evaluation.warnings).toEqual([]);
  });
});
