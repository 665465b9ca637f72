import { addDays } from '@outfall/domain/schedules/dates';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFacility, makeUser } from '../src/factories';
import type { Browser } from './harness';
import { monitoringWorld, today } from './monitoring-helpers';

/**
 * What the facility's "Inspections" page (/my-inspections) reads: its completed inspections and
 * announced visits, each with findings, resulting violations, follow-ups and the report PDF; never
 * an unannounced visit before it happens, a cancelled or running one, nor another facility's.
 */
type World = Awaited<ReturnType<typeof monitoringWorld>>;
let t: World;
let coordinator: Browser;
let inspector: Browser;
let facilityViewer: Browser;
let inspectorId: string;
const T = today();
const ids = {} as Record<
  'completed' | 'announced' | 'unannounced' | 'cancelled' | 'running' | 'otherFacility',
  string
>;
let violationId: string;

async function schedule(facilityId: string, extra: Record<string, unknown> = {}) {
  const res = await coordinator.post('/api/v1/inspections', {
    facilityId,
    kind: 'routine',
    scheduledDate: T,
    assignedUserId: inspectorId,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await monitoringWorld();
  const north = t.world.orgs.north.id;
  const plating = t.world.orgs.plating.id;
  inspectorId = (await makeUser(t.db, north, { email: 'inspector@north.test', role: 'inspector' })).id;
  await makeUser(t.db, plating, { email: 'viewer@plating.test', role: 'viewer' });
  const foundry = (await makeFacility(t.db, { name: 'North Foundry', regulatedById: north })).id;
  coordinator = await t.as('coordinator@north.test');
  inspector = await t.as('inspector@north.test');
  facilityViewer = await t.as('viewer@plating.test');

  ids.completed = await schedule(plating);
  await inspector.post(`/api/v1/inspections/${ids.completed}/start`);
  const finding = await inspector.post(`/api/v1/inspections/${ids.completed}/findings`, {
    description: 'Slug control plan out of date',
    severity: 'violation',
    recordAsViolation: true,
  });
  expect(finding.statusCode, finding.body).toBe(201);
  violationId = finding.json().findings[0].violationId;
  await inspector.post(`/api/v1/inspections/${ids.completed}/findings`, {
    description: 'Housekeeping good',
    severity: 'observation',
  });
  await inspector.post(`/api/v1/inspections/${ids.completed}/follow-ups`, {
    description: 'Submit an updated slug control plan',
    dueDate: addDays(T, 30),
  });
  const withDone = await inspector.post(`/api/v1/inspections/${ids.completed}/follow-ups`, {
    description: 'Label the chromic acid drums',
    dueDate: addDays(T, 7),
  });
  const labelled = withDone
    .json()
    .followUps.find((f: { description: string }) => f.description === 'Label the chromic acid drums');
  await inspector.post(`/api/v1/inspections/${ids.completed}/follow-ups/${labelled.id}/complete`);
  const done = await inspector.post(`/api/v1/inspections/${ids.completed}/complete`, {});
  expect(done.statusCode, done.body).toBe(200);

  ids.announced = await schedule(plating, { kind: 'follow_up', scheduledDate: addDays(T, 20) });
  ids.unannounced = await schedule(plating, {
    kind: 'demand',
    scheduledDate: addDays(T, 10),
    announced: false,
  });
  ids.cancelled = await schedule(plating, { scheduledDate: addDays(T, 40) });
  await coordinator.post(`/api/v1/inspections/${ids.cancelled}/cancel`, { reason: 'Plant shut down' });
  ids.running = await schedule(plating, { kind: 'complaint' });
  await inspector.post(`/api/v1/inspections/${ids.running}/start`);
  ids.otherFacility = await schedule(foundry);
  await inspector.post(`/api/v1/inspections/${ids.otherFacility}/start`);
  await inspector.post(`/api/v1/inspections/${ids.otherFacility}/complete`, {});
});

describe('a facility user reads its inspections', () => {
  it('lists only its completed inspections and announced visits', async () => {
    const all = await facilityViewer.get('/api/v1/inspections');
    expect(all.statusCode, all.body).toBe(200);
    expect(
      all
        .json()
        .map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([ids.completed, ids.announced].sort());
    const completed = (await facilityViewer.get('/api/v1/inspections?status=completed')).json();
    expect(completed).toEqual([
      expect.objectContaining({
        id: ids.completed,
        status: 'completed',
        kind: 'routine',
        inspectedOn: T,
        assignedUserName: expect.any(String),
      }),
    ]);
    const scheduled = (await facilityViewer.get('/api/v1/inspections?status=scheduled')).json();
    expect(scheduled.map((i: { id: string }) => i.id)).toEqual([ids.announced]);
    for (const status of ['cancelled', 'in_progress']) {
      expect((await facilityViewer.get(`/api/v1/inspections?status=${status}`)).json()).toEqual([]);
    }
  });

  it('reads findings, the violation they became and open follow-ups, but may change nothing', async () => {
    const res = await facilityViewer.get(`/api/v1/inspections/${ids.completed}`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.findings).toHaveLength(2);
    expect(view.findings.filter((f: { violationId: string | null }) => f.violationId)).toEqual([
      expect.objectContaining({ description: 'Slug control plan out of date', violationId }),
    ]);
    expect(view.followUps).toEqual([
      expect.objectContaining({
        description: 'Label the chromic acid drums',
        completedAt: expect.any(String),
      }),
      expect.objectContaining({
        description: 'Submit an updated slug control plan',
        dueDate: addDays(T, 30),
        completedAt: null,
      }),
    ]);
    expect(view.can).toEqual({ perform: false, plan: false });
    const violation = await facilityViewer.get(`/api/v1/violations/${violationId}`);
    expect(violation.statusCode, violation.body).toBe(200);

    const base = `/api/v1/inspections/${ids.announced}`;
    expect((await facilityViewer.post(`${base}/start`)).statusCode).toBe(403);
    expect((await facilityViewer.post(`${base}/cancel`, { reason: 'no' })).statusCode).toBe(403);
    expect((await facilityViewer.request('PUT', base, { contacts: 'me' })).statusCode).toBe(403);
    expect((await facilityViewer.post(`/api/v1/inspections/${ids.completed}/complete`, {})).statusCode).toBe(
      403,
    );
    expect(
      (
        await facilityViewer.post(`/api/v1/inspections/${ids.completed}/findings`, {
          description: 'x',
          severity: 'deficiency',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('downloads the report PDF of its completed inspection, and of nothing hidden', async () => {
    const pdf = await facilityViewer.get(`/api/v1/inspections/${ids.completed}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    for (const hidden of [ids.unannounced, ids.cancelled, ids.running, ids.otherFacility]) {
      expect((await facilityViewer.get(`/api/v1/inspections/${hidden}`)).statusCode).toBe(404);
      expect((await facilityViewer.get(`/api/v1/inspections/${hidden}/report.pdf`)).statusCode).toBe(404);
    }
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get(`/api/v1/inspections/${ids.completed}/report.pdf`)).statusCode).toBe(404);
    expect((await brewery.get(`/api/v1/violations/${violationId}`)).statusCode).toBe(404);
  });
});
