import { PermitContent } from '@outfall/domain/contracts/permits';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateIcisXml } from '../../domain/test/exports-helpers';
import { actorFor, makePermit, makeUser, TEST_PASSWORD } from '../src/factories';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

const zinc = (
  id: string,
  base: string,
  baseName: string,
  slot: string,
  value: string,
  unit: 'mg/L' | 'lb/d',
) => ({
  id,
  parameterCode: '01092',
  parameterName: 'Zinc, total (as Zn)',
  statisticalBaseCode: base,
  statisticalBaseName: baseName,
  valueSlot: slot,
  value,
  unitCode: unit === 'mg/L' ? '19' : '26',
  unitText: unit,
  direction: 'max',
  basis: 'bpj',
  sampleType: '24',
  frequencyCode: '01/07',
});

/** §9.5: Zn daily max 2.61 mg/L (C3), monthly average 1.48 mg/L (C2), 0.60 lb/d (Q1), 1.0 lb/d (Q2). */
const content = PermitContent.parse({
  outfalls: [
    { id: 'o1', code: '001', name: 'Final effluent', monitoringLocationCode: '1', featureTypeCode: 'EXO' },
  ],
  limitSets: [
    {
      id: 'ls1',
      outfallId: 'o1',
      designator: 'A',
      name: 'Outfall 001',
      limits: [
        zinc('zn-c3', 'DD', 'DAILY MX', 'C3', '2.61', 'mg/L'),
        zinc('zn-c2', 'MK', 'MO AVG', 'C2', '1.48', 'mg/L'),
        zinc('zn-q1', 'MK', 'MO AVG', 'Q1', '0.60', 'lb/d'),
        zinc('zn-q2', 'DD', 'DAILY MX', 'Q2', '1.0', 'lb/d'),
      ],
    },
  ],
  monitoringRequirements: [
    {
      id: 'm1',
      parameterCode: '01092',
      outfallId: 'o1',
      frequencyCode: '01/07',
      sampleType: '24-hour composite',
    },
  ],
  reportingRequirements: [
    {
      id: 'dmr',
      kind: 'dmr',
      name: 'Monthly DMR',
      cadence: 'monthly',
      dueRule: { kind: 'day-of-month', monthsAfter: 1, day: 28 },
    },
  ],
});

let browser: Browser;
let reportId: string;

beforeAll(async () => {
  const database = await testDatabase();
  const db = database.db;
  const world = await makeWorld(db);
  const signer = await makeUser(db, world.orgs.refinery.id, {
    email: 'official@refinery.test',
    role: 'manager',
    signatory: 'responsible_official',
  });
  const actor = await actorFor(db, signer.id, world.orgs.refinery.id);
  await makePermit(db, actor, {
    facilityId: world.orgs.refinery.id,
    permitNumber: 'TX0062677',
    kind: 'npdes',
    content,
    issue: { issuedDate: '2025-12-10', effectiveDate: '2026-01-01', expirationDate: '2030-12-31' },
  });
  browser = new Browser(await testApp(database));
  await browser.login('official@refinery.test', world.password);
  const facilityId = world.orgs.refinery.id;
  for (const [date, conc, flow] of [
    ['2026-06-03', '1.20', '0.045'],
    ['2026-06-10', '2.80', '0.040'],
    ['2026-06-17', '<0.05', '0.050'],
    ['2026-06-24', '1.10', '0.048'],
  ] as const) {
    const f = await browser.post('/api/v1/monitoring/flows', {
      facilityId,
      monitoringPoint: '001',
      flowDate: date,
      flow,
      unit: 'MGD',
    });
    expect(f.statusCode, f.body).toBeLessThan(300);
    const s = await browser.post('/api/v1/monitoring/samples', {
      facilityId,
      monitoringPoint: '001',
      collectedStart: `${date}T08:00`,
      collectionMethod: 'composite',
      collector: 'R. Diaz',
      results: [
        {
          parameterCode: '01092',
          value: conc,
          unit: 'mg/L',
          method: 'EPA 200.7',
          analyzedAt: `${date}T16:00`,
        },
      ],
    });
    expect(s.statusCode, s.body).toBe(201);
  }
  const list = (await browser.get('/api/v1/reports')).json();
  reportId = list.find((r: { periodEnd: string }) => r.periodEnd === '2026-06-30').id;
});

describe('the §9.5 worked DMR, end to end', () => {
  it('shows exactly the worked figures', async () => {
    const res = await browser.post(`/api/v1/reports/${reportId}/prepare`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.title).toBe('Monthly DMR — outfall 001 — Jun 2026');
    expect(view.dueDate).toBe('2026-07-28');
    const [row] = view.content.outfalls[0].parameters;
    const bySlot = Object.fromEntries(row.values.map((v: { slot: string }) => [v.slot, v]));
    expect(bySlot.C2).toMatchObject({ reported: '1.275', exceedance: false });
    expect(bySlot.C3).toMatchObject({ reported: '2.80', exceedance: true, exceedancePercent: 7.28 });
    expect(bySlot.Q1).toMatchObject({ reported: '0.4562', exceedance: false });
    expect(bySlot.Q2).toMatchObject({ reported: '0.9341', exceedance: false });
    expect(row.numberOfExcursions).toBe(1);
    expect(row.sampleCount).toBe(4);
    expect(view.content.outfalls[0].flow).toMatchObject({ days: 4, maximumMgd: '0.05' });
    expect(view.certification.citation).toBe('40 CFR 122.22(d)');
  });

  it('is signed and exported as ICIS-NPDES v5.14 XML that the XSD validates, and as NetDMR CSV', async () => {
    expect((await browser.post(`/api/v1/reports/${reportId}/ready`)).statusCode).toBe(200);
    const cert = (await browser.get(`/api/v1/reports/${reportId}`)).json().certification.id;
    const signed = await browser.post(`/api/v1/reports/${reportId}/sign`, {
      password: TEST_PASSWORD,
      certificationTemplateId: cert,
      certify: true,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const xml = await browser.get(`/api/v1/reports/${reportId}/export/xml`);
    expect(xml.statusCode).toBe(200);
    expect(xml.body).toContain('<PermitIdentifier>TX0062677</PermitIdentifier>');
    expect(xml.body).toMatch(
      /<NumericReportCode>C3<\/NumericReportCode>[\s\S]*?<NumericConditionQuantity>2.80<\/NumericConditionQuantity>/,
    );
    const verdict = await validateIcisXml(xml.body);
    expect(verdict.output).toBe('doc.xml validates');
    expect(verdict.valid).toBe(true);
    // the validator really validates: a broken copy fails
    const broken = await validateIcisXml(
      xml.body.replace('<ParameterCode>01092</ParameterCode>', '<ParameterCode>010920</ParameterCode>'),
    );
    expect(broken.valid).toBe(false);
    const csv = await browser.get(`/api/v1/reports/${reportId}/export/csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[1]).toMatch(/^TX0062677,001,A,2026-06-30,/);
    const pdf = await browser.get(`/api/v1/reports/${reportId}/export/pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
