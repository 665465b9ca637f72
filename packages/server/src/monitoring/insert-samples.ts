import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import type { samples } from '../db/schema';

export type NewSample = Omit<typeof samples.$inferInsert, 'id'>;

const COLUMNS: [string, string, (r: NewSample & { id: string }) => unknown][] = [
  ['id', 'uuid', (r) => r.id],
  ['facility_id', 'uuid', (r) => r.facilityId],
  ['permit_id', 'uuid', (r) => r.permitId ?? null],
  ['monitoring_point', 'text', (r) => r.monitoringPoint],
  ['collected_start', 'text', (r) => r.collectedStart],
  ['collected_end', 'text', (r) => r.collectedEnd ?? null],
  ['sample_date', 'date', (r) => r.sampleDate],
  ['sample_type', 'text', (r) => r.sampleType ?? null],
  ['collection_method', 'text', (r) => r.collectionMethod ?? null],
  ['collector', 'text', (r) => r.collector ?? null],
  ['client_sample_id', 'text', (r) => r.clientSampleId ?? null],
  ['lab_sample_id', 'text', (r) => r.labSampleId ?? null],
  ['chain_of_custody', 'text', (r) => (r.chainOfCustody == null ? null : JSON.stringify(r.chainOfCustody))],
  ['lab_name', 'text', (r) => r.labName ?? null],
  ['lab_cert_id', 'text', (r) => r.labCertId ?? null],
  ['sampled_by', 'text', (r) => r.sampledBy],
  ['source', 'text', (r) => r.source],
  ['import_batch_id', 'uuid', (r) => r.importBatchId ?? null],
  ['created_by_user_id', 'uuid', (r) => r.createdByUserId ?? null],
];

const NAMES = COLUMNS.map(([name]) => name).join(', ');
const SELECTED = NAMES.replace('chain_of_custody', 'chain_of_custody::jsonb');

/** Inserts samples as column arrays (`unnest`), ids made here so each row keeps its own. */
export async function insertSamples(tx: Tx, rows: readonly NewSample[]): Promise<string[]> {
  const withIds = rows.map((r) => ({ ...r, id: randomUUID() }));
  for (let i = 0; i < withIds.length; i += 5000) {
    const chunk = withIds.slice(i, i + 5000);
    const arrays = COLUMNS.map(([, type, read]) => sql`${sql.param(chunk.map(read))}::${sql.raw(type)}[]`);
    await tx.execute(
      sql`insert into samples (${sql.raw(NAMES)}) select ${sql.raw(SELECTED)} from unnest(${sql.join(arrays, sql`, `)}) as t(${sql.raw(NAMES)})`,
    );
  }
  return withIds.map((r) => r.id);
}
