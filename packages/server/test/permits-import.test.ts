import type { PermitContent } from '@outfall/domain/contracts/permits';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { permitImports, permits } from '../src/db/schema';
import type { Browser } from './harness';
import { permitEvents, permitsWorld, totalEvents } from './permits-helpers';
import { type ExpectedLimit, netDmrFiles, readEcho, readNetDmr } from './permits-import-files';

let w: Awaited<ReturnType<typeof permitsWorld>>;
let manager: Browser;

beforeAll(async () => {
  w = await permitsWorld();
  manager = await w.as('manager@refinery.test');
});

function importFile(b: Browser, facilityId: string, source: string, fileName: string, text: string) {
  return b.post('/api/v1/permits/import', { facilityId, source, fileName, text });
}

function expectLimits(content: PermitContent, expected: ExpectedLimit[]) {
  const all = content.limitSets.flatMap((set) => set.limits.map((limit) => ({ set, limit })));
  expect(all).toHaveLength(expected.length);
  for (const e of expected) {
    const outfall = content.outfalls.find((o) => o.code === e.outfallCode)!;
    expect(outfall, `outfall ${e.outfallCode}`).toBeDefined();
    const found = all.filter(
      ({ set, limit: l }) =>
        set.outfallId === outfall.id &&
        (set.designator === e.limitSetKey || set.id.endsWith(`:${e.limitSetKey}`)) &&
        l.parameterCode === e.parameterCode &&
        l.statisticalBaseCode === e.statisticalBaseCode &&
        l.valueSlot === e.valueSlot &&
        (l.monitoringLocationCode ?? outfall.monitoringLocationCode) === e.monitoringLocationCode,
    );
    const label = `${e.outfallCode} ${e.limitSetKey} ${e.parameterCode} ${e.statisticalBaseCode} ${e.valueSlot}`;
    expect(found, label).toHaveLength(1);
    const l = found[0]!.limit;
    // "Req Mon" = monitor only: no numeric limit
    expect(l.value === null ? null : Number(l.value), label).toBe(e.value === null ? null : Number(e.value));
    expect(l.unitCode, label).toBe(e.unitCode);
    expect(l.direction, label).toBe(e.direction);
    if (e.sampleType !== undefined) expect(l.sampleType, label).toBe(e.sampleType);
    if (e.frequencyCode !== undefined) expect(l.frequencyCode, label).toBe(e.frequencyCode);
  }
}

async function currentContent(b: Browser, id: string): Promise<PermitContent> {
  return (await b.get(`/api/v1/permits/${id}`)).json().version.content;
}

describe('import a permit from NetDMR copies of record', () => {
  it('every reference file gives the permit, outfall, limit set and limits it holds', async () => {
    const files = netDmrFiles();
    expect(files.length).toBeGreaterThan(0);
    let permitId = '';
    for (const [i, fileName] of files.entries()) {
      const file = readNetDmr(fileName);
      const res = await importFile(manager, w.world.orgs.refinery.id, 'netdmr_xml', fileName, file.xml);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.outcome).toMatch(i === 0 ? /^created$/ : /^(updated|recorded)$/);
      expect(body.permit).toMatchObject({
        permitNumber: file.permitNumber,
        isSelfManaged: true,
        kind: 'npdes',
      });
      permitId = body.permit.id;
      const content = await currentContent(manager, permitId);
      expectLimits(content, file.limits);
      for (const code of new Set(file.limits.map((l) => l.parameterCode))) {
        const expected = file.limits.find((l) => l.parameterCode === code)!;
        const req = content.monitoringRequirements.find((r) => r.parameterCode === code);
        expect(req, code).toMatchObject({
          frequencyCode: expected.frequencyCode,
          sampleType: expected.sampleType,
        });
      }
    }
    const [row] = await w.db
      .select({ n: count() })
      .from(permitImports)
      .where(eq(permitImports.permitId, permitId));
    expect(row!.n).toBe(files.length);
  });

  it('re-importing the same file changes nothing and says so', async () => {
    const fileName = netDmrFiles()[0]!;
    const file = readNetDmr(fileName);
    const before = await totalEvents(w.db);
    const res = await importFile(manager, w.world.orgs.refinery.id, 'netdmr_xml', fileName, file.xml);
    expect(res.json().outcome).toBe('unchanged');
    expect(res.json().message).toMatch(/already imported.*nothing changed/);
    expect(await totalEvents(w.db)).toBe(before);
  });

  it('a malformed file is refused naming the element, and nothing is saved', async () => {
    const xml = readNetDmr(netDmrFiles()[0]!).xml.replace(
      /<PermittedFeatureIdentifier>001<\/PermittedFeatureIdentifier>/,
      '',
    );
    const permitsBefore = await w.db.select({ n: count() }).from(permits);
    const eventsBefore = await totalEvents(w.db);
    const res = await importFile(manager, w.world.orgs.brewery.id, 'netdmr_xml', 'bad.xml', xml);
    expect(res.statusCode).toBe(404);
    const bad = await importFile(manager, w.world.orgs.refinery.id, 'netdmr_xml', 'bad.xml', xml);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^bad\.xml was refused/);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain(
      'DischargeMonitoringReport/PermittedFeatureIdentifier',
    );
    const notXml = await importFile(manager, w.world.orgs.refinery.id, 'netdmr_xml', 'x.xml', '<Discharge');
    expect(notXml.statusCode).toBe(400);
    expect(await w.db.select({ n: count() }).from(permits)).toEqual(permitsBefore);
    expect(await totalEvents(w.db)).toBe(eventsBefore);
  });
});

describe('import a permit from the ECHO effluent chart', () => {
  it('gives the limits in effect, field by field; re-import changes nothing', async () => {
    const echo = readEcho();
    const res = await importFile(manager, w.world.orgs.refinery.id, 'echo_csv', 'TX0062677.csv', echo.text);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ outcome: 'created', permit: { permitNumber: 'TX0062677' } });
    expect(body.reportCount).toBeGreaterThan(0);
    const content = await currentContent(manager, body.permit.id);
    expect(content.outfalls.map((o) => o.code).sort()).toEqual(
      [...new Set(echo.limits.map((l) => l.outfallCode))].sort(),
    );
    expectLimits(content, echo.limits);
    expect((await permitEvents(w.db, body.permit.id)).map((e) => e.eventType)).toEqual(['permit.imported']);
    const again = await importFile(manager, w.world.orgs.refinery.id, 'echo_csv', 'TX0062677.csv', echo.text);
    expect(again.json()).toMatchObject({ outcome: 'unchanged', versionNo: 1 });
    expect(await permitEvents(w.db, body.permit.id)).toHaveLength(1);
  });

  it('a malformed CSV is refused naming the row, and nothing is saved', async () => {
    const lines = readEcho().text.split('\n');
    lines[5] = lines[5]!.replace(/"00011"/, '"BAD!!"').replace(/,12\/01\/2019,/, ',2019-13-45,');
    const eventsBefore = await totalEvents(w.db);
    const res = await importFile(
      manager,
      w.world.orgs.plating.id,
      'echo_csv',
      'broken.csv',
      lines.join('\n'),
    );
    expect(res.statusCode).toBe(404);
    const mine = await importFile(
      manager,
      w.world.orgs.refinery.id,
      'echo_csv',
      'broken.csv',
      lines.join('\n'),
    );
    expect(mine.statusCode, mine.body).toBe(400);
    expect(mine.json().error.message).toMatch(/row|line/i);
    expect(await totalEvents(w.db)).toBe(eventsBefore);
  });

  it('an authority imports for a facility it regulates, as its own pretreatment permit', async () => {
    const coordinator = await w.as('coordinator@north.test');
    const file = readNetDmr(netDmrFiles()[0]!);
    const res = await importFile(coordinator, w.world.orgs.plating.id, 'netdmr_xml', 'a.xml', file.xml);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().permit).toMatchObject({
      kind: 'pretreatment_iu',
      isSelfManaged: false,
      issuingAuthorityName: 'North Basin POTW',
    });
    const platingManager = await w.as('manager@plating.test');
    const blocked = await importFile(
      platingManager,
      w.world.orgs.plating.id,
      'netdmr_xml',
      'a.xml',
      file.xml,
    );
    expect(blocked.statusCode).toBe(409);
  });
});
