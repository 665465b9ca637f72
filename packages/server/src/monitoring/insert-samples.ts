import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/connect';
import type { samples } from '../db/schema';
import { type BulkColumn, bulkInsert } from './bulk-insert';

export type NewSample = Omit<typeof samples.$inferInsert, 'id'>;

type Row = NewSample & { id: string };

const text = (s: string | null | undefined) => s ?? null;

// Column, its type, and how to write a row's value for it as text (created_at takes its default).
const COLUMNS: BulkColumn<Row>[] = [
  ['id', 'uuid', (r) => r.id],
  ['facility_id', 'uuid', (r) => r.facilityId],
  ['permit_id', 'uuid', (r) => text(r.permitId)],
  ['monitoring_point', 'text', (r) => r.monitoringPoint],
  ['collected_start', 'text', (r) => r.collectedStart],
  ['collected_end', 'text', (r) => text(r.collectedEnd)],
  ['sample_date', 'date', (r) => r.sampleDate],
  ['sample_type', 'text', (r) => text(r.sampleType)],
  ['collection_method', 'text', (r) => text(r.collectionMethod)],
  ['collector', 'text', (r) => text(r.collector)],
  ['client_sample_id', 'text', (r) => text(r.clientSampleId)],
  ['lab_sample_id', 'text', (r) => text(r.labSampleId)],
  ['chain_of_custody', 'jsonb', (r) => (r.chainOfCustody == null ? null : JSON.stringify(r.chainOfCustody))],
  ['lab_name', 'text', (r) => text(r.labName)],
  ['lab_cert_id', 'text', (r) => text(r.labCertId)],
  ['sampled_by', 'text', (r) => r.sampledBy],
  ['source', 'text', (r) => r.source],
  ['import_batch_id', 'uuid', (r) => text(r.importBatchId)],
  ['created_by_user_id', 'uuid', (r) => text(r.createdByUserId)],
];

/** Inserts samples with COPY, ids made here so each row keeps its own. */
export async function insertSamples(tx: Tx, rows: readonly NewSample[]): Promise<string[]> {
  const withIds = rows.map((r) => ({ ...r, id: randomUUID() }));
  await bulkInsert(tx, 'samples', COLUMNS, withIds);
  return withIds.map((r) => r.id);
}
