import { beforeAll, describe, expect, it } from 'vitest';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import type { Browser } from './harness';
import { createPlatingPermit, ISSUE, permitEvents, permitsWorld } from './permits-helpers';

let w: Awaited<ReturnType<typeof permitsWorld>>;
let coordinator: Browser;
let platingManager: Browser;
let permitId: string;

beforeAll(async () => {
  w = await permitsWorld();
  coordinator = await w.as('coordinator@north.test');
  platingManager = await w.as('manager@plating.test');
  permitId = await createPlatingPermit(coordinator, w.world.orgs.plating.id);
  await coordinator.post(`/api/v1/permits/${permitId}/actions`, ISSUE);
});

describe('one record, two views', () => {
  it('the facility manager reads the same permit, read-only', async () => {
    const own = (await coordinator.get(`/api/v1/permits/${permitId}`)).json();
    const res = await platingManager.get(`/api/v1/permits/${permitId}`);
    expect(res.statusCode).toBe(200);
    const seen = res.json();
    expect(seen.version.content).toEqual(own.version.content);
    expect(seen.permit).toMatchObject({
      status: 'issued',
      issuingAuthorityName: 'North Basin POTW',
      isSelfManaged: false,
    });
    expect(seen.canEdit).toBe(false);
    expect(seen.allowedActions).toEqual([]);
    expect(own.canEdit).toBe(true);
    expect(own.allowedActions).toEqual(
      expect.arrayContaining(['take_effect', 'modify', 'terminate', 'renew']),
    );
    const list = (await platingManager.get('/api/v1/permits')).json();
    expect(list.map((p: { id: string }) => p.id)).toContain(permitId);
  });

  it('a facility user cannot change an authority-issued permit (403), nothing is written', async () => {
    const events = (await permitEvents(w.db, permitId)).length;
    const attempts = [
      platingManager.post(`/api/v1/permits/${permitId}/actions`, {
        action: 'terminate',
        date: '2026-01-01',
        reason: 'x',
      }),
      platingManager.post(`/api/v1/permits/${permitId}/modifications`, {
        baseVersionNo: 1,
        reason: 'mine',
        effectiveDate: '2026-01-01',
        content: metalFinishingPermitContent(),
      }),
      platingManager.request('PUT', `/api/v1/permits/${permitId}/draft`, { baseVersionNo: 1 }),
      platingManager.post(`/api/v1/permits/${permitId}/renew`, { permitNumber: 'X' }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.statusCode).toBe(403);
    expect((await permitEvents(w.db, permitId)).length).toBe(events);
  });

  it('another facility and another authority get 404', async () => {
    for (const email of ['manager@brewery.test', 'coordinator@south.test', 'manager@refinery.test']) {
      const b = await w.as(email);
      expect((await b.get(`/api/v1/permits/${permitId}`)).statusCode).toBe(404);
      expect((await b.get(`/api/v1/permits/${permitId}/versions/1`)).statusCode).toBe(404);
      expect(
        (await b.post(`/api/v1/permits/${permitId}/actions`, { action: 'begin_draft' })).statusCode,
      ).toBe(email.startsWith('coordinator') || email.startsWith('manager') ? 404 : 403);
      expect((await b.get('/api/v1/permits')).json().map((p: { id: string }) => p.id)).not.toContain(
        permitId,
      );
    }
  });

  it('an authority cannot issue for a facility outside its jurisdiction, nor NPDES permits', async () => {
    const south = await w.as('coordinator@south.test');
    const res = await south.post('/api/v1/permits', {
      facilityId: w.world.orgs.plating.id,
      permitNumber: 'S-1',
      kind: 'pretreatment_iu',
    });
    expect(res.statusCode).toBe(404);
    const npdes = await coordinator.post('/api/v1/permits', {
      facilityId: w.world.orgs.plating.id,
      permitNumber: 'N-1',
      kind: 'npdes',
    });
    expect(npdes.statusCode).toBe(400);
    expect(npdes.json().error.fields[0].path).toBe('kind');
    const viewer = await w.as('viewer@north.test');
    expect(
      (
        await viewer.post('/api/v1/permits', {
          facilityId: w.world.orgs.plating.id,
          permitNumber: 'V',
          kind: 'pretreatment_iu',
        })
      ).statusCode,
    ).toBe(403);
  });

  it("a facility's self-managed permit is invisible to its authority and editable by the facility", async () => {
    const created = await platingManager.post('/api/v1/permits', {
      facilityId: w.world.orgs.plating.id,
      permitNumber: 'TX0000001',
      kind: 'npdes',
    });
    expect(created.statusCode).toBe(201);
    const selfId = created.json().permit.id;
    expect(created.json()).toMatchObject({
      canEdit: true,
      permit: { isSelfManaged: true, issuingAuthorityId: null },
    });
    expect((await coordinator.get(`/api/v1/permits/${selfId}`)).statusCode).toBe(404);
    // Nor does its history reach the authority through the audit log, organization-wide or per record.
    const northAdmin = await w.as('admin@north.test');
    const orgWide = (await northAdmin.get('/api/v1/audit?limit=500')).json().events as {
      subjectId: string;
    }[];
    expect(orgWide.length).toBeGreaterThan(0);
    expect(orgWide.map((e) => e.subjectId)).not.toContain(selfId);
    const record = await northAdmin.get(`/api/v1/audit?subjectType=permit&subjectId=${selfId}`);
    expect(record.json().events).toEqual([]);
    const ownView = await platingManager.get(`/api/v1/audit?subjectType=permit&subjectId=${selfId}`);
    expect(ownView.json().events.map((e: { eventType: string }) => e.eventType)).toEqual(['permit.created']);
    expect(
      (await coordinator.post(`/api/v1/permits/${selfId}/actions`, { action: 'withdraw', reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await coordinator.get('/api/v1/permits')).json().map((p: { id: string }) => p.id)).not.toContain(
      selfId,
    );
    const mine = (await platingManager.get('/api/v1/permits')).json();
    expect(mine.map((p: { permitNumber: string }) => p.permitNumber).sort()).toEqual([
      'NP-433-001',
      'TX0000001',
    ]);
    expect(
      (
        await platingManager.post('/api/v1/permits', {
          facilityId: w.world.orgs.brewery.id,
          permitNumber: 'B',
          kind: 'npdes',
        })
      ).statusCode,
    ).toBe(404);
    const dup = await platingManager.post('/api/v1/permits', {
      facilityId: w.world.orgs.plating.id,
      permitNumber: 'TX0000001',
      kind: 'npdes',
    });
    expect(dup.statusCode).toBe(409);
  });

  it("the authority's change is visible to the facility at once and in its record history", async () => {
    await coordinator.post(`/api/v1/permits/${permitId}/actions`, {
      action: 'take_effect',
      asOf: '2025-02-01',
    });
    const content = metalFinishingPermitContent();
    content.limitSets[0]!.limits = content.limitSets[0]!.limits.filter((l) => l.parameterCode !== '01077');
    const res = await coordinator.post(`/api/v1/permits/${permitId}/modifications`, {
      baseVersionNo: 1,
      reason: 'Silver dropped: not present',
      effectiveDate: '2025-06-01',
      content,
    });
    expect(res.statusCode).toBe(201);
    const seen = (await platingManager.get(`/api/v1/permits/${permitId}`)).json();
    expect(seen.permit.currentVersionNo).toBe(2);
    expect(seen.versions.map((v: { reason: string }) => v.reason)).toEqual(['original', 'modification']);
    const audit = await platingManager.get(`/api/v1/audit?subjectType=permit&subjectId=${permitId}`);
    expect(audit.statusCode).toBe(200);
    const modified = audit
      .json()
      .events.find((e: { eventType: string }) => e.eventType === 'permit.modified');
    expect(modified.after.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ change: 'removed', itemId: 'limit:001:01077:DD' })]),
    );
  });
});
