import { beforeAll, describe, expect, it } from 'vitest';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import type { Browser } from './harness';
import { createPlatingPermit, ISSUE, permitEvents, permitsWorld, totalEvents } from './permits-helpers';

let w: Awaited<ReturnType<typeof permitsWorld>>;
let coordinator: Browser;

beforeAll(async () => {
  w = await permitsWorld();
  coordinator = await w.as('coordinator@north.test');
});

async function act(id: string, body: Record<string, unknown>) {
  return coordinator.post(`/api/v1/permits/${id}/actions`, body);
}

describe('permit lifecycle through the API', () => {
  it('application → draft → issued → effective → modified → expired, one audit event each', async () => {
    const id = await createPlatingPermit(coordinator, w.world.orgs.plating.id, {
      permitNumber: 'LC-1',
      initialStatus: 'application_received',
    });
    expect((await act(id, { action: 'begin_draft' })).json().permit.status).toBe('draft');
    const issued = await act(id, { ...ISSUE, effectiveDate: '2025-03-01' });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().permit).toMatchObject({
      status: 'issued',
      issuedDate: '2025-01-10',
      effectiveDate: '2025-03-01',
    });
    expect((await act(id, { action: 'take_effect', asOf: '2025-02-15' })).statusCode).toBe(409);
    expect((await act(id, { action: 'take_effect', asOf: '2025-03-01' })).json().permit.status).toBe(
      'effective',
    );
    const content = metalFinishingPermitContent();
    content.limitSets[0]!.limits[0]!.value = '0.50';
    const modified = await coordinator.post(`/api/v1/permits/${id}/modifications`, {
      baseVersionNo: 1,
      reason: 'Tighter cadmium limit',
      effectiveDate: '2026-01-01',
      content,
    });
    expect(modified.statusCode).toBe(201);
    expect(modified.json().permit.currentVersionNo).toBe(2);
    expect((await act(id, { action: 'expire', asOf: '2030-01-31' })).statusCode).toBe(409);
    expect((await act(id, { action: 'expire', asOf: '2030-02-01' })).json().permit.status).toBe('expired');
    const events = await permitEvents(w.db, id);
    expect(events.map((e) => e.eventType)).toEqual([
      'permit.created',
      'permit.status_changed',
      'permit.status_changed',
      'permit.status_changed',
      'permit.modified',
      'permit.status_changed',
    ]);
    expect(events.every((e) => e.organizationId === w.world.orgs.plating.id)).toBe(true);
    const change = (events[4]!.after as { changes: { itemId: string; fields: { field: string }[] }[] })
      .changes;
    expect(change).toContainEqual(expect.objectContaining({ itemId: 'limit:001:01027:DD' }));
  });

  it('issued the same day → effective; terminate and revoke end it, with reason and date', async () => {
    for (const [action, status] of [
      ['terminate', 'terminated'],
      ['revoke', 'revoked'],
    ] as const) {
      const id = await createPlatingPermit(coordinator, w.world.orgs.plating.id, {
        permitNumber: `END-${action}`,
      });
      expect(
        (await act(id, { ...ISSUE, effectiveDate: ISSUE.issuedDate, expirationDate: '2030-01-09' })).json()
          .permit.status,
      ).toBe('effective');
      const before = await act(id, { action, date: '2024-12-31', reason: 'x' });
      expect(before.statusCode).toBe(409);
      const ended = await act(id, { action, date: '2026-05-01', reason: 'Facility closed' });
      expect(ended.json().permit.status).toBe(status);
      expect(ended.json().allowedActions).toEqual([]);
      expect(ended.json().canEdit).toBe(false);
      expect((await act(id, { action: 'expire', asOf: '2031-01-01' })).statusCode).toBe(409);
    }
  });

  it('withdraw from draft; refused transitions name the states', async () => {
    const id = await createPlatingPermit(coordinator, w.world.orgs.plating.id, { permitNumber: 'WD-1' });
    const refused = await act(id, { action: 'take_effect', asOf: '2025-01-01' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/draft/);
    expect((await act(id, { action: 'begin_draft' })).statusCode).toBe(409);
    expect((await act(id, { action: 'withdraw', reason: 'Replaced' })).json().permit.status).toBe(
      'withdrawn',
    );
    expect((await act(id, ISSUE)).statusCode).toBe(409);
  });

  it('issue is refused naming each failing field and rule, and nothing changes', async () => {
    const content = metalFinishingPermitContent();
    content.conditions.penalties = null;
    content.monitoringRequirements[0]!.sampleType = null;
    const id = await createPlatingPermit(coordinator, w.world.orgs.plating.id, {
      permitNumber: 'VAL-1',
      content,
    });
    const events = await totalEvents(w.db);
    const res = await act(id, { ...ISSUE, expirationDate: '2031-01-01' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'expirationDate',
        'conditions.penalties',
        'monitoringRequirements[0].sampleType',
      ]),
    );
    expect(
      res.json().error.fields.find((f: { path: string }) => f.path === 'expirationDate').message,
    ).toMatch(/403\.8\(f\)\(1\)\(iii\)\(B\)\(1\)/);
    expect(await totalEvents(w.db)).toBe(events);
    expect((await coordinator.get(`/api/v1/permits/${id}`)).json().permit.status).toBe('draft');
  });

  it('draft edits are versions guarded by baseVersionNo; issued permits refuse draft edits', async () => {
    const id = await createPlatingPermit(coordinator, w.world.orgs.plating.id, { permitNumber: 'DR-1' });
    const content = metalFinishingPermitContent();
    content.outfalls[0]!.name = 'Renamed outfall';
    const saved = await coordinator.request('PUT', `/api/v1/permits/${id}/draft`, {
      baseVersionNo: 1,
      content,
    });
    expect(saved.json().permit.currentVersionNo).toBe(2);
    const stale = await coordinator.request('PUT', `/api/v1/permits/${id}/draft`, {
      baseVersionNo: 1,
      content,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.fields[0].path).toBe('baseVersionNo');
    const same = await coordinator.request('PUT', `/api/v1/permits/${id}/draft`, {
      baseVersionNo: 2,
      content,
    });
    expect(same.json().permit.currentVersionNo).toBe(2);
    await act(id, ISSUE);
    const late = await coordinator.request('PUT', `/api/v1/permits/${id}/draft`, {
      baseVersionNo: 2,
      content,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('invalid_state');
  });

  it('renewal: a linked successor; the old permit becomes renewed when the successor is issued', async () => {
    const id = await createPlatingPermit(coordinator, w.world.orgs.plating.id, { permitNumber: 'RN-1' });
    await act(id, { ...ISSUE, effectiveDate: ISSUE.issuedDate, expirationDate: '2030-01-09' });
    const renewed = await coordinator.post(`/api/v1/permits/${id}/renew`, {
      permitNumber: 'RN-1',
      applicationReceivedOn: '2029-07-01',
    });
    expect(renewed.statusCode).toBe(201);
    const successor = renewed.json();
    expect(successor.permit).toMatchObject({ renewedFromPermitId: id, status: 'application_received' });
    expect(successor.version.reason).toBe('renewal');
    expect((await coordinator.post(`/api/v1/permits/${id}/renew`, { permitNumber: 'RN-1' })).statusCode).toBe(
      409,
    );
    const old = (await coordinator.get(`/api/v1/permits/${id}`)).json();
    expect(old.permit.renewalApplicationReceivedOn).toBe('2029-07-01');
    const sid = successor.permit.id;
    await act(sid, { action: 'begin_draft' });
    const issued = await act(sid, {
      action: 'issue',
      issuedDate: '2029-12-01',
      effectiveDate: '2030-01-10',
      expirationDate: '2035-01-09',
    });
    expect(issued.json().permit.status).toBe('issued');
    expect((await coordinator.get(`/api/v1/permits/${id}`)).json().permit.status).toBe('renewed');
    expect((await coordinator.post(`/api/v1/permits/${id}/renew`, { permitNumber: 'RN-2' })).statusCode).toBe(
      409,
    );
  });
});
