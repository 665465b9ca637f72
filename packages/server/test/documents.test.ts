import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { auditEvents, documentVersions, storedFiles } from '../src/db/schema';
import { documentsForBinder } from '../src/documents/documents.queries';
import { makeUser } from '../src/factories';
import { renderPdf } from '../src/permits/render-pdf';
import { diskStorage } from '../src/storage/disk';
import { createStorage } from '../src/storage/index';
import { Browser, testApp } from './harness';
import { monitoringWorld, sampleEvent } from './monitoring-helpers';

let t: Awaited<ReturnType<typeof monitoringWorld>>;
let sampleId: string;
let pdf: Buffer;
const dirs: string[] = [];

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

beforeAll(async () => {
  t = await monitoringWorld();
  await makeUser(t.db, t.world.orgs.plating.id, { email: 'operator@plating.test', role: 'operator' });
  const manager = await t.as('manager@plating.test');
  const res = await manager.post(
    '/api/v1/monitoring/samples',
    sampleEvent(t.world.orgs.plating.id, '2026-06-08T08:00', [{ parameterCode: '01042', value: '1.2' }]),
  );
  expect(res.statusCode, res.body).toBe(201);
  sampleId = res.json().sampleIds[0];
  pdf = await renderPdf({
    content: [
      { text: 'Great Lakes Analytical — laboratory report', fontSize: 16 },
      'Copper by EPA 200.8 at outfall 001. The quillwort composite met the holding time.',
    ],
  });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A document upload body (plating's lab report PDF unless overridden). */
function upload(over: Record<string, unknown> = {}) {
  return {
    organizationId: t.world.orgs.plating.id,
    title: 'June lab report',
    kind: 'lab_report',
    documentDate: '2026-06-10',
    tags: ['copper', 'june'],
    links: [{ kind: 'sample', id: sampleId }],
    fileName: 'GLA-2026-0610.pdf',
    base64: b64(pdf),
    ...over,
  };
}

async function create(b: Browser, over: Record<string, unknown> = {}) {
  const res = await b.post('/api/v1/documents', upload(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const titles = (res: { json(): unknown }) => (res.json() as { title: string }[]).map((d) => d.title).sort();

function eventsOf(subjectId: string) {
  return t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId)).orderBy(auditEvents.seq);
}

describe('uploading, finding and downloading a document', () => {
  let id: string;

  it('stores a PDF linked to a sample, its type from the bytes, its text extracted', async () => {
    const manager = await t.as('manager@plating.test');
    const doc = await create(manager);
    id = doc.id;
    expect(doc).toMatchObject({
      organizationId: t.world.orgs.plating.id,
      organizationName: 'North Plating',
      kind: 'lab_report',
      visibility: 'private',
      currentVersion: 1,
      links: [{ kind: 'sample', id: sampleId, label: 'Sample 2026-06-08 at 001' }],
      can: { edit: true, hold: true, delete: false },
    });
    expect(doc.versions).toEqual([
      expect.objectContaining({
        version: 1,
        fileName: 'GLA-2026-0610.pdf',
        mediaType: 'application/pdf',
        size: pdf.length,
        sha256: sha(pdf),
        hasText: true,
      }),
    ]);
    expect(doc.retention).toMatchObject({
      rule: { kind: 'lab_report', years: 3, basis: 'document_date' },
      keepUntil: '2029-06-10',
      deletable: false,
    });
  });

  it('is found by a word of its text, with an excerpt, and by its tag and link', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.get('/api/v1/documents?q=quillwort');
    expect(res.statusCode, res.body).toBe(200);
    const [hit] = res.json();
    expect(hit).toMatchObject({ id, fileName: 'GLA-2026-0610.pdf', mediaType: 'application/pdf' });
    expect(hit.excerpt).toContain('«quillwort»');
    expect((await manager.get('/api/v1/documents?q=nonexistentword')).json()).toEqual([]);
    expect(
      (await manager.get('/api/v1/documents?tag=copper')).json().map((d: { id: string }) => d.id),
    ).toEqual([id]);
    const byLink = await manager.get(`/api/v1/documents?linkKind=sample&linkId=${sampleId}`);
    expect(byLink.json().map((d: { id: string }) => d.id)).toEqual([id]);
  });

  it('downloads the bytes; inline only when asked, with nosniff and a restrictive CSP', async () => {
    const manager = await t.as('manager@plating.test');
    const file = await manager.get(`/api/v1/documents/${id}/versions/1/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="GLA-2026-0610.pdf"/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toContain("default-src 'none'");
    const inline = await manager.get(`/api/v1/documents/${id}/versions/1/file?disposition=inline`);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect((await manager.get(`/api/v1/documents/${id}/versions/9/file`)).statusCode).toBe(404);
  });

  it('a second version keeps the first; both digests are in the audit trail', async () => {
    const manager = await t.as('manager@plating.test');
    const csv = Buffer.from('parameter,value\ncopper,1.2\nnote,corrected larkspur entry\n');
    const res = await manager.post(`/api/v1/documents/${id}/versions`, {
      fileName: 'GLA-2026-0610-corrected.csv',
      base64: b64(csv),
      note: 'Corrected copy from the lab',
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc.currentVersion).toBe(2);
    expect(doc.versions.map((v: { version: number; mediaType: string }) => [v.version, v.mediaType])).toEqual(
      [
        [1, 'application/pdf'],
        [2, 'text/csv'],
      ],
    );
    const v1 = await manager.get(`/api/v1/documents/${id}/versions/1/file`);
    expect(v1.rawPayload.equals(pdf)).toBe(true);
    const v2 = await manager.get(`/api/v1/documents/${id}/versions/2/file?disposition=inline`);
    expect(v2.rawPayload.equals(csv)).toBe(true);
    // text is never shown in place
    expect(v2.headers['content-disposition']).toMatch(/^attachment;/);

    const events = await eventsOf(id);
    expect(events.map((e) => e.eventType)).toEqual(['document.created', 'document.version_added']);
    expect((events[0]!.after as { sha256: string }).sha256).toBe(sha(pdf));
    expect(events[1]!.after as { sha256: string; version: number }).toMatchObject({
      sha256: sha(csv),
      version: 2,
    });
    // search follows the current version's text
    expect(titles(await manager.get('/api/v1/documents?q=larkspur'))).toEqual(['June lab report']);
    expect((await manager.get('/api/v1/documents?q=quillwort')).json()).toEqual([]);
  });

  it('a text too large for one tsvector is still indexed (by its beginning)', async () => {
    const manager = await t.as('manager@plating.test');
    const words = ['hollyhock'];
    for (let i = 0, length = 0; length < 1_000_000; i++) {
      words.push(`w${(i * 7919).toString(36)}x${i}`);
      length += words.at(-1)!.length + 1;
    }
    const doc = await create(manager, {
      title: 'Bulk export',
      kind: 'monitoring_record',
      fileName: 'export.txt',
      base64: b64(words.join(' ')),
      links: [],
    });
    expect(doc.versions[0].hasText).toBe(true);
    expect(titles(await manager.get('/api/v1/documents?q=hollyhock'))).toEqual(['Bulk export']);
  });

  it('edits the description and re-indexes the title', async () => {
    const manager = await t.as('manager@plating.test');
    const res = await manager.request('PATCH', `/api/v1/documents/${id}`, {
      title: 'June zinnia lab report',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().title).toBe('June zinnia lab report');
    expect(titles(await manager.get('/api/v1/documents?q=zinnia'))).toEqual(['June zinnia lab report']);
    const events = await eventsOf(id);
    expect(events.at(-1)).toMatchObject({
      eventType: 'document.updated',
      before: { title: 'June lab report' },
      after: { title: 'June zinnia lab report' },
    });
  });

  it('refuses an executable renamed .pdf, naming the file, and an oversize upload', async () => {
    const manager = await t.as('manager@plating.test');
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
      Buffer.alloc(120, 1),
    ]);
    const exe = await manager.post('/api/v1/documents', upload({ fileName: 'report.pdf', base64: b64(elf) }));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.message).toContain('report.pdf');
    expect(exe.json().error.message).toContain('application/x-elf');
    const big = await manager.post(
      '/api/v1/documents',
      upload({ fileName: 'huge.pdf', base64: b64(Buffer.alloc(25 * 1024 * 1024 + 1)) }),
    );
    expect(big.statusCode, big.body.slice(0, 300)).toBe(400);
    expect(big.json().error.message).toContain('larger than 25 MB');
    // nothing was stored for either
    const stored = await t.db.select({ key: storedFiles.key }).from(storedFiles);
    const versions = await t.db.select({ key: documentVersions.storageKey }).from(documentVersions);
    expect(stored.map((s) => s.key).sort()).toEqual(versions.map((v) => v.key).sort());
  });
});

describe('who sees what', () => {
  let privateId: string;
  let sharedId: string;
  let authorityForPlating: string;
  let authorityPrivate: string;

  beforeAll(async () => {
    const plating = await t.as('manager@plating.test');
    privateId = (await create(plating, { title: 'Private marigold SOP', kind: 'sop', links: [] })).id;
    sharedId = (
      await create(plating, {
        title: 'Shared marigold slug plan',
        kind: 'slug_control_plan',
        visibility: 'shared',
      })
    ).id;
    const brewery = await t.as('manager@brewery.test');
    await create(brewery, {
      organizationId: t.world.orgs.brewery.id,
      title: 'Brewery marigold notes',
      kind: 'other',
      visibility: 'shared',
      links: [],
    });
    const refinery = await t.as('manager@refinery.test');
    await create(refinery, {
      organizationId: t.world.orgs.refinery.id,
      title: 'Refinery marigold notes',
      kind: 'other',
      links: [],
    });
    const north = await t.as('coordinator@north.test');
    // filed by the authority for a facility it regulates: its own document, linked to the facility
    authorityForPlating = (
      await create(north, {
        title: 'Inspection marigold letter',
        kind: 'correspondence',
        visibility: 'shared',
        links: [],
      })
    ).id;
    authorityPrivate = (
      await create(north, {
        organizationId: t.world.orgs.north.id,
        title: 'Internal marigold memo',
        kind: 'correspondence',
        links: [{ kind: 'facility', id: t.world.orgs.plating.id }],
      })
    ).id;
  });

  it('a private document is the facility’s only: 404 to its authority; a shared one is visible', async () => {
    const north = await t.as('coordinator@north.test');
    expect((await north.get(`/api/v1/documents/${privateId}`)).statusCode).toBe(404);
    expect((await north.get(`/api/v1/documents/${privateId}/versions/1/file`)).statusCode).toBe(404);
    const shared = await north.get(`/api/v1/documents/${sharedId}`);
    expect(shared.statusCode).toBe(200);
    expect(shared.json().can).toEqual({ edit: false, hold: false, delete: false });
    expect((await north.get(`/api/v1/documents/${sharedId}/versions/1/file`)).statusCode).toBe(200);
    // reading is not writing: only the owner changes its documents
    const patch = await north.request('PATCH', `/api/v1/documents/${sharedId}`, { title: 'x' });
    expect(patch.statusCode).toBe(403);
  });

  it('the authority’s document filed for a facility belongs to the authority and is seen by that facility when shared', async () => {
    const north = await t.as('coordinator@north.test');
    const doc = (await north.get(`/api/v1/documents/${authorityForPlating}`)).json();
    expect(doc.organizationId).toBe(t.world.orgs.north.id);
    expect(doc.links).toEqual([
      expect.objectContaining({ kind: 'facility', id: t.world.orgs.plating.id, label: 'North Plating' }),
    ]);
    const plating = await t.as('manager@plating.test');
    expect((await plating.get(`/api/v1/documents/${authorityForPlating}`)).statusCode).toBe(200);
    expect((await plating.get(`/api/v1/documents/${authorityPrivate}`)).statusCode).toBe(404);
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get(`/api/v1/documents/${authorityForPlating}`)).statusCode).toBe(404);
  });

  it('search does not cross organizations', async () => {
    const plating = await t.as('manager@plating.test');
    expect(titles(await plating.get('/api/v1/documents?q=marigold'))).toEqual([
      'Inspection marigold letter',
      'Private marigold SOP',
      'Shared marigold slug plan',
    ]);
    const north = await t.as('coordinator@north.test');
    expect(titles(await north.get('/api/v1/documents?q=marigold'))).toEqual([
      'Brewery marigold notes',
      'Inspection marigold letter',
      'Internal marigold memo',
      'Shared marigold slug plan',
    ]);
    const south = await t.as('coordinator@south.test');
    expect((await south.get('/api/v1/documents?q=marigold')).json()).toEqual([]);
    expect((await south.get(`/api/v1/documents/${sharedId}`)).statusCode).toBe(404);
    const brewery = await t.as('manager@brewery.test');
    expect(titles(await brewery.get('/api/v1/documents?q=marigold'))).toEqual(['Brewery marigold notes']);
    const refinery = await t.as('manager@refinery.test');
    expect(titles(await refinery.get('/api/v1/search?q=marigold'))).toEqual(['Refinery marigold notes']);
  });

  it('an organization cannot file a document for another', async () => {
    const brewery = await t.as('manager@brewery.test');
    const res = await brewery.post('/api/v1/documents', upload({ links: [] }));
    expect(res.statusCode).toBe(404);
    const south = await t.as('coordinator@south.test');
    expect((await south.post('/api/v1/documents', upload({ links: [] }))).statusCode).toBe(404);
    // nor link a record it cannot see
    const link = await brewery.post('/api/v1/documents', upload({ organizationId: t.world.orgs.brewery.id }));
    expect(link.statusCode).toBe(400);
    expect(link.json().error.fields[0].path).toBe('links.0.id');
  });

  it('the binder query returns the facility’s documents and its authority’s linked ones in range', async () => {
    const all = await documentsForBinder(t.db, t.world.orgs.plating.id, '2026-01-01', '2099-12-31');
    const names = all.map((d) => d.title);
    expect(names).toEqual(
      expect.arrayContaining([
        'Private marigold SOP',
        'Inspection marigold letter',
        'Internal marigold memo',
      ]),
    );
    expect(names).not.toContain('Brewery marigold notes');
    const asFacility = await documentsForBinder(t.db, t.world.orgs.plating.id, '2026-01-01', '2099-12-31', {
      organizationId: t.world.orgs.plating.id,
      organizationName: 'North Plating',
      kind: 'facility',
      regulatedById: t.world.orgs.north.id,
      role: 'manager',
      signatory: null,
    });
    expect(asFacility.map((d) => d.title)).not.toContain('Internal marigold memo');
    const lab = all.find((d) => d.title === 'June zinnia lab report')!;
    expect(lab.versions.map((v) => [v.version, v.storageProvider])).toEqual([
      [1, 'database'],
      [2, 'database'],
    ]);
    expect(lab.versions[0]!.storageKey).toMatch(/^documents\//);
    expect(await documentsForBinder(t.db, t.world.orgs.plating.id, '1990-01-01', '1990-12-31')).toEqual([]);
  });
});

describe('retention, holds and deletion', () => {
  it('deletion is refused during retention, naming the keep-until date', async () => {
    const manager = await t.as('manager@plating.test');
    const doc = await create(manager, {
      title: 'Recent calibration log',
      kind: 'calibration_log',
      documentDate: '2026-01-15',
      links: [],
    });
    const res = await manager.request('DELETE', `/api/v1/documents/${doc.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'invalid_state' });
    expect(res.json().error.message).toContain('2029-01-15');
  });

  it('refused under a hold naming the reason; allowed after retention without holds: bytes gone, events kept', async () => {
    const manager = await t.as('manager@plating.test');
    const doc = await create(manager, {
      title: 'Old chain of custody',
      kind: 'chain_of_custody',
      documentDate: '2015-03-01',
      links: [],
    });
    expect(doc.retention).toMatchObject({ keepUntil: '2018-03-01', deletable: true });
    expect(doc.can.delete).toBe(true);
    // an operator may upload but not place holds
    const operator = await t.as('operator@plating.test');
    expect(
      (await operator.post(`/api/v1/documents/${doc.id}/holds`, { reason: 'Just because' })).statusCode,
    ).toBe(403);
    const held = await manager.post(`/api/v1/documents/${doc.id}/holds`, {
      reason: 'Litigation hold: Basin v. Plating',
    });
    expect(held.statusCode, held.body).toBe(200);
    const hold = held.json().retention.holds[0];
    expect(hold).toMatchObject({ reason: 'Litigation hold: Basin v. Plating' });
    expect(held.json().retention.deletable).toBe(false);
    const refused = await manager.request('DELETE', `/api/v1/documents/${doc.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Litigation hold: Basin v. Plating');

    const released = await manager.post(`/api/v1/documents/${doc.id}/holds/${hold.id}/release`);
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json().retention).toMatchObject({ holds: [], deletable: true });
    expect((await manager.post(`/api/v1/documents/${doc.id}/holds/${hold.id}/release`)).statusCode).toBe(409);

    const [version] = await t.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, doc.id));
    expect(
      await t.db.select().from(storedFiles).where(eq(storedFiles.key, version!.storageKey)),
    ).toHaveLength(1);
    const deleted = await manager.request('DELETE', `/api/v1/documents/${doc.id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(await t.db.select().from(storedFiles).where(eq(storedFiles.key, version!.storageKey))).toEqual([]);
    expect((await manager.get(`/api/v1/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await manager.get(`/api/v1/documents/${doc.id}/versions/1/file`)).statusCode).toBe(404);
    expect(titles(await manager.get('/api/v1/documents?kind=chain_of_custody'))).toEqual([]);
    const events = await eventsOf(doc.id);
    expect(events.map((e) => e.eventType)).toEqual([
      'document.created',
      'document.hold_placed',
      'document.hold_released',
      'document.deleted',
    ]);
    expect(JSON.stringify(events[3]!.before)).toContain(sha(pdf));
  });

  it('retention rules: every kind listed, edited by a manager, never below the default, audited', async () => {
    const manager = await t.as('manager@plating.test');
    const rules = (await manager.get('/api/v1/retention-rules')).json();
    expect(rules).toHaveLength(16);
    expect(rules.find((r: { kind: string }) => r.kind === 'sewage_sludge_record')).toEqual({
      kind: 'sewage_sludge_record',
      years: 5,
      basis: 'document_date',
    });
    const put = await manager.request('PUT', '/api/v1/retention-rules', [
      { kind: 'calibration_log', years: 10, basis: 'document_date' },
    ]);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().find((r: { kind: string }) => r.kind === 'calibration_log').years).toBe(10);
    const [log] = (await manager.get('/api/v1/documents?kind=calibration_log')).json();
    expect((await manager.get(`/api/v1/documents/${log.id}`)).json().retention.keepUntil).toBe('2036-01-15');
    const tooShort = await manager.request('PUT', '/api/v1/retention-rules', [
      { kind: 'lab_report', years: 1, basis: 'document_date' },
    ]);
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.fields[0].path).toBe('0.years');
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.eventType, 'document.retention_rules_updated'),
          eq(auditEvents.subjectId, t.world.orgs.plating.id),
        ),
      );
    expect(events).toHaveLength(1);
    const viewer = await t.as('viewer@north.test');
    expect((await viewer.request('PUT', '/api/v1/retention-rules', [])).statusCode).toBe(403);
    // the authority's rules are its own
    expect(
      (await viewer.get('/api/v1/retention-rules'))
        .json()
        .find((r: { kind: string }) => r.kind === 'calibration_log').years,
    ).toBe(3);
  });
});

describe('global search', () => {
  it('finds facilities, permits and reports the user may see, with web paths', async () => {
    const manager = await t.as('manager@plating.test');
    // the facility's preparers bring the report obligations up to date by listing them
    const reports = (await manager.get('/api/v1/reports')).json() as { id: string; title: string }[];
    expect(reports.length).toBeGreaterThan(0);

    const north = await t.as('coordinator@north.test');
    const facility = (await north.get('/api/v1/search?q=plating')).json();
    expect(facility).toContainEqual(
      expect.objectContaining({
        type: 'facility',
        id: t.world.orgs.plating.id,
        href: `/facilities/${t.world.orgs.plating.id}`,
      }),
    );
    const own = (await manager.get('/api/v1/search?q=north plating')).json();
    expect(own).toContainEqual(expect.objectContaining({ type: 'facility', href: '/my-facility' }));
    const permit = (await north.get('/api/v1/search?q=NP-433')).json();
    expect(permit).toEqual([
      expect.objectContaining({ type: 'permit', id: t.permit.id, href: `/permits/${t.permit.id}` }),
    ]);
    const report = (await manager.get(`/api/v1/search?q=${encodeURIComponent(reports[0]!.title)}`)).json();
    expect(report).toContainEqual(
      expect.objectContaining({ type: 'report', id: reports[0]!.id, href: `/reports/${reports[0]!.id}` }),
    );
    const docs = (await manager.get('/api/v1/search?q=zinnia')).json();
    expect(docs).toEqual([expect.objectContaining({ type: 'document', title: 'June zinnia lab report' })]);
    expect(docs[0].href).toBe(`/documents/${docs[0].id}`);
    const all = (await north.get('/api/v1/search?q=e')).json();
    expect(all.length).toBeLessThanOrEqual(20);

    // another authority and another facility see none of it
    const south = await t.as('coordinator@south.test');
    expect((await south.get('/api/v1/search?q=plating')).json()).toEqual([]);
    expect((await south.get('/api/v1/search?q=NP-433')).json()).toEqual([]);
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get('/api/v1/search?q=NP-433')).json()).toEqual([]);
    expect((await brewery.get('/api/v1/search?q=plating')).json()).toEqual([]);
    expect((await new Browser(t.app).get('/api/v1/search?q=plating')).statusCode).toBe(401);
  });
});

describe('signatory authorizations with their document', () => {
  it('link an uploaded authorization of the facility; other kinds are refused', async () => {
    const manager = await t.as('manager@plating.test');
    const letter = await create(manager, {
      title: 'Authorization of the plant engineer',
      kind: 'signatory_authorization',
      links: [],
    });
    const base = {
      facilityId: t.world.orgs.plating.id,
      position: 'Plant engineer',
      principalName: 'Pat Lee',
      principalTitle: 'President',
      signedOn: '2026-02-01',
    };
    const res = await manager.post('/api/v1/signatory-authorizations', { ...base, documentId: letter.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().documentId).toBe(letter.id);
    const list = (
      await manager.get(`/api/v1/signatory-authorizations?facilityId=${t.world.orgs.plating.id}`)
    ).json();
    expect(list[0].documentId).toBe(letter.id);
    const [lab] = (await manager.get('/api/v1/documents?kind=lab_report')).json();
    const wrong = await manager.post('/api/v1/signatory-authorizations', { ...base, documentId: lab.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('documentId');
  });
});

describe('storage providers', () => {
  it('the disk provider round-trips bytes under DATA_DIR/files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outfall-files-'));
    dirs.push(dir);
    const app = await testApp(t.database, { STORAGE: 'disk', DATA_DIR: dir });
    const manager = new Browser(app);
    await manager.login('manager@plating.test', t.world.password);
    const doc = await create(manager, { title: 'On disk', links: [], documentDate: '2010-01-01' });
    const [version] = await t.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, doc.id));
    expect(version!.storageProvider).toBe('disk');
    const path = join(dir, 'files', version!.storageKey);
    expect(readFileSync(path).equals(pdf)).toBe(true);
    const file = await manager.get(`/api/v1/documents/${doc.id}/versions/1/file`);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await manager.request('DELETE', `/api/v1/documents/${doc.id}`)).statusCode).toBe(204);
    expect(existsSync(path)).toBe(false);
    await app.close();

    const disk = diskStorage(join(dir, 'direct'));
    await disk.put('a/b/c.bin', Buffer.from([1, 2, 3]));
    expect(await disk.get('a/b/c.bin')).toEqual(Buffer.from([1, 2, 3]));
    await disk.delete('a/b/c.bin');
    expect(await disk.get('a/b/c.bin')).toBeNull();
    await expect(disk.put('../escape', Buffer.from('x'))).rejects.toThrow('Invalid storage key');
  });

  it('files stored in the database stay readable after switching to disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outfall-files-'));
    dirs.push(dir);
    const app = await testApp(t.database, { STORAGE: 'disk', DATA_DIR: dir });
    const manager = new Browser(app);
    await manager.login('manager@plating.test', t.world.password);
    const [lab] = (await manager.get('/api/v1/documents?kind=lab_report')).json();
    const file = await manager.get(`/api/v1/documents/${lab.id}/versions/1/file`);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    await app.close();
  });

  it('STORAGE=s3 is checked at start-up, naming the missing variables (no S3 server here: configuration only)', () => {
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'outfall' })).toThrow(
      /S3_ACCESS_KEY_ID: required when STORAGE=s3\n {2}S3_SECRET_ACCESS_KEY: required when STORAGE=s3/,
    );
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET: required when STORAGE=s3/);
    expect(() => loadConfig({ STORAGE: 'tape' })).toThrow(/STORAGE/);
    expect(() =>
      loadConfig({
        STORAGE: 's3',
        S3_BUCKET: 'b',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        S3_ENDPOINT: 'minio:9000',
      }),
    ).toThrow(/S3_ENDPOINT/);
    const config = loadConfig({
      STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'outfall',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'outfall',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
    });
    expect(createStorage(config, t.db).name).toBe('s3');
    expect(loadConfig({}).storage).toBe('database');
  });
});
