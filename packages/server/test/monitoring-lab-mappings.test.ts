import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { monitoringWorld } from './monitoring-helpers';

const CSV = readFileSync(resolve(__dirname, '../src/demo/edd-long-acme-plating-2026-06.csv'), 'utf8');

let t: Awaited<ReturnType<typeof monitoringWorld>>;
beforeAll(async () => {
  t = await monitoringWorld();
});

describe('saved lab mappings', () => {
  it('lists the mapping an import saved, per facility and lab; other facilities answer 404', async () => {
    const plating = t.world.orgs.plating.id;
    const manager = await t.as('manager@plating.test');
    const empty = await manager.get(`/api/v1/monitoring/lab-mappings?facilityId=${plating}`);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual([]);
    const res = await manager.post('/api/v1/monitoring/imports', {
      facilityId: plating,
      fileName: 'june.csv',
      content: CSV,
      labName: 'Great Lakes Analytical',
      saveMapping: true,
    });
    expect(res.statusCode, res.body).toBe(200);

    const coordinator = await t.as('coordinator@north.test');
    const list = await coordinator.get(`/api/v1/monitoring/lab-mappings?facilityId=${plating}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toHaveLength(1);
    expect(list.json()[0]).toMatchObject({ facilityId: plating, labName: 'Great Lakes Analytical' });
    expect(Object.keys(list.json()[0].mapping).length).toBeGreaterThan(0);
    const byLab = await manager.get(
      `/api/v1/monitoring/lab-mappings?facilityId=${plating}&labName=${encodeURIComponent('Other Lab')}`,
    );
    expect(byLab.json()).toEqual([]);

    const other = await t.as('manager@brewery.test');
    expect((await other.get(`/api/v1/monitoring/lab-mappings?facilityId=${plating}`)).statusCode).toBe(404);
    const south = await t.as('coordinator@south.test');
    expect((await south.get(`/api/v1/monitoring/lab-mappings?facilityId=${plating}`)).statusCode).toBe(404);
  });
});
