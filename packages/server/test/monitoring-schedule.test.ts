import { PermitContent } from '@outfall/domain/contracts/permits';
import { beforeAll, describe, expect, it } from 'vitest';
import { notifications, violations } from '../src/db/schema';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import { eventsOfType, monitoringWorld, sampleEvent } from './monitoring-helpers';

/** One requirement per frequency: Cd daily … Zn annual, cyanide continuous-style daily records. */
const FREQUENCIES: Record<string, string> = {
  '01027': '01/01',
  '01034': '01/07',
  '01042': '01/30',
  '01051': '02/30',
  '01067': '01/90',
  '01077': '01/180',
  '01092': '01/365',
};

function contentWithFrequencies(): PermitContent {
  const content = metalFinishingPermitContent();
  for (const set of content.limitSets)
    for (const l of set.limits)
      if (FREQUENCIES[l.parameterCode]) l.frequencyCode = FREQUENCIES[l.parameterCode]!;
  content.monitoringRequirements = content.monitoringRequirements
    .filter((r) => FREQUENCIES[r.parameterCode!])
    .map((r) => ({ ...r, frequencyCode: FREQUENCIES[r.parameterCode!]! }));
  return PermitContent.parse(content);
}

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let plating: string;
beforeAll(async () => {
  t = await monitoringWorld(contentWithFrequencies());
  plating = t.world.orgs.plating.id;
});

type Event = {
  parameterCode: string;
  required: number;
  status: string;
  start: string;
  end: string;
  facilityId: string;
};

describe('sampling schedule', () => {
  it('generates the sampling events of each frequency from the permit', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.get(
      `/api/v1/monitoring/schedule?facilityId=${plating}&from=2026-01-01&to=2026-12-31&asOf=2027-02-01`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const events: Event[] = res.json();
    const of = (code: string) => events.filter((e) => e.parameterCode === code);
    expect(of('01027')).toHaveLength(365); // daily
    expect(of('01034')).toHaveLength(52); // Sunday–Saturday weeks ending in 2026
    expect(of('01042')).toHaveLength(12); // monthly
    expect(of('01051')).toHaveLength(12); // twice a month: 12 slots needing 2
    expect(of('01051').every((e) => e.required === 2)).toBe(true);
    expect(of('01067').map((e) => e.start)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(of('01077').map((e) => e.end)).toEqual(['2026-06-30', '2026-12-31']);
    expect(of('01092')).toEqual([expect.objectContaining({ start: '2026-01-01', end: '2026-12-31' })]);
  });

  it('marks events met, due and overdue from the samples taken', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(plating, '2026-03-10T08:00', [{ parameterCode: '01042', value: '0.50' }]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const events: Event[] = (
      await manager.get(
        `/api/v1/monitoring/schedule?facilityId=${plating}&from=2026-02-01&to=2026-04-30&asOf=2026-04-10`,
      )
    ).json();
    const copper = events.filter((e) => e.parameterCode === '01042').map((e) => `${e.start}:${e.status}`);
    expect(copper).toEqual(['2026-02-01:overdue', '2026-03-01:met', '2026-04-01:due']);
  });

  it('shows an authority its facilities and a facility only itself', async () => {
    const north = await t.as('coordinator@north.test');
    const all: Event[] = (
      await north.get('/api/v1/monitoring/schedule?from=2026-03-01&to=2026-03-31&asOf=2026-04-10')
    ).json();
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((e) => e.facilityId))).toEqual(new Set([plating]));
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get('/api/v1/monitoring/schedule?from=2026-03-01&to=2026-03-31')).json()).toEqual(
      [],
    );
    expect((await brewery.get(`/api/v1/monitoring/schedule?facilityId=${plating}`)).statusCode).toBe(404);
  });

  it('the sweep turns a missed required sample into a monitoring violation once its window closes', async () => {
    const operator = await t.as('admin@plating.test');
    const north = await t.as('coordinator@north.test');
    const res = await north.post('/api/v1/monitoring/sweep', { facilityId: plating, asOf: '2026-04-05' });
    expect(res.statusCode, res.body).toBe(200);
    const opened = res.json().violationsOpened as {
      parameterCode: string;
      periodStart: string;
      kind: string;
    }[];
    const copper = opened.filter((v) => v.parameterCode === '01042').map((v) => v.periodStart);
    expect(copper).toEqual(['2026-01-01', '2026-02-01']); // March was sampled; April is still open
    expect(opened.every((v) => v.kind === 'monitoring')).toBe(true);
    const again = await operator.post('/api/v1/monitoring/sweep', { asOf: '2026-04-05' });
    expect(again.json().violationsOpened).toEqual([]);
    const stored = await t.db.select().from(violations);
    expect(stored).toHaveLength(opened.length);
    expect((await eventsOfType(t.db, 'monitoring.missed_samples_swept', plating)).length).toBe(1);
    expect((await t.db.select().from(notifications)).some((n) => n.text.includes('missed'))).toBe(true);
    const manager = await t.as('manager@plating.test');
    const denied = await (await t.as('viewer@north.test')).post('/api/v1/monitoring/sweep', {});
    expect(denied.statusCode).toBe(403);
    expect((await manager.get(`/api/v1/monitoring/violations?kind=monitoring`)).json()).toHaveLength(
      opened.length,
    );
  });
});

describe('trends', () => {
  it('returns daily values, period averages, limits and exceedances, and exports CSV and XLSX', async () => {
    const manager = await t.as('manager@plating.test');
    await manager.post(
      '/api/v1/monitoring/samples',
      sampleEvent(plating, '2026-03-17T08:00', [{ parameterCode: '01042', value: '3.60' }]),
    );
    const q = `facilityId=${plating}&monitoringPoint=001&parameterCode=01042&from=2026-03-01&to=2026-03-31`;
    const res = await manager.get(`/api/v1/monitoring/trends?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.daily.map((d: { date: string }) => d.date)).toEqual(['2026-03-10', '2026-03-17']);
    expect(view.limits.map((l: { label: string }) => l.label).sort()).toEqual([
      'daily maximum',
      'monthly average',
    ]);
    expect(view.values).toEqual([
      expect.objectContaining({ label: 'monthly average', start: '2026-03-01', value: 2.05, outside: false }),
    ]);
    expect(view.exceedances).toEqual([
      expect.objectContaining({ start: '2026-03-17', value: '3.6', limit: '3.38' }),
    ]);
    const csv = await manager.get(`/api/v1/monitoring/trends/export?${q}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe('kind,start,end,statistic,value,unit,limit,exceeds,result_ids');
    expect(csv.body).toContain('daily maximum 3.38');
    const xlsx = await manager.get(`/api/v1/monitoring/trends/export?${q}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
