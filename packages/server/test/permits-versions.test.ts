import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import type { Browser } from './harness';
import { createPlatingPermit, ISSUE, permitsWorld } from './permits-helpers';

let w: Awaited<ReturnType<typeof permitsWorld>>;
let coordinator: Browser;
let permitId: string;

beforeAll(async () => {
  w = await permitsWorld();
  coordinator = await w.as('coordinator@north.test');
  permitId = await createPlatingPermit(coordinator, w.world.orgs.plating.id);
  await coordinator.post(`/api/v1/permits/${permitId}/actions`, ISSUE);
  const content = metalFinishingPermitContent();
  content.limitSets[0]!.limits.find((l) => l.id === 'limit:001:01092:DD')!.value = '2.00';
  content.specialConditions.push({
    id: 'bmp:1',
    kind: 'bmp',
    title: 'Drag-out',
    text: 'Use drag-out tanks.',
    parameterCode: null,
  });
  const res = await coordinator.post(`/api/v1/permits/${permitId}/modifications`, {
    baseVersionNo: 1,
    reason: 'Zinc tightened; drag-out BMP',
    effectiveDate: '2026-01-01',
    content,
  });
  expect(res.statusCode).toBe(201);
});

describe('versions', () => {
  it('keeps every version and compares two side by side', async () => {
    const view = (await coordinator.get(`/api/v1/permits/${permitId}`)).json();
    expect(view.versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([1, 2]);
    expect(view.versions[1]).toMatchObject({
      reason: 'modification',
      summary: 'Zinc tightened; drag-out BMP',
      effectiveDate: '2026-01-01',
    });
    const v1 = (await coordinator.get(`/api/v1/permits/${permitId}/versions/1`)).json();
    expect(
      v1.content.limitSets[0].limits.find((l: { id: string }) => l.id === 'limit:001:01092:DD').value,
    ).toBe('2.61');
    expect((await coordinator.get(`/api/v1/permits/${permitId}/versions/3`)).statusCode).toBe(404);
    const diff = (await coordinator.get(`/api/v1/permits/${permitId}/compare?from=1&to=2`)).json();
    expect(diff).toMatchObject({ fromVersionNo: 1, toVersionNo: 2 });
    expect(diff.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          section: 'limit',
          change: 'changed',
          itemId: 'limit:001:01092:DD',
          fields: [{ field: 'value', before: '2.61', after: '2.00' }],
        }),
        expect.objectContaining({ section: 'special_condition', change: 'added', itemId: 'bmp:1' }),
      ]),
    );
  });

  it('stored versions are immutable (the database refuses UPDATE and DELETE)', async () => {
    await expect(
      w.db.execute(sql`update permit_versions set summary = 'x' where permit_id = ${permitId}`),
    ).rejects.toThrow();
    await expect(
      w.db.execute(sql`delete from permit_versions where permit_id = ${permitId}`),
    ).rejects.toThrow();
    const v1 = (await coordinator.get(`/api/v1/permits/${permitId}/versions/1`)).json();
    expect(v1.summary).toBe('Draft');
  });
});

describe('renewal tracking', () => {
  it('application due 180 days before expiry, alerts at the due date and before expiry', async () => {
    const list = (await coordinator.get('/api/v1/permits?asOf=2029-08-04')).json();
    const p = list.find((x: { id: string }) => x.id === permitId);
    expect(p.renewal).toMatchObject({
      applicationDueDate: '2029-08-04',
      expirationDate: '2030-01-31',
      renewalLeadDays: 180,
    });
    const due = (await coordinator.get('/api/v1/permits/alerts?asOf=2029-08-04')).json();
    expect(due.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'application_due',
      'application_due_soon',
    ]);
    expect((await coordinator.get('/api/v1/permits/alerts?asOf=2029-07-01')).json()).toEqual([]);
    const late = (await coordinator.get('/api/v1/permits/alerts?asOf=2029-11-15')).json();
    expect(late.map((a: { kind: string }) => a.kind)).toContain('expiring');
    const expiring = (await coordinator.get('/api/v1/permits?asOf=2029-12-01&expiringWithinDays=90')).json();
    expect(expiring.map((x: { id: string }) => x.id)).toEqual([permitId]);
    expect((await coordinator.get('/api/v1/permits?asOf=2025-12-01&expiringWithinDays=90')).json()).toEqual(
      [],
    );
    const manager = await w.as('manager@plating.test');
    expect((await manager.get('/api/v1/permits/alerts?asOf=2029-08-04')).json()).toHaveLength(2);
    expect(
      (await (await w.as('manager@brewery.test')).get('/api/v1/permits/alerts?asOf=2029-08-04')).json(),
    ).toEqual([]);
  });
});

describe('limit editor tools', () => {
  it('fills Part 433 PSES limits with their citation', async () => {
    const res = await coordinator.post('/api/v1/permits/tools/categorical-limits', {
      part: '433',
      sourceType: 'PSES',
      pollutants: ['Cadmium', 'Zinc (T)', 'Unobtainium'],
    });
    expect(res.statusCode).toBe(200);
    const { drafts, unmatched } = res.json();
    expect(unmatched).toEqual(['Unobtainium']);
    expect(
      drafts.map((d: { limit: { parameterCode: string; statisticalBaseCode: string; value: string } }) => [
        d.limit.parameterCode,
        d.limit.statisticalBaseCode,
        d.limit.value,
      ]),
    ).toEqual([
      ['01027', 'DD', '0.69'],
      ['01027', 'MK', '0.26'],
      ['01092', 'DD', '2.61'],
      ['01092', 'MK', '1.48'],
    ]);
    expect(drafts[0].limit).toMatchObject({
      basis: 'categorical',
      categoricalCitation: '40 CFR 433.15(a)',
      unitText: 'mg/L',
    });
  });

  it('computes CWF limits with the derivation to store (worked example CWF-1)', async () => {
    const res = await coordinator.post('/api/v1/permits/tools/cwf', {
      form: 'concentration',
      pollutant: 'Zinc',
      unit: 'mg/L',
      streams: [
        { label: 'Metal finishing', kind: 'regulated', flow: '20000', dailyMax: '2.61', average: '1.48' },
        { label: 'Porcelain enameling', kind: 'regulated', flow: '10000', dailyMax: '1.33', average: '0.56' },
        { label: 'Unregulated', kind: 'unregulated', flow: '5000' },
        { label: 'Cooling', kind: 'dilute', flow: '15000' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const { dailyMax, average } = res.json();
    expect(Number(dailyMax.value).toFixed(3)).toBe('1.528');
    expect(Number(average.value).toFixed(3)).toBe('0.821');
    expect(dailyMax.derivation).toMatchObject({ tool: 'cwf-concentration', citation: '403.6(e)' });
    const content = metalFinishingPermitContent();
    content.limitSets[0]!.limits.push({
      ...content.limitSets[0]!.limits[0]!,
      id: 'limit:001:01092:CWF',
      parameterCode: '01092',
      statisticalBaseCode: 'DB',
      basis: 'cwf',
      value: Number(dailyMax.value).toFixed(3),
      derivation: dailyMax.derivation,
      categoricalCitation: null,
    });
    const created = await createPlatingPermit(coordinator, w.world.orgs.plating.id, {
      permitNumber: 'CWF-1',
      content,
    });
    expect((await coordinator.post(`/api/v1/permits/${created}/actions`, ISSUE)).statusCode).toBe(200);
  });
});

describe('permit document', () => {
  it('renders a PDF with the permit on it', async () => {
    const res = await coordinator.get(`/api/v1/permits/${permitId}/versions/2/document.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // pdfkit writes the document info uncompressed
    expect(pdf.toString('latin1')).toContain('Permit NP-433-001 version 2');
    expect(
      (await (await w.as('manager@plating.test')).get(`/api/v1/permits/${permitId}/versions/1/document.pdf`))
        .statusCode,
    ).toBe(200);
    expect(
      (await (await w.as('manager@brewery.test')).get(`/api/v1/permits/${permitId}/versions/1/document.pdf`))
        .statusCode,
    ).toBe(404);
    if (!existsSync('/usr/bin/pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'permit-pdf-'));
    writeFileSync(join(dir, 'p.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-']).toString();
    for (const expected of [
      'NP-433-001',
      'North Basin POTW',
      'North Plating',
      'Outfall 001',
      'Cadmium, total',
      '433.15(a)',
      'Periodic compliance report',
      'Signature',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
