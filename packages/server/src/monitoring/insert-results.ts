import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import type { results } from '../db/schema';

export type NewResult = typeof results.$inferInsert & { labQualifiers: string[] };

interface InsertedRow {
  id: string;
  monitoring_point: string;
  parameter_code: string;
  sample_date: string;
}

/** What the evaluation needs of a stored result. */
export interface StoredResultRef {
  id: string;
  monitoringPoint: string;
  parameterCode: string;
  sampleDate: string;
}

// Column, its array type, and how to read a row's value for it.
const COLUMNS: [string, string, (r: NewResult) => unknown][] = [
  ['sample_id', 'uuid', (r) => r.sampleId],
  ['facility_id', 'uuid', (r) => r.facilityId],
  ['monitoring_point', 'text', (r) => r.monitoringPoint],
  ['sample_date', 'date', (r) => r.sampleDate],
  ['parameter_code', 'text', (r) => r.parameterCode],
  ['parameter_text', 'text', (r) => r.parameterText],
  ['value_text', 'text', (r) => r.valueText],
  ['qualifier', 'text', (r) => r.qualifier],
  ['value_number', 'text', (r) => r.valueNumber ?? null],
  ['non_detect', 'boolean', (r) => r.nonDetect],
  ['estimated', 'boolean', (r) => r.estimated],
  ['unit', 'text', (r) => r.unit],
  ['unit_text', 'text', (r) => r.unitText],
  ['mdl', 'text', (r) => r.mdl ?? null],
  ['rl', 'text', (r) => r.rl ?? null],
  ['method', 'text', (r) => r.method ?? null],
  ['analyzed_at', 'text', (r) => r.analyzedAt ?? null],
  ['analyst', 'text', (r) => r.analyst ?? null],
  ['lab_qualifiers', 'text', (r) => r.labQualifiers.join(' ')],
  ['fraction', 'text', (r) => r.fraction ?? null],
  ['dilution_factor', 'text', (r) => r.dilutionFactor ?? null],
  ['fingerprint', 'text', (r) => r.fingerprint],
  ['result_key', 'text', (r) => r.resultKey],
  ['supersedes_id', 'uuid', (r) => r.supersedesId ?? null],
  ['correction_reason', 'text', (r) => r.correctionReason ?? null],
  ['quality', 'text', (r) => JSON.stringify(r.quality)],
  ['counts_for_compliance', 'boolean', (r) => r.countsForCompliance],
  ['created_by_user_id', 'uuid', (r) => r.createdByUserId ?? null],
];

const SELECTED = COLUMNS.map(([name]) =>
  name === 'lab_qualifiers'
    ? `coalesce(string_to_array(nullif(lab_qualifiers, ''), ' '), '{}')`
    : name === 'quality'
      ? 'quality::jsonb'
      : name,
).join(', ');

/**
 * Inserts results as one column array per field (`unnest`): a few parameters per chunk instead
 * of one per cell, which is what makes large lab files fast on both PGlite and PostgreSQL.
 */
export async function insertResults(tx: Tx, rows: readonly NewResult[]): Promise<StoredResultRef[]> {
  const refs: StoredResultRef[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const arrays = COLUMNS.map(([, type, read]) => sql`${sql.param(chunk.map(read))}::${sql.raw(type)}[]`);
    const names = sql.raw(COLUMNS.map(([name]) => name).join(', '));
    const inserted = await tx.execute<{
      id: string;
      monitoring_point: string;
      parameter_code: string;
      sample_date: string;
    }>(
      sql`insert into results (${names}) select ${sql.raw(SELECTED)} from unnest(${sql.join(arrays, sql`, `)}) as t(${names}) returning id, monitoring_point, parameter_code, sample_date::text`,
    );
    for (const r of (inserted as unknown as { rows: InsertedRow[] }).rows) {
      refs.push({
        id: r.id,
        monitoringPoint: r.monitoring_point,
        parameterCode: r.parameter_code,
        sampleDate: r.sample_date,
      });
    }
  }
  return refs;
}
