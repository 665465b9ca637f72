import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  copiesOfRecord,
  dailyFlows,
  documents,
  documentVersions,
  permits,
  reports,
  results,
  samples,
  storedFiles,
  violations,
} from '../src/db/schema';
import { actorFor, makePermit, makeUser } from '../src/factories';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import { eventsOfType, insertObligation, monitoringWorld, sampleEvent, today } from './monitoring-helpers';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const FROM = '2026-01-01';
let TO: string;

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let npdesPermitId: string;
let npdesReportId: string;
const docIds: Record<string, string> = {};

/** A document with its versions' bytes in `stored_files` (the database provider), as documents/ stores them. */
async function insertDocument(input: {
  organizationId: string;
  title: string;
  kind: 'lab_report' | 'chain_of_custody' | 'calibration_log' | 'correspondence' | 'enforcement_notice';
  visibility: 'private' | 'shared';
  documentDate: string;
  links?: { kind: 'facility'; id: string }[];
  files: { fileName: string; text: string }[];
}) {
  const [doc] = await t.db
    .insert(documents)
    .values({
      organizationId: input.organizationId,
      title: input.title,
      kind: input.kind,
      visibility: input.visibility,
      documentDate: input.documentDate,
      links: input.links ?? [],
      currentVersion: input.files.length,
    })
    .returning();
  for (const [i, f] of input.files.entries()) {
    const key = `documents/${doc!.id}/v${i + 1}`;
    const bytes = Buffer.from(f.text, 'utf8');
    await t.db.insert(storedFiles).values({ key, bytes });
    await t.db.insert(documentVersions).values({
      documentId: doc!.id,
      version: i + 1,
      fileName: f.fileName,
      mediaType: 'text/plain',
      size: bytes.byteLength,
      sha256: sha256(bytes),
      storageProvider: 'database',
      storageKey: key,
      text: f.text,
      uploadedAt: new Date(`${input.documentDate}T12:00:00.000Z`),
    });
  }
  return doc!.id;
}

async function signReport(reportId: string) {
  const manager = await t.as('manager@plating.test');
  const prepared = await manager.post(`/api/v1/reports/${reportId}/prepare`);
  expect(prepared.statusCode, prepared.body).toBe(200);
  const content = prepared.json().content;
  const exceedances = content.exceedances.map((e: { violationId: string }) => ({
    violationId: e.violationId,
    explanation: 'Rinse tank carry-over during a line changeover.',
    correctiveAction: 'Added a drag-out tank.',
  }));
  const parameterComments = Object.fromEntries(
    content.outfalls.flatMap(
      (o: {
        outfallCode: string;
        parameters: {
          parameterCode: string;
          monitoringLocationCode: string;
          values: { nodi: string | null }[];
        }[];
      }) =>
        o.parameters
          .filter((p) => p.values.some((v) => v.nodi))
          .map((p) => [`${o.outfallCode}/${p.parameterCode}/${p.monitoringLocationCode}`, 'Not sampled.']),
    ),
  );
  const patched = await manager.request('PATCH', `/api/v1/reports/${reportId}/draft`, {
    exceedances,
    parameterComments,
  });
  expect(patched.statusCode, patched.body).toBe(200);
  const ready = await manager.post(`/api/v1/reports/${reportId}/ready`);
  expect(ready.statusCode, ready.body).toBe(200);
  const cert = (await manager.get(`/api/v1/reports/${reportId}`)).json().certification.id;
  const signed = await manager.post(`/api/v1/reports/${reportId}/sign`, {
    password: t.world.password,
    certificationTemplateId: cert,
    certify: true,
  });
  expect(signed.statusCode, signed.body).toBe(200);
}

beforeAll(async () => {
  TO = today();
  t = await monitoringWorld();
  const plating = t.world.orgs.plating.id;
  const north = t.world.orgs.north.id;
  await makeUser(t.db, plating, { email: 'operator@plating.test', role: 'operator' });
  // the facility's own NPDES permit, which its authority does not see
  const manager = await actorFor(t.db, t.world.users.platingManager.id, plating);
  const npdes = await makePermit(t.db, manager, {
    facilityId: plating,
    permitNumber: 'TX0001234',
    kind: 'npdes',
    content: metalFinishingPermitContent(),
    issue: { issuedDate: '2025-01-10', effectiveDate: '2025-02-01', expirationDate: '2030-01-31' },
  });
  npdesPermitId = npdes.id;

  const operator = await t.as('operator@plating.test');
  for (const [start, value] of [
    ['2025-12-15T08:00', '0.9'], // before the range
    ['2026-03-10T08:00', '1.1'],
    ['2026-06-08T08:00', '3.52'], // exceeds the daily maximum: a violation in range
  ] as const) {
    const res = await operator.post(
      '/api/v1/monitoring/samples',
      sampleEvent(plating, start, [
        { parameterCode: '01042', value, analyzedAt: `${start.slice(0, 10)}T14:00`, analyst: 'R. Chen' },
        { parameterCode: '01092', value: '<0.05', analyzedAt: `${start.slice(0, 10)}T14:00` },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
  }
  // a correction in range: the superseded value stays in the record
  const [march] = await t.db
    .select()
    .from(results)
    .where(and(eq(results.sampleDate, '2026-03-10'), eq(results.parameterCode, '01042')));
  const corrected = await operator.post(`/api/v1/monitoring/results/${march!.id}/corrections`, {
    value: '1.2',
    reason: 'Transcription error in the lab report.',
  });
  expect(corrected.statusCode, corrected.body).toBe(201);

  await t.db.insert(dailyFlows).values([
    { facilityId: plating, monitoringPoint: '001', flowDate: '2025-12-15', flowMgd: '0.041' },
    { facilityId: plating, monitoringPoint: '001', flowDate: '2026-03-10', flowMgd: '0.044' },
    { facilityId: plating, monitoringPoint: '001', flowDate: '2026-06-08', flowMgd: '0.047' },
  ]);

  // obligations from the permits; sign the IU's H1 2026 report
  const list = (await (await t.as('manager@plating.test')).get('/api/v1/reports')).json() as {
    id: string;
    permitId: string;
    periodStart: string;
  }[];
  const h1 = list.find((r) => r.permitId === t.permit.id && r.periodStart === '2026-01-01')!;
  await signReport(h1.id);
  npdesReportId = await insertObligation(
    { ...t, permit: { id: npdesPermitId } },
    { dueDate: '2026-04-28', periodEnd: '2026-03-31', title: 'NPDES DMR — March 2026', requirementId: 'dmr' },
  );

  docIds.labPrivate = await insertDocument({
    organizationId: plating,
    title: 'June lab report',
    kind: 'lab_report',
    visibility: 'private',
    documentDate: '2026-06-10',
    files: [
      { fileName: 'lab-report-june.txt', text: 'Copper 3.6 mg/L (first issue)' },
      { fileName: 'lab-report-june.txt', text: 'Copper 3.52 mg/L (revised)' },
    ],
  });
  docIds.cocShared = await insertDocument({
    organizationId: plating,
    title: 'Chain of custody 2026-06-08',
    kind: 'chain_of_custody',
    visibility: 'shared',
    documentDate: '2026-06-08',
    files: [{ fileName: 'coc-0608.txt', text: 'Sam Ortiz -> courier 2026-06-08 10:15' }],
  });
  docIds.oldShared = await insertDocument({
    organizationId: plating,
    title: 'Calibration log 2025',
    kind: 'calibration_log',
    visibility: 'shared',
    documentDate: '2025-10-01',
    files: [{ fileName: 'calibration-2025.txt', text: 'pH meter calibrated' }],
  });
  docIds.novShared = await insertDocument({
    organizationId: north,
    title: 'Notice of violation — copper',
    kind: 'enforcement_notice',
    visibility: 'shared',
    documentDate: '2026-07-01',
    links: [{ kind: 'facility', id: plating }],
    files: [{ fileName: 'nov-copper.txt', text: 'Notice of violation: copper daily maximum' }],
  });
  docIds.authorityPrivate = await insertDocument({
    organizationId: north,
    title: 'Inspector notes',
    kind: 'correspondence',
    visibility: 'private',
    documentDate: '2026-07-02',
    links: [{ kind: 'facility', id: plating }],
    files: [{ fileName: 'notes.txt', text: 'Internal: consider escalation' }],
  });
});

async function download(email: string, facilityId = t.world.orgs.plating.id, from = FROM, to = TO) {
  const b = await t.as(email);
  return b.get(`/api/v1/audit-binder?facilityId=${facilityId}&from=${from}&to=${to}`);
}

async function unzip(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) files.set(name, await entry.async('nodebuffer'));
  }
  return files;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const items = (await (await doc.getPage(n)).getTextContent()).items as TextItem[];
    text += items.map((i) => `${i.str}${i.hasEOL ? '\n' : ' '}`).join('');
  }
  await doc.destroy();
  return text;
}

const csvRows = (bytes: Buffer | undefined) => (parse(bytes!, { columns: true }) as unknown[]).length;
const under = (files: Map<string, Buffer>, prefix: string) =>
  [...files.keys()].filter((k) => k.startsWith(prefix));

describe('the audit binder, downloaded by the facility manager', () => {
  let files: Map<string, Buffer>;
  let raw: Buffer;

  beforeAll(async () => {
    const res = await download('manager@plating.test');
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="outfall-binder-North-Plating-/);
    raw = res.rawPayload;
    expect(res.headers['x-content-sha256']).toBe(sha256(raw));
    files = await unzip(raw);
  });

  it('holds every permit in force, each version as PDF and JSON (the authority’s and the facility’s own)', async () => {
    expect(under(files, '01-permits/').sort()).toEqual([
      '01-permits/NP-433-001/v1.json',
      '01-permits/NP-433-001/v1.pdf',
      '01-permits/TX0001234/v1.json',
      '01-permits/TX0001234/v1.pdf',
    ]);
    expect(files.get('01-permits/NP-433-001/v1.pdf')!.subarray(0, 5).toString()).toBe('%PDF-');
    const version = JSON.parse(files.get('01-permits/NP-433-001/v1.json')!.toString());
    expect(version.version.versionNo).toBe(1);
    expect(version.permit.permitNumber).toBe('NP-433-001');
  });

  it('lists every result in range, current and superseded, and nothing outside it', async () => {
    const plating = t.world.orgs.plating.id;
    const inRange = await t.db
      .select({ id: results.id })
      .from(results)
      .where(
        and(eq(results.facilityId, plating), gte(results.sampleDate, FROM), lte(results.sampleDate, TO)),
      );
    const csv = files.get('02-monitoring/results.csv')!.toString();
    expect(csvRows(files.get('02-monitoring/results.csv'))).toBe(inRange.length);
    expect(inRange.length).toBe(5); // 2 samples × 2 results + the correction
    for (const r of inRange) expect(csv).toContain(r.id);
    expect(csv).not.toContain('2025-12-15');
    expect(csv).toContain('superseded');
    expect(csv).toContain('Transcription error in the lab report.');
    expect(csv).toContain('R. Chen');
    expect(csv).toContain('EPA 200.8');
    expect(files.get('02-monitoring/results.xlsx')!.subarray(0, 2).toString()).toBe('PK');

    const flows = await t.db
      .select()
      .from(dailyFlows)
      .where(
        and(eq(dailyFlows.facilityId, plating), gte(dailyFlows.flowDate, FROM), lte(dailyFlows.flowDate, TO)),
      );
    expect(csvRows(files.get('02-monitoring/daily-flows.csv'))).toBe(flows.length);
    expect(flows.length).toBe(2);

    const sampleRows = await t.db
      .select()
      .from(samples)
      .where(
        and(eq(samples.facilityId, plating), gte(samples.sampleDate, FROM), lte(samples.sampleDate, TO)),
      );
    const transfers = sampleRows.reduce((n, s) => n + (s.chainOfCustody as unknown[]).length, 0);
    expect(transfers).toBe(2);
    const coc = files.get('02-monitoring/chain-of-custody.csv')!.toString();
    expect(csvRows(files.get('02-monitoring/chain-of-custody.csv'))).toBe(transfers);
    expect(coc).toContain('Great Lakes Analytical courier');
  });

  it('carries the copies of record byte for byte; unsigned reports are only a line in the index', async () => {
    const plating = t.world.orgs.plating.id;
    const inRange = await t.db
      .select({ id: reports.id })
      .from(reports)
      .where(
        and(
          eq(reports.facilityId, plating),
          sql`((${reports.dueDate} between ${FROM} and ${TO}) or (${reports.periodStart} <= ${TO} and ${reports.periodEnd} >= ${FROM}))`,
        ),
      );
    const copies = await t.db
      .select()
      .from(copiesOfRecord)
      .where(
        inArray(
          copiesOfRecord.reportId,
          inRange.map((r) => r.id),
        ),
      );
    expect(copies.length).toBe(1);
    const reportFiles = under(files, '03-reports/');
    expect(reportFiles).toHaveLength(copies.length * 2);
    const digests = new Set(reportFiles.map((f) => sha256(files.get(f)!)));
    for (const c of copies) {
      expect(digests.has(c.jsonSha256)).toBe(true);
      expect(digests.has(c.pdfSha256)).toBe(true);
    }
    const json = reportFiles.find((f) => f.endsWith('rev-1-copy-of-record.json'))!;
    expect(sha256(files.get(json)!)).toBe(copies[0]!.jsonSha256);
  });

  it('lists the violations whose period overlaps the range, with status and explanation', async () => {
    const plating = t.world.orgs.plating.id;
    const inRange = await t.db
      .select()
      .from(violations)
      .where(
        and(
          eq(violations.facilityId, plating),
          lte(violations.periodStart, TO),
          gte(violations.periodEnd, FROM),
        ),
      );
    expect(inRange.length).toBeGreaterThan(0);
    expect(csvRows(files.get('04-violations/violations.csv'))).toBe(inRange.length);
    const csv = files.get('04-violations/violations.csv')!.toString();
    for (const v of inRange) expect(csv).toContain(v.id);
    expect(csv).toContain('open');
    expect(csv).toMatch(/Copper/i);
  });

  it('holds the facility’s documents in range, current file and earlier versions, and its authority’s shared ones', () => {
    expect(under(files, '05-documents/').sort()).toEqual([
      '05-documents/chain_of_custody/2026-06-08 Chain of custody 2026-06-08/coc-0608.txt',
      '05-documents/enforcement_notice/2026-07-01 Notice of violation _ copper/nov-copper.txt',
      '05-documents/lab_report/2026-06-10 June lab report/lab-report-june.txt',
      '05-documents/lab_report/2026-06-10 June lab report/versions/v1-lab-report-june.txt',
    ]);
    expect(
      files.get('05-documents/lab_report/2026-06-10 June lab report/lab-report-june.txt')!.toString(),
    ).toBe('Copper 3.52 mg/L (revised)');
  });

  it('has the audit events of the facility’s records in range and the chain verification', async () => {
    const plating = t.world.orgs.plating.id;
    const events = await t.db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, plating),
          gte(auditEvents.occurredAt, new Date(`${FROM}T00:00:00.000Z`)),
          lte(auditEvents.occurredAt, new Date(`${TO}T23:59:59.999Z`)),
          // the download's own event comes after the binder is built
          sql`${auditEvents.eventType} <> 'binder.downloaded'`,
        ),
      );
    expect(events.length).toBeGreaterThan(5);
    expect(csvRows(files.get('06-audit/audit-trail.csv'))).toBe(events.length);
    const trail = JSON.parse(files.get('06-audit/audit-trail.json')!.toString());
    expect(trail.events.map((e: { seq: number }) => e.seq)).toEqual(
      events.map((e) => e.seq).sort((a, b) => a - b),
    );
    expect(trail.chain.ok).toBe(true);
    expect(trail.verification).toMatch(/hash chain verifies/);
  });

  it('has an index that lists every other file with its SHA-256, the sections not kept and the unsigned reports', async () => {
    const text = await pdfText(files.get('00-index.pdf')!);
    const flat = text.replaceAll(/\s+/g, '');
    for (const [name, bytes] of files) {
      if (name === '00-index.pdf') continue;
      expect(flat, name).toContain(name.replaceAll(/\s+/g, ''));
      expect(flat, name).toContain(sha256(bytes));
    }
    expect(text).toContain('North Plating');
    expect(text).toContain(`${FROM} to ${TO}`);
    expect(text).toContain('manager@plating.test');
    expect(flat).toContain('Inspections:nonerecorded(notyetkeptinOutfall)');
    expect(flat).toContain('Enforcementresponses:nonerecorded(notyetkeptinOutfall)');
    expect(flat).toContain('NPDESDMR—March2026');
    expect(flat).toContain('notsigned—nocopyofrecord');
    expect(flat).toContain('hashchainverifies');
  });

  it('writes one binder.downloaded event with the range and the digests of the ZIP', async () => {
    const [event, ...more] = await eventsOfType(t.db, 'binder.downloaded', t.world.orgs.plating.id);
    expect(more).toHaveLength(0);
    expect(event!.subjectId).toBe(t.world.orgs.plating.id);
    expect(event!.after).toMatchObject({
      from: FROM,
      to: TO,
      fileCount: files.size,
      zipSha256: sha256(raw),
      indexSha256: sha256(files.get('00-index.pdf')!),
    });
    const manifest = [...files.keys()].map((name) => `${sha256(files.get(name)!)}  ${name}`).join('\n');
    expect((event!.after as { manifestSha256: string }).manifestSha256).toBe(sha256(manifest));
  });
});

describe('the audit binder, downloaded by the control authority', () => {
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    const res = await download('coordinator@north.test');
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    files = await unzip(res.rawPayload);
  });

  it('gets the shared documents, never the facility’s private ones', () => {
    const docs = under(files, '05-documents/');
    expect(docs.some((f) => f.includes('Chain of custody'))).toBe(true);
    expect(docs.some((f) => f.includes('June lab report'))).toBe(false);
    expect(docs.some((f) => f.includes('Notice of violation'))).toBe(true);
    for (const [, bytes] of files)
      expect(bytes.toString('latin1')).not.toContain('Copper 3.52 mg/L (revised)');
  });

  it('does not get the facility’s self-managed NPDES permit, its reports or their history', async () => {
    expect(under(files, '01-permits/TX0001234')).toHaveLength(0);
    expect(under(files, '01-permits/NP-433-001')).toHaveLength(2);
    const index = (await pdfText(files.get('00-index.pdf')!)).replaceAll(/\s+/g, '');
    expect(index).not.toContain('NPDESDMR—March2026');
    expect(index).not.toContain('TX0001234');
    const trail = JSON.parse(files.get('06-audit/audit-trail.json')!.toString()) as {
      events: { subjectId: string; subjectType: string }[];
    };
    const hidden = new Set([npdesPermitId, npdesReportId, docIds.labPrivate]);
    expect(trail.events.some((e) => hidden.has(e.subjectId))).toBe(false);
    const [permit] = await t.db.select().from(permits).where(eq(permits.id, npdesPermitId));
    expect(permit!.issuingAuthorityId).toBeNull();
  });

  it('still gets the monitoring record and the violations (as the violations list shows them)', async () => {
    expect(csvRows(files.get('02-monitoring/results.csv'))).toBe(5);
    const all = await t.db
      .select({ id: violations.id })
      .from(violations)
      .where(
        and(
          eq(violations.facilityId, t.world.orgs.plating.id),
          lte(violations.periodStart, TO),
          gte(violations.periodEnd, FROM),
        ),
      );
    expect(csvRows(files.get('04-violations/violations.csv'))).toBe(all.length);
  });
});

describe('who may download', () => {
  it('another authority and another facility get 404; an operator 403; the range must be in order', async () => {
    expect((await download('coordinator@south.test')).statusCode).toBe(404);
    expect((await download('manager@brewery.test')).statusCode).toBe(404);
    expect((await download('operator@plating.test')).statusCode).toBe(403);
    expect((await download('manager@plating.test', t.world.orgs.plating.id, TO, FROM)).statusCode).toBe(400);
    const before = await eventsOfType(t.db, 'binder.downloaded', t.world.orgs.plating.id);
    expect(before).toHaveLength(2); // the manager's and the coordinator's, not the refused ones
  });
});
