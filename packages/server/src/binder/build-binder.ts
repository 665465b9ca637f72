import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ChainVerdict } from '@outfall/domain/audit/hash-chain';
import archiver from 'archiver';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { verifyAuditTrail } from '../audit/verify';
import type { ActiveMembership } from '../auth/actor';
import type { Db, Queryable } from '../db/connect';
import { documentsForBinder } from '../documents/documents.queries';
import { readVersionBytes } from '../documents/read-file';
import { permitDocument } from '../permits/permit-document';
import { toSummaryView, toVersionView } from '../permits/permit-views';
import { renderPdf } from '../permits/render-pdf';
import type { StorageProvider } from '../storage/index';
import {
  type BinderRange,
  binderAuditEvents,
  binderFlows,
  binderPermits,
  binderReports,
  binderResults,
  binderSamples,
  binderViolations,
  findBinderFacility,
} from './binder.queries';
import { renderIndexPdf } from './index-pdf';

export type SectionKey = 'permits' | 'monitoring' | 'reports' | 'violations' | 'documents' | 'audit';

/** One file of the ZIP, as the index lists it. */
export interface BinderEntry {
  path: string;
  section: SectionKey;
  description: string;
  date: string | null;
  size: number;
  sha256: string;
}

/** A line of the index that is not a file (an unsigned report, a section not kept in Outfall …). */
export interface BinderNote {
  section: SectionKey | 'inspections' | 'enforcement';
  text: string;
}

export interface BinderHeader {
  facilityName: string;
  facilityId: string;
  authorityName: string | null;
  siteAddress: string | null;
  from: string;
  to: string;
  generatedAt: string;
  generatedBy: string;
  viewer: string;
  auditChain: string;
}

export interface BuiltBinder {
  fileName: string;
  zipPath: string;
  zipSha256: string;
  zipSize: number;
  index: { sha256: string; size: number };
  entries: BinderEntry[];
  notes: BinderNote[];
  /** SHA-256 of the manifest lines `sha256  path` of every file (the index included), in ZIP order. */
  manifestSha256: string;
  cleanup(): Promise<void>;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** A file or folder name that is safe in any ZIP tool: no separators, no leading dots, bounded. */
export function safeName(name: string, max = 80): string {
  const cleaned = name
    .normalize('NFKD')
    .replaceAll(/[^A-Za-z0-9._ ()-]+/g, '_')
    .replaceAll(/\s+/g, ' ')
    .replace(/^[.\s_]+/, '')
    .trim();
  if (!cleaned) return 'file';
  if (cleaned.length <= max) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, max - ext.length).trimEnd() + ext;
}

/** Files written one at a time into a temporary folder (so memory holds one file at most), hashed as they go. */
class Stage {
  readonly entries: BinderEntry[] = [];
  private readonly used = new Set<string>();
  constructor(readonly dir: string) {}

  /** A path not used yet: `name`, else `name-2`, `name-3` … (before the extension). */
  unique(path: string): string {
    if (!this.used.has(path)) return path;
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    const cut = dot > slash + 1 ? dot : path.length;
    for (let n = 2; ; n++) {
      const candidate = `${path.slice(0, cut)}-${n}${path.slice(cut)}`;
      if (!this.used.has(candidate)) return candidate;
    }
  }

  async add(
    path: string,
    bytes: Uint8Array | string,
    meta: Omit<BinderEntry, 'path' | 'size' | 'sha256'>,
  ): Promise<BinderEntry> {
    const unique = this.unique(path);
    this.used.add(unique);
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    const file = join(this.dir, unique);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
    const entry = { ...meta, path: unique, size: data.byteLength, sha256: sha256(data) };
    this.entries.push(entry);
    return entry;
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const csv = (rows: unknown[][], columns: string[]) =>
  stringify(rows, { header: true, columns, cast: { boolean: (v) => (v ? 'true' : 'false') } });
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');

function addressLine(a: BinderHeader['siteAddress'] | { [k: string]: unknown } | null): string | null {
  if (!a || typeof a !== 'object') return null;
  const x = a as {
    line1?: string;
    line2?: string | null;
    city?: string;
    state?: string;
    postalCode?: string;
  };
  return [x.line1, x.line2, [x.city, x.state].filter(Boolean).join(', '), x.postalCode]
    .filter(Boolean)
    .join(', ');
}

function verdictLine(v: ChainVerdict): string {
  return v.ok
    ? `The audit trail's hash chain verifies: ${v.events} events re-computed, last hash ${v.lastHash}.`
    : `The audit trail's hash chain does NOT verify: first bad event seq ${v.firstBadSeq} (${v.reason}), after ${v.events} events.`;
}

/** A violation's explanation in words: the stored text, or the calculation that produced it. */
export function explanationText(explanation: unknown): string {
  if (!explanation || typeof explanation !== 'object') return '';
  const e = explanation as Record<string, unknown>;
  if (typeof e.text === 'string') return e.text;
  const limit = (e.limit ?? {}) as Record<string, unknown>;
  const period = (e.period ?? {}) as Record<string, unknown>;
  const parts = [
    e.parameterName ? String(e.parameterName) : null,
    limit.label ? `limit ${String(limit.label)}` : null,
    limit.value !== undefined ? `${String(limit.value)} ${String(limit.unit ?? '')}`.trim() : null,
    e.comparedValue !== undefined && e.comparedValue !== null ? `value ${String(e.comparedValue)}` : null,
    period.start ? `period ${String(period.start)} to ${String(period.end ?? '')}` : null,
    e.rule ? `(${String(e.rule)})` : null,
  ].filter(Boolean);
  return parts.join('; ');
}

const RESULT_COLUMNS = [
  'result_id',
  'status',
  'supersedes_id',
  'superseded_by_id',
  'correction_reason',
  'sample_id',
  'sample_date',
  'monitoring_point',
  'collected_start',
  'collected_end',
  'sample_type',
  'collection_method',
  'collector',
  'sampled_by',
  'client_sample_id',
  'lab_sample_id',
  'lab_name',
  'lab_cert_id',
  'parameter_code',
  'parameter',
  'value_as_reported',
  'qualifier',
  'value_number',
  'non_detect',
  'estimated',
  'unit',
  'unit_as_reported',
  'mdl',
  'rl',
  'fraction',
  'dilution_factor',
  'method',
  'analyzed_at',
  'analyst',
  'lab_qualifiers',
  'quality_verdict',
  'quality_findings',
  'counts_for_compliance',
  'source',
  'recorded_at',
];

async function monitoringSection(db: Queryable, r: BinderRange, stage: Stage) {
  const rows = await binderResults(db, r);
  const table = rows.map(({ result: x, sample: s, supersededById }) => [
    x.id,
    supersededById ? 'superseded' : 'current',
    x.supersedesId ?? '',
    supersededById ?? '',
    x.correctionReason ?? '',
    s.id,
    x.sampleDate,
    x.monitoringPoint,
    s.collectedStart,
    s.collectedEnd ?? '',
    s.sampleType ?? '',
    s.collectionMethod ?? '',
    s.collector ?? '',
    s.sampledBy,
    s.clientSampleId ?? '',
    s.labSampleId ?? '',
    s.labName ?? '',
    s.labCertId ?? '',
    x.parameterCode,
    x.parameterText,
    x.valueText,
    x.qualifier,
    x.valueNumber ?? '',
    x.nonDetect,
    x.estimated,
    x.unit,
    x.unitText,
    x.mdl ?? '',
    x.rl ?? '',
    x.fraction ?? '',
    x.dilutionFactor ?? '',
    x.method ?? '',
    x.analyzedAt ?? '',
    x.analyst ?? '',
    x.labQualifiers.join(' '),
    x.quality.status,
    x.quality.checks
      .filter((c) => c.status !== 'pass')
      .map((c) => `${c.check} ${c.status}: ${c.message}`)
      .join(' | '),
    x.countsForCompliance,
    s.source,
    iso(x.createdAt),
  ]);
  const period = `${r.from} to ${r.to}`;
  await stage.add('02-monitoring/results.csv', csv(table, RESULT_COLUMNS), {
    section: 'monitoring',
    description: `Analytical results, current and superseded (${rows.length})`,
    date: period,
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Outfall';
  const sheet = workbook.addWorksheet('Results');
  sheet.addRow(RESULT_COLUMNS).font = { bold: true };
  for (const row of table) sheet.addRow(row.map((v) => (typeof v === 'boolean' ? String(v) : v)));
  await stage.add('02-monitoring/results.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), {
    section: 'monitoring',
    description: `The same results as a workbook (${rows.length})`,
    date: period,
  });

  const flows = await binderFlows(db, r);
  await stage.add(
    '02-monitoring/daily-flows.csv',
    csv(
      flows.map((f) => [f.flowDate, f.monitoringPoint, f.flowMgd, iso(f.createdAt)]),
      ['flow_date', 'monitoring_point', 'flow_mgd', 'recorded_at'],
    ),
    { section: 'monitoring', description: `Daily flows (${flows.length})`, date: period },
  );

  const samples = await binderSamples(db, r);
  const transfers: unknown[][] = [];
  for (const s of samples) {
    const list = Array.isArray(s.chainOfCustody) ? (s.chainOfCustody as Record<string, unknown>[]) : [];
    list.forEach((t, i) => {
      transfers.push([
        s.id,
        s.sampleDate,
        s.monitoringPoint,
        s.clientSampleId ?? '',
        s.labSampleId ?? '',
        i + 1,
        String(t.at ?? ''),
        String(t.from ?? ''),
        String(t.to ?? ''),
        t.note == null ? '' : String(t.note),
      ]);
    });
  }
  await stage.add(
    '02-monitoring/chain-of-custody.csv',
    csv(transfers, [
      'sample_id',
      'sample_date',
      'monitoring_point',
      'client_sample_id',
      'lab_sample_id',
      'transfer_no',
      'at',
      'from',
      'to',
      'note',
    ]),
    {
      section: 'monitoring',
      description: `Chain-of-custody transfers (${transfers.length}) of ${samples.length} samples`,
      date: period,
    },
  );
  return { results: rows.length, flows: flows.length, samples: samples.length, transfers: transfers.length };
}

async function permitsSection(
  db: Queryable,
  m: ActiveMembership,
  r: BinderRange,
  stage: Stage,
  asOf: string,
) {
  const rows = await binderPermits(db, m, r);
  const folders = new Set<string>();
  for (const row of rows) {
    let folder = `01-permits/${safeName(row.permit.permitNumber)}`;
    for (let n = 2; folders.has(folder); n++) folder = `01-permits/${safeName(row.permit.permitNumber)}-${n}`;
    folders.add(folder);
    const summary = toSummaryView(row, asOf);
    for (const v of row.versions) {
      const view = toVersionView(v.version, v.createdByName);
      const date = view.effectiveDate ?? row.permit.effectiveDate ?? day(v.version.createdAt);
      const what = `Permit ${row.permit.permitNumber} version ${view.versionNo} (${view.reason})`;
      await stage.add(`${folder}/v${view.versionNo}.pdf`, await renderPdf(permitDocument(summary, view)), {
        section: 'permits',
        description: `${what}: permit document`,
        date,
      });
      await stage.add(
        `${folder}/v${view.versionNo}.json`,
        json({ permit: { ...summary, renewal: undefined }, version: view }),
        { section: 'permits', description: `${what}: content as recorded`, date },
      );
    }
  }
  return { permits: rows.length, versions: rows.reduce((n, row) => n + row.versions.length, 0) };
}

async function reportsSection(
  db: Queryable,
  m: ActiveMembership,
  r: BinderRange,
  stage: Stage,
  notes: BinderNote[],
) {
  const rows = await binderReports(db, m, r);
  let copies = 0;
  for (const { report, permitNumber, copies: list } of rows) {
    const label = `${report.title} (permit ${permitNumber}, period ${report.periodStart} to ${report.periodEnd}, due ${report.dueDate})`;
    if (list.length === 0) {
      notes.push({
        section: 'reports',
        text: `${label}: ${report.status.replaceAll('_', ' ')}, not signed — no copy of record.`,
      });
      continue;
    }
    const folder = stage.unique(`03-reports/${report.dueDate} ${safeName(report.title, 70)}`);
    for (const { copy, signedAt, signerName } of list) {
      const by = signerName ? ` signed by ${signerName}` : '';
      const date = day(signedAt) ?? day(copy.createdAt);
      // The stored bytes, unchanged: their SHA-256 is the digest recorded at signature.
      const jsonEntry = await stage.add(`${folder}/rev-${copy.revision}-copy-of-record.json`, copy.json, {
        section: 'reports',
        description: `${label} revision ${copy.revision}${by}: copy of record (JSON)`,
        date,
      });
      const pdfEntry = await stage.add(`${folder}/rev-${copy.revision}-copy-of-record.pdf`, copy.pdf, {
        section: 'reports',
        description: `${label} revision ${copy.revision}${by}: copy of record (PDF)`,
        date,
      });
      if (jsonEntry.sha256 !== copy.jsonSha256 || pdfEntry.sha256 !== copy.pdfSha256) {
        notes.push({
          section: 'reports',
          text: `WARNING: ${label} revision ${copy.revision}: the stored bytes do not match the digests recorded at signature.`,
        });
      }
      copies++;
    }
  }
  return { reports: rows.length, copies };
}

async function violationsSection(db: Queryable, r: BinderRange, stage: Stage) {
  // Every violation of the facility, as the monitoring violations list shows them to the membership
  // (an authority there sees a facility's violations under any of its permits, explanation included).
  const rows = await binderViolations(db, r);
  await stage.add(
    '04-violations/violations.csv',
    csv(
      rows.map(({ violation: v, permitNumber }) => [
        v.id,
        v.kind,
        v.status,
        v.permitId ?? '',
        permitNumber ?? '',
        v.monitoringPoint,
        v.parameterCode,
        v.limitRef,
        v.periodStart,
        v.periodEnd,
        v.computedValue ?? '',
        v.limitValue ?? '',
        v.unit ?? '',
        v.exceedancePct ?? '',
        v.resultIds.join(' '),
        explanationText(v.explanation),
        v.noticeDue ?? '',
        v.resampleDue ?? '',
        v.closedReason ?? '',
        iso(v.closedAt),
        iso(v.createdAt),
        JSON.stringify(v.explanation),
      ]),
      [
        'violation_id',
        'kind',
        'status',
        'permit_id',
        'permit_number',
        'monitoring_point',
        'parameter_code',
        'limit_ref',
        'period_start',
        'period_end',
        'computed_value',
        'limit_value',
        'unit',
        'exceedance_pct',
        'result_ids',
        'explanation',
        'notice_due',
        'resample_due',
        'closed_reason',
        'closed_at',
        'recorded_at',
        'explanation_json',
      ],
    ),
    {
      section: 'violations',
      description: `Violations whose period overlaps the range (${rows.length})`,
      date: `${r.from} to ${r.to}`,
    },
  );
  return { violations: rows.length };
}

/**
 * The facility's documents in range through documents/ (`documentsForBinder`, with the viewer so an
 * authority gets only shared ones), their bytes through the storage provider that stored them.
 */
async function documentsSection(
  db: Db,
  storage: StorageProvider,
  m: ActiveMembership,
  r: BinderRange,
  stage: Stage,
  notes: BinderNote[],
) {
  const docs = await documentsForBinder(db, r.facilityId, r.from, r.to, m);
  let files = 0;
  for (const d of docs) {
    const folder = stage.unique(
      `05-documents/${safeName(d.kind)}/${d.documentDate} ${safeName(d.title, 70)}`,
    );
    const owner = d.organizationId === r.facilityId ? '' : ` (${d.organizationName}'s, ${d.visibility})`;
    for (const v of d.versions) {
      const current = v.version === d.currentVersion;
      const label = `${d.title}${owner}, version ${v.version}${current ? ' (current)' : ''}, ${v.fileName}`;
      let bytes: Buffer;
      try {
        bytes = await readVersionBytes(db, storage, v);
      } catch (err) {
        notes.push({
          section: 'documents',
          text: `${label}: not included — ${(err as Error).message} (SHA-256 ${v.sha256}).`,
        });
        continue;
      }
      const name = safeName(v.fileName);
      const path = current ? `${folder}/${name}` : `${folder}/versions/v${v.version}-${name}`;
      const entry = await stage.add(path, bytes, {
        section: 'documents',
        description: `${d.kind.replaceAll('_', ' ')}: ${label}`,
        date: d.documentDate,
      });
      if (entry.sha256 !== v.sha256) {
        notes.push({
          section: 'documents',
          text: `WARNING: ${label}: the stored bytes do not match the SHA-256 recorded at upload (${v.sha256}).`,
        });
      }
      files++;
    }
  }
  return { documents: docs.length, files };
}

async function auditSection(
  db: Queryable,
  m: ActiveMembership,
  r: BinderRange,
  stage: Stage,
  verdict: ChainVerdict,
  verification: string,
) {
  const rows = await binderAuditEvents(db, m, r);
  const events = rows.map(({ event: e, actorEmail }) => ({
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    eventType: e.eventType,
    actorUserId: e.actorUserId,
    actorEmail,
    actorOrganizationId: e.actorOrganizationId,
    organizationId: e.organizationId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    ip: e.ip,
    userAgent: e.userAgent,
    before: e.before,
    after: e.after,
    prevHash: e.prevHash,
    hash: e.hash,
  }));
  const period = `${r.from} to ${r.to}`;
  await stage.add(
    '06-audit/audit-trail.csv',
    csv(
      events.map((e) => [
        e.seq,
        e.occurredAt,
        e.eventType,
        e.actorEmail ?? '',
        e.subjectType,
        e.subjectId,
        e.ip ?? '',
        JSON.stringify(e.before),
        JSON.stringify(e.after),
        e.prevHash,
        e.hash,
      ]),
      [
        'seq',
        'occurred_at',
        'event_type',
        'actor',
        'subject_type',
        'subject_id',
        'ip',
        'before',
        'after',
        'prev_hash',
        'hash',
      ],
    ),
    {
      section: 'audit',
      description: `Audit events of the facility's records (${events.length})`,
      date: period,
    },
  );
  await stage.add(
    '06-audit/audit-trail.json',
    json({ facilityId: r.facilityId, from: r.from, to: r.to, verification, chain: verdict, events }),
    { section: 'audit', description: `The same events as JSON, with the chain verification`, date: period },
  );
  return { events: events.length };
}

export interface BuildBinderInput {
  db: Db;
  storage: StorageProvider;
  membership: ActiveMembership;
  generatedBy: string;
  range: BinderRange;
  now?: Date;
}

/**
 * Builds the audit binder of one facility and range from the records: every file is staged in a
 * temporary folder (hashed as written), the index is rendered from the staged list, and the ZIP is
 * written next to it — index first, then the files in section order. The caller streams `zipPath`
 * and calls `cleanup()`.
 */
export async function buildBinder(input: BuildBinderInput): Promise<BuiltBinder> {
  const { db, membership: m, range: r } = input;
  const now = input.now ?? new Date();
  const facility = await findBinderFacility(db, m, r.facilityId);
  const root = await mkdtemp(join(tmpdir(), 'outfall-binder-'));
  const cleanup = () => rm(root, { recursive: true, force: true });
  try {
    const stage = new Stage(join(root, 'files'));
    const notes: BinderNote[] = [];
    const verdict = await verifyAuditTrail(db);
    const verification = verdictLine(verdict);
    const counts = {
      permits: await permitsSection(db, m, r, stage, now.toISOString().slice(0, 10)),
      monitoring: await monitoringSection(db, r, stage),
      reports: await reportsSection(db, m, r, stage, notes),
      violations: await violationsSection(db, r, stage),
      documents: await documentsSection(db, input.storage, m, r, stage, notes),
      audit: await auditSection(db, m, r, stage, verdict, verification),
    };
    if (counts.permits.permits === 0)
      notes.push({ section: 'permits', text: 'No permit in force in the range.' });
    if (counts.documents.documents === 0)
      notes.push({ section: 'documents', text: 'No document dated in the range.' });
    notes.push(
      { section: 'inspections', text: 'none recorded (not yet kept in Outfall).' },
      { section: 'enforcement', text: 'none recorded (not yet kept in Outfall).' },
    );
    const header: BinderHeader = {
      facilityName: facility.name,
      facilityId: facility.id,
      authorityName: facility.authorityName,
      siteAddress: addressLine(facility.siteAddress),
      from: r.from,
      to: r.to,
      generatedAt: now.toISOString(),
      generatedBy: input.generatedBy,
      viewer: `${m.organizationName} (${m.kind}, ${m.role})`,
      auditChain: verification,
    };
    const indexPdf = await renderIndexPdf({ header, entries: stage.entries, notes, counts });
    const index = { sha256: sha256(indexPdf), size: indexPdf.byteLength };
    const manifest = [
      `${index.sha256}  00-index.pdf`,
      ...stage.entries.map((e) => `${e.sha256}  ${e.path}`),
    ].join('\n');

    const zipPath = join(root, 'binder.zip');
    // one stat at a time: the ZIP keeps the index's order (archiver stats files 4 at a time by default)
    const archive = archiver('zip', { zlib: { level: 6 }, statConcurrency: 1 });
    const written = pipeline(archive, createWriteStream(zipPath));
    archive.append(indexPdf, { name: '00-index.pdf', date: now });
    for (const e of stage.entries) {
      archive.file(join(stage.dir, e.path), { name: e.path, date: now });
    }
    await archive.finalize();
    await written;
    const zipHash = createHash('sha256');
    let zipSize = 0;
    for await (const chunk of createReadStream(zipPath)) {
      zipHash.update(chunk as Buffer);
      zipSize += (chunk as Buffer).byteLength;
    }
    const fileName = `outfall-binder-${safeName(facility.name, 60).replaceAll(' ', '-')}-${r.from}-${r.to}.zip`;
    return {
      fileName,
      zipPath,
      zipSha256: zipHash.digest('hex'),
      zipSize,
      index,
      entries: stage.entries,
      notes,
      manifestSha256: sha256(manifest),
      cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
