import { z } from 'zod';
import { ContentId, DecimalText, IsoDateText, ValueSlot } from './permits-common';
import { PermitContent } from './permits-content';
import type { PermitIssue } from './permits-issues';

/** One reported DMR value (NetDMR copy of record or ECHO history), kept exactly as reported. */
export const ImportedDmrValue = z.object({
  /** Deterministic: 'value:001:00400:C1:2018-08-31'. */
  id: ContentId,
  /** The imported limit it reports against ('limit:001:00400:ME'); null when the file has none. */
  limitId: ContentId.nullable(),
  parameterCode: z.string(),
  monitoringLocationCode: z.string(),
  valueSlot: ValueSlot,
  statisticalBaseCode: z.string().nullable(),
  /** '<', '<=', '=', '>=', '>' (§11.1); null when no value was reported. */
  qualifier: z.string().nullable(),
  value: DecimalText.nullable(),
  /** Value-level NODI (§9.10), e.g. 'C' no discharge. */
  nodiCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  unitText: z.string().nullable(),
  /** ECHO only: EPA's own verdict on the value. */
  violationCode: z.string().nullable(),
});
export type ImportedDmrValue = z.infer<typeof ImportedDmrValue>;

export const ImportedDmrReport = z.object({
  /** Deterministic: 'dmr:001:Q:2018-08-31'. */
  id: ContentId,
  outfallId: ContentId,
  limitSetId: ContentId.nullable(),
  periodStart: IsoDateText.nullable(),
  periodEnd: IsoDateText,
  dueDate: IsoDateText.nullable(),
  submittedAt: z.string().nullable(),
  /** Form-level NODI. */
  nodiCode: z.string().nullable(),
  comment: z.string().nullable(),
  /** Excursions reported per parameter code. */
  excursions: z.record(z.string(), z.number().int()),
  values: z.array(ImportedDmrValue),
});
export type ImportedDmrReport = z.infer<typeof ImportedDmrReport>;

export const PermitImportResult = z.object({
  source: z.enum(['netdmr_xml', 'echo_csv']),
  permitNumber: z.string(),
  facilityName: z.string().nullable(),
  content: PermitContent,
  reports: z.array(ImportedDmrReport),
  /** Things imported with a caveat (never errors: a malformed file is refused whole). */
  warnings: z.array(z.string()),
});
export type PermitImportResult = z.infer<typeof PermitImportResult>;

/** An import either yields a result or is refused with every element/row at fault. */
export type PermitImportOutcome =
  | { ok: true; result: PermitImportResult }
  | { ok: false; errors: PermitIssue[] };
