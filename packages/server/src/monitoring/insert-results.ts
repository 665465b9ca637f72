import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/connect';
import type { results } from '../db/schema';
import { arrayLiteral, type BulkColumn, bulkInsert } from './bulk-insert';
import type { ResultRow } from './results.queries';

export type NewResult = typeof results.$inferInsert & { labQualifiers: string[] };

/** What the evaluation needs of a stored result. */
export interface StoredResultRef {
  id: string;
  monitoringPoint: string;
  parameterCode: string;
  sampleDate: string;
}

export type Row = NewResult & { id: string };

const bool = (b: boolean) => (b ? 't' : 'f');
const text = (s: string | null | undefined) => s ?? null;

/** Qualifier letters as stored: what string_to_array(nullif(joined, ''), ' ') made of them. */
function storedQualifiers(items: readonly string[]): string[] {
  const joined = items.join(' ');
  return joined === '' ? [] : joined.split(' ');
}

const qualifiersOf = (items: readonly string[]) => arrayLiteral(storedQualifiers(items));

/** A result row as the database now holds it (what `select` would read back, bar created_at). */
export function storedRowOf(r: Row, createdAt: Date): ResultRow {
  return {
    id: r.id,
    sampleId: r.sampleId,
    facilityId: r.facilityId,
    monitoringPoint: r.monitoringPoint,
    sampleDate: r.sampleDate,
    parameterCode: r.parameterCode,
    parameterText: r.parameterText,
    valueText: r.valueText,
    qualifier: r.qualifier,
    valueNumber: r.valueNumber ?? null,
    nonDetect: r.nonDetect,
    estimated: r.estimated,
    unit: r.unit,
    unitText: r.unitText,
    mdl: r.mdl ?? null,
    rl: r.rl ?? null,
    method: r.method ?? null,
    analyzedAt: r.analyzedAt ?? null,
    analyst: r.analyst ?? null,
    labQualifiers: storedQualifiers(r.labQualifiers),
    fraction: r.fraction ?? null,
    dilutionFactor: r.dilutionFactor ?? null,
    fingerprint: r.fingerprint,
    resultKey: r.resultKey,
    supersedesId: r.supersedesId ?? null,
    correctionReason: r.correctionReason ?? null,
    quality: r.quality,
    countsForCompliance: r.countsForCompliance,
    createdAt,
    createdByUserId: r.createdByUserId ?? null,
  };
}

// A lab file's reports share their check objects (batchQualityChecker): each is written once.
const checkJson = new WeakMap<object, string>();

/** JSON.stringify(report), each shared check object stringified once. */
function qualityJson(report: NewResult['quality']): string {
  if (Object.keys(report).length !== 3) return JSON.stringify(report); // a report grown other fields
  const checks = report.checks.map((ch) => {
    let json = checkJson.get(ch);
    if (json === undefined) {
      json = JSON.stringify(ch);
      checkJson.set(ch, json);
    }
    return json;
  });
  return `{"status":${JSON.stringify(report.status)},"checks":[${checks.join(',')}],"countsForCompliance":${JSON.stringify(report.countsForCompliance)}}`;
}

// Column, its type, and how to write a row's value for it as text (created_at takes its default).
const COLUMNS: BulkColumn<Row>[] = [
  ['id', 'uuid', (r) => r.id],
  ['sample_id', 'uuid', (r) => r.sampleId],
  ['facility_id', 'uuid', (r) => r.facilityId],
  ['monitoring_point', 'text', (r) => r.monitoringPoint],
  ['sample_date', 'date', (r) => r.sampleDate],
  ['parameter_code', 'text', (r) => r.parameterCode],
  ['parameter_text', 'text', (r) => r.parameterText],
  ['value_text', 'text', (r) => r.valueText],
  ['qualifier', 'text', (r) => r.qualifier],
  ['value_number', 'text', (r) => text(r.valueNumber)],
  ['non_detect', 'boolean', (r) => bool(r.nonDetect)],
  ['estimated', 'boolean', (r) => bool(r.estimated)],
  ['unit', 'text', (r) => r.unit],
  ['unit_text', 'text', (r) => r.unitText],
  ['mdl', 'text', (r) => text(r.mdl)],
  ['rl', 'text', (r) => text(r.rl)],
  ['method', 'text', (r) => text(r.method)],
  ['analyzed_at', 'text', (r) => text(r.analyzedAt)],
  ['analyst', 'text', (r) => text(r.analyst)],
  ['lab_qualifiers', 'text[]', (r) => qualifiersOf(r.labQualifiers)],
  ['fraction', 'text', (r) => text(r.fraction)],
  ['dilution_factor', 'text', (r) => text(r.dilutionFactor)],
  ['fingerprint', 'text', (r) => r.fingerprint],
  ['result_key', 'text', (r) => r.resultKey],
  ['supersedes_id', 'uuid', (r) => text(r.supersedesId)],
  ['correction_reason', 'text', (r) => text(r.correctionReason)],
  ['quality', 'jsonb', (r) => qualityJson(r.quality)],
  ['counts_for_compliance', 'boolean', (r) => bool(r.countsForCompliance)],
  ['created_by_user_id', 'uuid', (r) => text(r.createdByUserId)],
];

/**
 * Inserts results in bulk (COPY on PostgreSQL), ids made here so each row keeps its own; rows may
 * be made lazily (an iterable), so that the server stores the first rows while the rest are made.
 * `kept`, when given, receives each row as stored.
 */
export async function insertResults(
  tx: Tx,
  rows: Iterable<NewResult>,
  kept?: ResultRow[],
): Promise<StoredResultRef[]> {
  const refs: StoredResultRef[] = [];
  const createdAt = new Date();
  function* withIds(): Generator<Row> {
    for (const r of rows) {
      const row = { ...r, id: randomUUID() };
      refs.push({
        id: row.id,
        monitoringPoint: r.monitoringPoint,
        parameterCode: r.parameterCode,
        sampleDate: r.sampleDate,
      });
      if (kept) kept.push(storedRowOf(row, createdAt));
      yield row;
    }
  }
  await bulkInsert(tx, 'results', COLUMNS, withIds());
  return refs;
}
