import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import {
  actorFor,
  makeAuthority,
  makeAuthorityProfile,
  makeDesignation,
  makeFacility,
  makeFacilityProfile,
  makePermit,
  makeUser,
} from '../src/factories';
import type { App } from '../src/http/types';
import { signIn } from './facilities-fixtures';
import { testApp, testDatabase } from './harness';

let database: Database;
let app: App;
const PASSWORD = 'correct horse battery';
const ids: Record<string, string> = {};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function seedInventory(db: Database['db']) {
  const potw = await makeAuthority(db, { name: 'Inventory POTW' });
  const other = await makeAuthority(db, { name: 'Other POTW' });
  await makeAuthorityProfile(db, potw.id, { designHydraulicMgd: '10', designOrganicLbPerDay: '20000' });
  const coordinator = await makeUser(db, potw.id, {
    email: 'coord@inventory.test',
    role: 'coordinator',
    password: PASSWORD,
  });
  const facility = async (
    name: string,
    profile?: Parameters<typeof makeFacilityProfile>[2],
    regulatedById = potw.id,
  ) => {
    ids[name] = (await makeFacility(db, { name, regulatedById })).id;
    if (profile) await makeFacilityProfile(db, ids[name]!, profile);
  };
  await facility('Acme Plating', {
    categoricalStandards: [{ part: '433', subpart: 'A' }],
    naicsCodes: ['332813'],
    sicCodes: ['3471'],
    flows: { processGpd: '32000', sanitaryGpd: '1500' },
    contacts: [{ name: 'Morgan Hale', phone: '217-555-0142', email: 'mh@acme.test', role: 'primary' }],
  });
  await facility('Hops & Barley Brewing', {
    naicsCodes: ['312120'],
    sicCodes: ['2082'],
    flows: { processGpd: '85000' },
  });
  await facility('=HYPERLINK("x") Bakery', { naicsCodes: ['311812'], flows: { processGpd: '4500' } });
  await facility('Closed Anodizers', {
    status: 'closed',
    categoricalStandards: [{ part: '413', subpart: 'D' }],
  });
  await facility('Quiet Laundry', { flows: { processGpd: '26000' } });
  await makeDesignation(db, ids['Quiet Laundry']!, {
    designation: 'non_significant',
    reason: 'Rinse water only',
  });
  await facility('New Applicant');
  await facility('Elsewhere Plating', { categoricalStandards: [{ part: '433', subpart: 'A' }] }, other.id);
  const actor = await actorFor(db, coordinator.id, potw.id);
  const issue = (expirationDate: string) => ({
    issuedDate: day(-1000),
    effectiveDate: day(-1000),
    expirationDate,
  });
  await makePermit(db, actor, { facilityId: ids['Acme Plating']!, issue: issue(day(20)) });
  await makePermit(db, actor, { facilityId: ids['Hops & Barley Brewing']!, issue: issue(day(400)) });
}

beforeAll(async () => {
  database = await testDatabase();
  await seedInventory(database.db);
  app = await testApp(database);
});

async function names(query: string) {
  const res = await (await signIn(app, 'coord@inventory.test', PASSWORD)).get(`/api/v1/facilities${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { name: string }[]).map((f) => f.name);
}

describe('IU inventory', () => {
  it('lists the jurisdiction with profile, class and standards, keeping the plain list fields', async () => {
    const res = await (await signIn(app, 'coord@inventory.test', PASSWORD)).get('/api/v1/facilities');
    const acme = res.json().find((f: { name: string }) => f.name === 'Acme Plating');
    expect(acme).toMatchObject({
      id: ids['Acme Plating'],
      kind: 'facility',
      regulatedByName: 'Inventory POTW',
      createdAt: expect.any(String),
      status: 'active',
      iuClass: 'SIU_CATEGORICAL',
      computedClass: 'SIU_CATEGORICAL',
      isDesignated: false,
      categoricalStandards: ['433 A'],
      naicsCodes: ['332813'],
      processFlowGpd: '32000',
      totalFlowGpd: '33500',
    });
    const applicant = res.json().find((f: { name: string }) => f.name === 'New Applicant');
    expect(applicant).toMatchObject({
      status: null,
      iuClass: null,
      categoricalStandards: [],
      totalFlowGpd: null,
    });
    expect(await names('')).not.toContain('Elsewhere Plating');
  });

  it.each([
    ['?search=plat', ['Acme Plating']],
    ['?search=3121', ['Hops & Barley Brewing']],
    ['?search=3471', ['Acme Plating']],
    ['?search=%25', []],
    ['?class=SIU_CATEGORICAL', ['Acme Plating', 'Closed Anodizers']],
    ['?class=SIU', ['Acme Plating', 'Closed Anodizers', 'Hops & Barley Brewing']],
    ['?class=NON_SIGNIFICANT', ['=HYPERLINK("x") Bakery', 'Quiet Laundry']],
    ['?class=UNCLASSIFIED', ['New Applicant']],
    ['?part=433', ['Acme Plating']],
    ['?part=413&status=closed', ['Closed Anodizers']],
    ['?status=active&class=CIU', ['Acme Plating']],
    ['?permitExpiringWithinDays=30', ['Acme Plating']],
    ['?permitExpiringWithinDays=365', ['Acme Plating']],
    ['?permitExpiringWithinDays=500', ['Acme Plating', 'Hops & Barley Brewing']],
  ])('filters %s', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('names the bad filter', async () => {
    const coordinator = await signIn(app, 'coord@inventory.test', PASSWORD);
    for (const [query, path] of [
      ['?class=BIG', 'class'],
      ['?part=4x3', 'part'],
      ['?permitExpiringWithinDays=-1', 'permitExpiringWithinDays'],
    ]) {
      const res = await coordinator.get(`/api/v1/facilities${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.fields[0].path).toBe(path);
    }
  });
});

describe('inventory export', () => {
  it('exports the filtered inventory as CSV, exact flows, formulas defused', async () => {
    const res = await (await signIn(app, 'coord@inventory.test', PASSWORD)).get(
      '/api/v1/facilities.csv?class=SIU',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('outfall-iu-inventory.csv');
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.Facility)).toEqual([
      'Acme Plating',
      'Closed Anodizers',
      'Hops & Barley Brewing',
    ]);
    expect(rows[0]).toMatchObject({
      Status: 'active',
      Class: 'SIU (categorical)',
      'Categorical standards (40 CFR)': '433 A',
      NAICS: '332813',
      'Process (gpd)': '32000',
      'Total (gpd)': '33500',
      'Site address': '100 Industrial Way, Springfield, IL 62701',
      Contact: 'Morgan Hale',
      'Contact e-mail': 'mh@acme.test',
    });
    const all = parse(
      (await (await signIn(app, 'coord@inventory.test', PASSWORD)).get('/api/v1/facilities.csv')).body,
      { columns: true },
    ) as Record<string, string>[];
    expect(all.map((r) => r.Facility)).toContain('\'=HYPERLINK("x") Bakery');
    expect(all.find((r) => r.Facility === 'Quiet Laundry')).toMatchObject({
      Class: 'Non-significant',
      'Computed class': 'SIU (non-categorical)',
      Designated: 'yes',
    });
  });

  it('exports XLSX that reads back with the same rows and numeric flows', async () => {
    const res = await (await signIn(app, 'coord@inventory.test', PASSWORD)).get(
      '/api/v1/facilities.xlsx?part=433',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('IU inventory')!;
    expect(sheet.rowCount).toBe(2);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const acme = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => acme[header.indexOf(name)];
    expect(header[0]).toBe('Facility');
    expect(cell('Facility')).toBe('Acme Plating');
    expect(cell('Class')).toBe('SIU (categorical)');
    expect(cell('Process (gpd)')).toBe(32000);
    expect(cell('Total (gpd)')).toBe(33500);
    expect(cell('Categorical standards (40 CFR)')).toBe('433 A');
  });
});
