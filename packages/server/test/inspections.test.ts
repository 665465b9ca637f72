import { PermitContent } from '@outfall/domain/contracts/permits';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import {
  auditEvents,
  facilityClassificationHistory,
  facilityClassifications,
  inspectionFindings,
  inspections,
  organizations,
  violations,
} from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import { actorFor, makeFacility, makeSampleEvent, makeUser } from '../src/factories';
import { inspectionCoverage } from '../src/inspections/coverage';
import { inspectionPlanView } from '../src/inspections/plan';
import { type Browser, testDatabase } from './harness';
import { monitoringWorld, platingContentWithAlert, sampleEvent, today } from './monitoring-helpers';

type World = Awaited<ReturnType<typeof monitoringWorld>>;
let t: World;
let coordinator: Browser;
let inspector: Browser;
let inspectorId: string;
let foundryId: string;
let bakeryId: string;
const T = today();
const Y = Number(T.slice(0, 4));
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** The Part 433 permit with a 403.12(e)(2) monitoring waiver for lead (01051). */
function contentWithWaiver(): PermitContent {
  const content = platingContentWithAlert();
  content.specialConditions.push({
    id: 'sc:waiver:01051',
    kind: 'monitoring_waiver',
    title: 'Monitoring waiver — lead',
    text: 'Lead is not present in the process wastewater (403.12(e)(2)).',
    parameterCode: '01051',
  });
  return PermitContent.parse(content);
}

async function classify(facilityId: string, effectiveClass: string, middleTier = false) {
  await t.db.insert(facilityClassifications).values({
    facilityId,
    computedClass: effectiveClass as 'SIU_CATEGORICAL',
    effectiveClass: effectiveClass as 'SIU_CATEGORICAL',
    middleTier,
    computed: {} as never,
    effective: {} as never,
    inputs: {} as never,
  });
}

type Activity = {
  kind: string;
  state: string;
  parameterCode: string | null;
  dueDate: string | null;
  lastDone: string | null;
  windowStart: string | null;
  scheduled: { id: string }[];
};
async function planOf(b: Browser, year?: number) {
  const res = await b.get(`/api/v1/inspections/plan${year ? `?year=${year}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    year: { start: string; end: string };
    dueCount: number;
    overdueCount: number;
    facilities: { facilityId: string; iuClass: string; middleTier: boolean; activities: Activity[] }[];
  };
}
const activity = (plan: Awaited<ReturnType<typeof planOf>>, facilityId: string, kind: string) => {
  const f = plan.facilities.find((x) => x.facilityId === facilityId);
  return f?.activities.find((a) => a.kind === kind);
};

beforeAll(async () => {
  t = await monitoringWorld(contentWithWaiver());
  const north = t.world.orgs.north.id;
  inspectorId = (await makeUser(t.db, north, { email: 'inspector@north.test', role: 'inspector' })).id;
  foundryId = (await makeFacility(t.db, { name: 'North Foundry', regulatedById: north })).id;
  bakeryId = (await makeFacility(t.db, { name: 'North Bakery', regulatedById: north })).id;
  await classify(t.world.orgs.plating.id, 'SIU_CATEGORICAL');
  await classify(t.world.orgs.brewery.id, 'NSCIU');
  await classify(foundryId, 'SIU_CATEGORICAL', true);
  await t.db.insert(facilityClassificationHistory).values({
    facilityId: t.world.orgs.plating.id,
    cause: 'profile',
    computedClass: 'SIU_CATEGORICAL',
    effectiveClass: 'SIU_CATEGORICAL',
    middleTier: false,
    decidedBy: [] as never,
    asOf: `${Y - 3}-03-01`,
  });
  // the middle-tier foundry was inspected and sampled last reporting year
  await t.db.insert(inspections).values({
    authorityId: north,
    facilityId: foundryId,
    kind: 'routine',
    status: 'completed',
    includesSampling: true,
    scheduledDate: `${Y - 1}-06-15`,
    inspectedOn: `${Y - 1}-06-15`,
    completedAt: new Date(`${Y - 1}-06-15T15:00:00Z`),
  });
  coordinator = await t.as('coordinator@north.test');
  inspector = await t.as('inspector@north.test');
});

describe('the plan from stored data (§3.1, §3.2)', () => {
  it('lists each class with its required activities', async () => {
    const plan = await planOf(coordinator);
    expect(plan.year).toMatchObject({ start: `${Y}-01-01`, end: `${Y}-12-31` });
    const plating = t.world.orgs.plating.id;
    expect(activity(plan, plating, 'inspection')).toMatchObject({ state: 'due', dueDate: `${Y}-12-31` });
    expect(activity(plan, plating, 'sampling')?.state).toBe('due');
    // designated three years ago, never evaluated: the first slug evaluation was due a year after
    expect(activity(plan, plating, 'slug_evaluation')).toMatchObject({
      dueDate: `${Y - 2}-03-01`,
      state: 'overdue',
    });
    expect(activity(plan, plating, 'waived_pollutant_sampling')).toMatchObject({
      parameterCode: '01051',
      windowStart: '2025-02-01',
      dueDate: '2030-01-31',
      state: 'due',
    });
    expect(plan.facilities.find((f) => f.facilityId === t.world.orgs.brewery.id)?.activities).toEqual([
      expect.objectContaining({ kind: 'nsciu_evaluation', state: 'due' }),
    ]);
    const foundry = plan.facilities.find((f) => f.facilityId === foundryId)!;
    expect(foundry.middleTier).toBe(true);
    expect(activity(plan, foundryId, 'inspection')).toMatchObject({
      windowStart: `${Y - 1}-01-01`,
      lastDone: `${Y - 1}-06-15`,
      state: 'done',
    });
    expect(activity(plan, foundryId, 'sampling')?.state).toBe('done');
    expect(plan.facilities.find((f) => f.facilityId === bakeryId)?.activities).toEqual([
      expect.objectContaining({ kind: 'inspection', state: 'not_required' }),
    ]);
    // South's tannery is not in North's plan
    expect(plan.facilities.some((f) => f.facilityId === t.world.orgs.tannery.id)).toBe(false);
    // last year: the plating SIU was never inspected → overdue
    const last = await planOf(coordinator, Y - 1);
    expect(activity(last, plating, 'inspection')?.state).toBe('overdue');
    expect(last.overdueCount).toBeGreaterThan(0);
  });

  it('counts an authority sample for annual sampling and for the waived pollutant', async () => {
    const actor = await actorFor(t.db, t.world.users.northCoordinator.id, t.world.orgs.north.id);
    await makeSampleEvent(t.db, actor, {
      ...sampleEvent(t.world.orgs.plating.id, T, [
        { parameterCode: '01051', value: '0.01' },
        { parameterCode: '01042', value: '0.1' },
      ]),
      collectionMethod: 'composite' as const,
    });
    const plan = await planOf(coordinator);
    expect(activity(plan, t.world.orgs.plating.id, 'sampling')).toMatchObject({ state: 'done', lastDone: T });
    expect(activity(plan, t.world.orgs.plating.id, 'waived_pollutant_sampling')?.state).toBe('done');
    expect(activity(plan, t.world.orgs.plating.id, 'inspection')?.state).toBe('due');
  });

  it('is the authority’s only', async () => {
    const manager = await t.as('manager@plating.test');
    expect((await manager.get('/api/v1/inspections/plan')).statusCode).toBe(403);
  });
});

describe('an inspection from schedule to report', () => {
  let id: string;

  it('refuses scheduling by an inspector and checks the facility and the assignee', async () => {
    const body = {
      facilityId: t.world.orgs.plating.id,
      kind: 'routine',
      scheduledDate: T,
      assignedUserId: inspectorId,
      includesSampling: true,
    };
    expect((await inspector.post('/api/v1/inspections', body)).statusCode).toBe(403);
    const other = await coordinator.post('/api/v1/inspections', {
      ...body,
      facilityId: t.world.orgs.tannery.id,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields[0].path).toBe('facilityId');
    const manager = await coordinator.post('/api/v1/inspections', {
      ...body,
      assignedUserId: t.world.users.platingManager.id,
    });
    expect(manager.statusCode).toBe(400);
    expect(manager.json().error.fields[0].path).toBe('assignedUserId');
    expect(
      await t.db.select().from(inspections).where(eq(inspections.facilityId, t.world.orgs.plating.id)),
    ).toHaveLength(0);
  });

  it('schedules with the default checklist and shows it against the plan', async () => {
    const res = await coordinator.post('/api/v1/inspections', {
      facilityId: t.world.orgs.plating.id,
      kind: 'routine',
      scheduledDate: T,
      assignedUserId: inspectorId,
      includesSampling: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    id = view.id;
    expect(view).toMatchObject({
      status: 'scheduled',
      assignedUserName: expect.any(String),
      permitNumber: 'NP-433-001',
    });
    expect(view.checklist.length).toBeGreaterThanOrEqual(18);
    expect(new Set(view.checklist.map((c: { section: string }) => c.section))).toContain(
      'Slug/spill control plan',
    );
    expect(view.unansweredCount).toBe(view.checklist.length);
    const plan = await planOf(coordinator);
    expect(activity(plan, t.world.orgs.plating.id, 'inspection')?.scheduled.map((s) => s.id)).toEqual([id]);
    const mine = await inspector.get('/api/v1/inspections?mine=true');
    expect(mine.json().map((i: { id: string }) => i.id)).toEqual([id]);
    const templates = await coordinator.get('/api/v1/inspections/templates');
    expect(templates.json()).toHaveLength(1);
  });

  it('runs on site: start, checklist, finding → violation, follow-up, photo, complete', async () => {
    const early = await inspector.request('PUT', `/api/v1/inspections/${id}`, {
      checklist: [{ id: 's1.1', answer: 'yes' }],
    });
    expect(early.statusCode).toBe(409);
    expect((await inspector.post(`/api/v1/inspections/${id}/start`)).json().status).toBe('in_progress');

    const saved = await inspector.request('PUT', `/api/v1/inspections/${id}`, {
      checklist: [
        { id: 's1.1', answer: 'yes' },
        { id: 's4.1', answer: 'no', note: 'Slug plan dated 2019, not updated after the new plating line' },
      ],
      contacts: 'Dana Reyes, EHS manager',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().unansweredCount).toBe(saved.json().checklist.length - 2);
    const bad = await inspector.request('PUT', `/api/v1/inspections/${id}`, {
      checklist: [{ id: 'nope', answer: 'yes' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('checklist.0.id');
    // the same save again changes nothing and writes no event
    const updatesBefore = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.eventType, 'inspection.updated'));
    await inspector.request('PUT', `/api/v1/inspections/${id}`, { contacts: 'Dana Reyes, EHS manager' });
    const updatesAfter = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.eventType, 'inspection.updated'));
    expect(updatesAfter).toHaveLength(updatesBefore.length);
    expect(updatesBefore).toHaveLength(1);

    const finding = await inspector.post(`/api/v1/inspections/${id}/findings`, {
      description: 'Slug control plan out of date',
      severity: 'violation',
      checklistItemId: 's4.1',
      recordAsViolation: true,
    });
    expect(finding.statusCode, finding.body).toBe(201);
    const f = finding.json().findings[0];
    expect(f.violationId).toEqual(expect.any(String));
    const [v] = await t.db.select().from(violations).where(eq(violations.id, f.violationId));
    expect(v).toMatchObject({
      facilityId: t.world.orgs.plating.id,
      kind: 'inspection',
      status: 'open',
      description: 'Slug control plan out of date',
      detectedOn: T,
      findingId: f.id,
      parameterCode: '',
      monitoringPoint: '',
      periodStart: T,
      periodEnd: T,
      resultIds: [],
      permitId: t.permit.id,
    });
    expect(v!.limitRef.startsWith(`inspection:${id}`)).toBe(true);
    expect(v!.explanation).toEqual({
      inspectionId: id,
      findingId: f.id,
      text: 'Slug control plan out of date',
    });
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.eventType, 'inspection.finding_added'), eq(auditEvents.subjectId, f.id)));
    expect((event!.after as { violationId: string }).violationId).toBe(f.violationId);

    // a second finding, recorded as a violation afterwards
    const second = await inspector.post(`/api/v1/inspections/${id}/findings`, {
      description: 'Drums of chromic acid without secondary containment',
      severity: 'deficiency',
    });
    const f2 = second.json().findings[1];
    expect(f2.violationId).toBeNull();
    const recorded = await inspector.post(`/api/v1/inspections/${id}/findings/${f2.id}/violation`);
    expect(recorded.statusCode, recorded.body).toBe(201);
    const again = await inspector.post(`/api/v1/inspections/${id}/findings/${f2.id}/violation`);
    expect(again.statusCode).toBe(409);
    const [linked] = await t.db.select().from(inspectionFindings).where(eq(inspectionFindings.id, f2.id));
    const recordedEvents = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.eventType, 'violation.recorded'), eq(auditEvents.subjectId, linked!.violationId!)),
      );
    expect(recordedEvents).toHaveLength(1);
    const observation = await inspector.post(`/api/v1/inspections/${id}/findings`, {
      description: 'Housekeeping good',
      severity: 'observation',
      recordAsViolation: true,
    });
    expect(observation.statusCode).toBe(400);

    const followUp = await inspector.post(`/api/v1/inspections/${id}/follow-ups`, {
      description: 'Submit an updated slug control plan',
      dueDate: addDays(T, 30),
    });
    expect(followUp.statusCode, followUp.body).toBe(201);
    expect(followUp.json().followUps).toEqual([
      expect.objectContaining({ description: 'Submit an updated slug control plan', completedAt: null }),
    ]);

    const photo = await inspector.post('/api/v1/documents', {
      organizationId: t.world.orgs.plating.id,
      title: 'Chromic acid drums',
      kind: 'photo',
      documentDate: T,
      links: [{ kind: 'inspection', id }],
      fileName: 'drums.png',
      base64: PNG,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const link = photo.json().links.find((l: { kind: string }) => l.kind === 'inspection');
    expect(link).toMatchObject({ href: `/inspections/${id}`, label: `Inspection of North Plating on ${T}` });

    const done = await inspector.post(`/api/v1/inspections/${id}/complete`, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', inspectedOn: T });
    expect(done.json().documents).toEqual([
      expect.objectContaining({
        title: 'Chromic acid drums',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    expect(
      (
        await inspector.post(`/api/v1/inspections/${id}/findings`, {
          description: 'x',
          severity: 'deficiency',
        })
      ).statusCode,
    ).toBe(409);

    const types = (
      await t.db
        .select({ type: auditEvents.eventType })
        .from(auditEvents)
        .where(eq(auditEvents.subjectId, id))
    ).map((e) => e.type);
    expect(types).toEqual([
      'inspection.scheduled',
      'inspection.started',
      'inspection.updated',
      'inspection.completed',
    ]);
  });

  it('counts in the plan and the coverage once completed', async () => {
    const plan = await planOf(coordinator);
    expect(activity(plan, t.world.orgs.plating.id, 'inspection')).toMatchObject({
      state: 'done',
      lastDone: T,
    });
    const coverage = await inspectionCoverage(t.db, t.world.orgs.north.id, T);
    expect(coverage).toMatchObject({ siuCount: 2, siusInspected: 1, siusSampled: 1 });
    expect(coverage.dueCount + coverage.overdueCount).toBe(plan.dueCount + plan.overdueCount);
  });

  it('renders the inspection report PDF', async () => {
    const res = await coordinator.get(`/api/v1/inspections/${id}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('shows a facility its own completed inspection, and nobody else', async () => {
    const manager = await t.as('manager@plating.test');
    const own = await manager.get(`/api/v1/inspections/${id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().can).toEqual({ perform: false, plan: false });
    expect((await manager.get(`/api/v1/inspections/${id}/report.pdf`)).statusCode).toBe(200);
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get(`/api/v1/inspections/${id}`)).statusCode).toBe(404);
    expect((await brewery.get(`/api/v1/inspections/${id}/report.pdf`)).statusCode).toBe(404);
    expect((await brewery.get('/api/v1/inspections')).json()).toEqual([]);
    const south = await t.as('coordinator@south.test');
    expect((await south.get(`/api/v1/inspections/${id}`)).statusCode).toBe(404);
    expect((await manager.post(`/api/v1/inspections/${id}/start`)).statusCode).toBe(403);
  });

  it('puts announced visits on the authority’s deadlines and follow-ups on the facility’s', async () => {
    const next = await coordinator.post('/api/v1/inspections', {
      facilityId: t.world.orgs.plating.id,
      kind: 'follow_up',
      scheduledDate: T,
      assignedUserId: inspectorId,
    });
    const nextId = next.json().id;
    const authority = (await coordinator.get('/api/v1/deadlines?kind=inspection')).json();
    expect(authority).toEqual([
      expect.objectContaining({
        key: `inspection:${nextId}`,
        ownerOrganizationId: t.world.orgs.north.id,
        ownerUserId: inspectorId,
        dueDate: T,
        link: `/inspections/${nextId}`,
      }),
    ]);
    const manager = await t.as('manager@plating.test');
    const facility = (await manager.get('/api/v1/deadlines?kind=inspection_follow_up')).json();
    expect(facility).toEqual([
      expect.objectContaining({
        kind: 'inspection_follow_up',
        ownerOrganizationId: t.world.orgs.plating.id,
        dueDate: addDays(T, 30),
      }),
    ]);
    await coordinator.post(`/api/v1/inspections/${nextId}/cancel`, { reason: 'Rescheduled' });
    expect((await coordinator.get('/api/v1/deadlines?kind=inspection')).json()).toEqual([]);
  });

  it('hides a scheduled unannounced inspection from the facility', async () => {
    const res = await coordinator.post('/api/v1/inspections', {
      facilityId: t.world.orgs.plating.id,
      kind: 'demand',
      scheduledDate: '2099-03-01',
      announced: false,
    });
    expect(res.statusCode).toBe(201);
    const hidden = res.json().id;
    const manager = await t.as('manager@plating.test');
    expect((await manager.get(`/api/v1/inspections/${hidden}`)).statusCode).toBe(404);
    const list = (await manager.get('/api/v1/inspections')).json().map((i: { id: string }) => i.id);
    expect(list).toEqual([id]);
    const cancelled = await coordinator.post(`/api/v1/inspections/${hidden}/cancel`, {
      reason: 'Plant shut down',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledReason: 'Plant shut down' });
    expect((await coordinator.post(`/api/v1/inspections/${hidden}/start`)).statusCode).toBe(409);
  });

  it('versions a checklist template; inspections keep their snapshot', async () => {
    const [current] = (await coordinator.get('/api/v1/inspections/templates')).json();
    const res = await coordinator.request('PUT', `/api/v1/inspections/templates/${current.id}`, {
      name: current.name,
      kinds: [],
      items: [
        ...current.items,
        { section: 'Changes in process or discharge', text: 'New wastewater streams' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2 });
    expect(res.json().items).toHaveLength(current.items.length + 1);
    const list = (await coordinator.get('/api/v1/inspections/templates')).json();
    expect(list.map((x: { id: string }) => x.id)).toEqual([res.json().id]);
    const view = (await coordinator.get(`/api/v1/inspections/${id}`)).json();
    expect(view.checklist).toHaveLength(current.items.length);
    expect(
      (await inspector.request('PUT', `/api/v1/inspections/templates/${res.json().id}`, current)).statusCode,
    ).toBe(403);
    const empty = await coordinator.post('/api/v1/inspections/templates', { name: 'Empty', items: [] });
    expect(empty.statusCode).toBe(400);
  });
});

describe('demo inspections', () => {
  let database: Database;
  let springfieldId: string;

  beforeAll(async () => {
    database = await testDatabase();
    await seedDemo(database.db, { labImport: false });
    const [s] = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Springfield Water Reclamation'));
    springfieldId = s!.id;
  }, 240_000);
  it('has a completed inspection of Acme Plating and a visit of Riverside Foods within two weeks', async () => {
    const rows = await database.db
      .select({ inspection: inspections, facility: organizations.name })
      .from(inspections)
      .innerJoin(organizations, eq(organizations.id, inspections.facilityId));
    const acme = rows.find((r) => r.facility === 'Acme Plating')!.inspection;
    expect(acme).toMatchObject({ status: 'completed', includesSampling: true });
    expect(acme.inspectedOn! <= T).toBe(true);
    const riverside = rows.find((r) => r.facility === 'Riverside Foods')!.inspection;
    expect(riverside.status).toBe('scheduled');
    expect(riverside.scheduledDate > T).toBe(true);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, acme.id))
      .orderBy(auditEvents.seq);
    expect(events.map((e) => e.eventType)).toEqual([
      'inspection.scheduled',
      'inspection.started',
      'inspection.updated',
      'inspection.completed',
    ]);
  });

  it('leaves the other SIUs due or overdue in the plan', async () => {
    const plan = await inspectionPlanView(database.db, springfieldId, T);
    const acme = plan.facilities.find((f) => f.facilityName === 'Acme Plating')!;
    expect(acme.activities.find((a) => a.kind === 'inspection')?.state).toBe('done');
    const riverside = plan.facilities.find((f) => f.facilityName === 'Riverside Foods')!;
    const inspection = riverside.activities.find((a) => a.kind === 'inspection');
    expect(inspection?.state).toBe('due');
    expect(inspection?.scheduled).toHaveLength(1);
    expect(plan.dueCount + plan.overdueCount).toBeGreaterThan(2);
    const coverage = await inspectionCoverage(database.db, springfieldId, T);
    expect(coverage.siuCount).toBeGreaterThan(2);
    expect(coverage).toMatchObject({ siusInspected: 1, siusSampled: expect.any(Number) });
  });
});
