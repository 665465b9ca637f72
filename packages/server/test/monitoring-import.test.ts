import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBatches, results, samples, violations } from '../src/db/schema';
import { eventsOfType, monitoringWorld } from './monitoring-helpers';

const CSV = readFileSync(resolve(__dirname, '../src/demo/edd-long-acme-plating-2026-06.csv'), 'utf8');
const [HEADER, ...LINES] = CSV.trim().split(/\r?\n/);

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let plating: string;
const count = async (table: typeof results | typeof samples | typeof importBatches) =>
  (await t.db.select().from(table)).length;

beforeAll(async () => {
  t = await monitoringWorld();
  plating = t.world.orgs.plating.id;
});

/** One bad thing per row: a bad date, an unknown parameter, text in the value, a repeated row. */
function malformed(): string {
  const lines = [...LINES.slice(0, 6)];
  lines[1] = lines[1]!.replace('2026-06-01,08:00', '2026-13-45,08:00');
  lines[2] = lines[2]!.replace('Copper,7440-50-8', 'Unobtainium,');
  lines[3] = lines[3]!.replace(',46.4,', ',see note,');
  lines.push(lines[4]!);
  return [HEADER, ...lines].join('\n');
}

describe('lab file import', () => {
  it('previews a lab file with no problems and saves nothing', async () => {
    const operator = await t.as('manager@plating.test');
    const res = await operator.post('/api/v1/monitoring/imports/preview', {
      facilityId: plating,
      fileName: 'june.csv',
      content: CSV,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.preview.accepted).toBe(true);
    expect(body.preview.candidates).toHaveLength(51);
    expect(body).toMatchObject({ alreadyImported: false, repeatedResults: 0, mappingSource: 'suggested' });
    expect(await count(results)).toBe(0);
  });

  it('refuses a malformed file naming each bad row, and saves nothing', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.post('/api/v1/monitoring/imports', {
      facilityId: plating,
      fileName: 'bad.csv',
      content: malformed(),
    });
    expect(res.statusCode).toBe(400);
    const { message, fields } = res.json().error;
    for (const row of ['row 3', 'row 4', 'row 5', 'row 8']) expect(message).toContain(row);
    const codes = (
      await manager.post('/api/v1/monitoring/imports/preview', {
        facilityId: plating,
        fileName: 'bad.csv',
        content: malformed(),
      })
    )
      .json()
      .preview.problems.map((p: { row: number; code: string }) => `${p.row}:${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining(['3:bad_date', '4:unknown_parameter', '5:text_in_value', '8:duplicate_row']),
    );
    expect(fields.length).toBeGreaterThanOrEqual(4);
    expect(await count(results)).toBe(0);
    expect(await count(samples)).toBe(0);
    expect(await count(importBatches)).toBe(0);
  });

  it('imports all of a file at once, evaluates it, and a re-import adds nothing', async () => {
    const manager = await t.as('manager@plating.test');
    const body = {
      facilityId: plating,
      fileName: 'june.csv',
      content: CSV,
      labName: 'Great Lakes Analytical',
      saveMapping: true,
    };
    const res = await manager.post('/api/v1/monitoring/imports', body);
    expect(res.statusCode, res.body).toBe(200);
    const imported = res.json();
    expect(imported).toMatchObject({ added: 51, repeated: 0 });
    const copper = imported.evaluation.violationsOpened.find(
      (v: { limitRef: string }) => v.limitRef === 'limit:001:01042:DD',
    );
    expect(copper).toMatchObject({ periodStart: '2026-06-08', computedValue: '3.52', limitValue: '3.38' });
    // the field duplicate (FD) is kept but does not count for compliance
    const stored = await t.db.select().from(results);
    expect(stored.filter((r) => !r.countsForCompliance)).toHaveLength(11);
    expect(await eventsOfType(t.db, 'monitoring.lab_file_imported', plating)).toHaveLength(1);

    const again = await manager.post('/api/v1/monitoring/imports', body);
    expect(again.json()).toMatchObject({ added: 0 });
    expect(again.json().message).toContain('already imported');
    const reordered = [HEADER, ...[...LINES].reverse()].join('\n');
    const other = await manager.post('/api/v1/monitoring/imports', {
      ...body,
      fileName: 'june-again.csv',
      content: reordered,
    });
    expect(other.json()).toMatchObject({ added: 0, repeated: 51 });
    expect(other.json().message).toContain('already stored');
    expect(await count(results)).toBe(51);
    expect(await count(importBatches)).toBe(1);
    const preview = await manager.post('/api/v1/monitoring/imports/preview', {
      ...body,
      fileName: 'x.csv',
      content: reordered,
    });
    expect(preview.json()).toMatchObject({ mappingSource: 'saved', repeatedResults: 51 });
  });

  it('reads an XLSX workbook like the CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Results');
    for (const line of [HEADER!, ...LINES.slice(0, 10)]) sheet.addRow(line.split(','));
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const manager = await t.as('manager@plating.test');
    const res = await manager.post('/api/v1/monitoring/imports/preview', {
      facilityId: plating,
      fileName: 'june.xlsx',
      encoding: 'base64',
      content,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().preview.candidates.length).toBeGreaterThan(0);
    expect(res.json().repeatedResults).toBe(res.json().preview.candidates.length);
  });
});

describe('lab token API and tenancy', () => {
  it("a facility's lab token writes for that facility only", async () => {
    const admin = await t.as('admin@plating.test');
    const created = await admin.post('/api/v1/monitoring/lab-tokens', {
      facilityId: plating,
      name: 'Great Lakes LIMS',
    });
    expect(created.statusCode, created.body).toBe(201);
    const token = created.json().token as string;
    const july = [HEADER, ...LINES.slice(0, 3).map((l) => l.replaceAll('2026-06-0', '2026-07-0'))].join('\n');
    const post = (facilityId: string, auth?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/lab-api/results',
        headers: auth ? { authorization: auth } : {},
        payload: { facilityId, fileName: 'july.csv', content: july },
      });
    expect((await post(t.world.orgs.brewery.id, `Bearer ${token}`)).statusCode).toBe(404);
    expect((await post(plating)).statusCode).toBe(401);
    const ok = await post(plating, `Bearer ${token}`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().added).toBe(3);
    const rows = await t.db.select().from(samples);
    expect(rows.filter((s) => s.source === 'api')).toHaveLength(1);
    const revoke = await admin.post(`/api/v1/monitoring/lab-tokens/${created.json().id}/revoke`);
    expect(revoke.statusCode).toBe(204);
    expect((await post(plating, `Bearer ${token}`)).statusCode).toBe(401);
    // listed with its name and state, never the token itself
    const listed = await admin.get(`/api/v1/monitoring/lab-tokens?facilityId=${plating}`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([
      expect.objectContaining({
        id: created.json().id,
        name: 'Great Lakes LIMS',
        revokedAt: expect.any(String),
      }),
    ]);
    expect(listed.body).not.toContain(token);
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get(`/api/v1/monitoring/lab-tokens?facilityId=${plating}`)).statusCode).toBe(404);
  });

  it('a facility sees only its own monitoring; an authority only its facilities', async () => {
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get(`/api/v1/monitoring/results?facilityId=${plating}`)).statusCode).toBe(404);
    expect((await brewery.get(`/api/v1/monitoring/violations?facilityId=${plating}`)).statusCode).toBe(404);
    expect((await brewery.get('/api/v1/monitoring/violations')).json()).toEqual([]);
    const write = await brewery.post('/api/v1/monitoring/samples', {
      facilityId: plating,
      monitoringPoint: '001',
      collectedStart: '2026-06-30',
      results: [{ parameterCode: '01042', value: '0.1', unit: 'mg/L' }],
    });
    expect(write.statusCode).toBe(404);
    const south = await t.as('coordinator@south.test');
    expect((await south.get(`/api/v1/monitoring/results?facilityId=${plating}`)).statusCode).toBe(404);
    expect((await south.get('/api/v1/monitoring/violations')).json()).toEqual([]);
    const north = await t.as('coordinator@north.test');
    const seen = await north.get('/api/v1/monitoring/violations?status=open');
    expect(seen.json().length).toBe((await t.db.select().from(violations)).length);
    expect(seen.json().every((v: { facilityId: string }) => v.facilityId === plating)).toBe(true);
    const viewer = await t.as('viewer@north.test');
    const denied = await viewer.post('/api/v1/monitoring/imports', {
      facilityId: plating,
      fileName: 'x.csv',
      content: CSV,
    });
    expect(denied.statusCode).toBe(403);
  });
});
