import type { LabColumnMapping, QualityReport } from '@outfall/domain/contracts/monitoring';
import { ViolationKind } from '@outfall/domain/contracts/monitoring-api';
import { ManualViolationCategory } from '@outfall/domain/contracts/program';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { created, day, stamp } from './columns';
import { enumValues } from './enum-values';
import { organizations, users } from './schema';
import { permits } from './schema-permits';

const facilityRef = () =>
  uuid('facility_id')
    .notNull()
    .references(() => organizations.id);

/** A lab's saved column mapping, reused for the next file from that lab (per facility). */
export const labMappings = pgTable(
  'lab_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: facilityRef(),
    labName: text('lab_name').notNull(),
    mapping: jsonb('mapping').$type<LabColumnMapping>().notNull(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lab_mappings_facility_lab_idx').on(t.facilityId, t.labName)],
);

/** Tokens labs and LIMS use to post results for one facility; only the SHA-256 is stored. */
export const labTokens = pgTable(
  'lab_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: facilityRef(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    revokedAt: stamp('revoked_at'),
  },
  (t) => [
    uniqueIndex('lab_tokens_hash_idx').on(t.tokenHash),
    index('lab_tokens_facility_idx').on(t.facilityId),
  ],
);

/** One lab file imported (upload or API); a file already imported adds nothing. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: facilityRef(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    labName: text('lab_name'),
    source: text('source', { enum: ['upload', 'api'] }).notNull(),
    rowCount: integer('row_count').notNull(),
    addedCount: integer('added_count').notNull(),
    repeatedCount: integer('repeated_count').notNull(),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    labTokenId: uuid('lab_token_id').references(() => labTokens.id),
  },
  (t) => [uniqueIndex('import_batches_file_idx').on(t.facilityId, t.fileSha256)],
);

/** A sampling event: where, when and how a sample was taken (403.12(o) record contents, §3.6). */
export const samples = pgTable(
  'samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: facilityRef(),
    permitId: uuid('permit_id').references(() => permits.id),
    /** Monitoring point key shared with the engine's limits: '001', or '001/G' for another location. */
    monitoringPoint: text('monitoring_point').notNull(),
    /** Local date-times at the facility, 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM', as the lab wrote them. */
    collectedStart: text('collected_start').notNull(),
    collectedEnd: text('collected_end'),
    sampleDate: day('sample_date').notNull(),
    sampleType: text('sample_type'),
    collectionMethod: text('collection_method', { enum: ['grab', 'composite'] }),
    collector: text('collector'),
    clientSampleId: text('client_sample_id'),
    labSampleId: text('lab_sample_id'),
    chainOfCustody: jsonb('chain_of_custody'),
    labName: text('lab_name'),
    labCertId: text('lab_cert_id'),
    sampledBy: text('sampled_by', { enum: ['permittee', 'authority'] }).notNull(),
    source: text('source', { enum: ['manual', 'import', 'api'] }).notNull(),
    importBatchId: uuid('import_batch_id').references(() => importBatches.id),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [index('samples_facility_date_idx').on(t.facilityId, t.sampleDate)],
);

/**
 * One analytical result, exactly as reported. A correction is a new row that `supersedes_id` the
 * old one with a reason; the old value is never updated (403.12(g)(6): every reported result counts).
 */
export const results = pgTable(
  'results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id),
    facilityId: facilityRef(),
    monitoringPoint: text('monitoring_point').notNull(),
    sampleDate: day('sample_date').notNull(),
    parameterCode: text('parameter_code').notNull(),
    parameterText: text('parameter_text').notNull(),
    valueText: text('value_text').notNull(),
    qualifier: text('qualifier', { enum: ['<', '>', '='] }).notNull(),
    valueNumber: text('value_number'),
    nonDetect: boolean('non_detect').notNull(),
    estimated: boolean('estimated').notNull(),
    unit: text('unit').notNull(),
    unitText: text('unit_text').notNull(),
    mdl: text('mdl'),
    rl: text('rl'),
    method: text('method'),
    analyzedAt: text('analyzed_at'),
    analyst: text('analyst'),
    labQualifiers: text('lab_qualifiers').array().notNull(),
    fraction: text('fraction', { enum: ['total', 'dissolved'] }),
    dilutionFactor: text('dilution_factor'),
    fingerprint: text('fingerprint').notNull(),
    resultKey: text('result_key').notNull(),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => results.id),
    correctionReason: text('correction_reason'),
    quality: jsonb('quality').$type<QualityReport>().notNull(),
    countsForCompliance: boolean('counts_for_compliance').notNull(),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [
    index('results_series_idx').on(t.facilityId, t.monitoringPoint, t.parameterCode, t.sampleDate),
    index('results_sample_idx').on(t.sampleId),
    index('results_key_idx').on(t.facilityId, t.resultKey),
    uniqueIndex('results_supersedes_idx').on(t.supersedesId),
    uniqueIndex('results_fingerprint_idx')
      .on(t.facilityId, t.fingerprint)
      .where(sql`${t.supersedesId} is null`),
  ],
);

/** Total flow of one day at one monitoring point (MGD), for loads and flow-weighted means (§9.2–9.3). */
export const dailyFlows = pgTable(
  'daily_flows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: facilityRef(),
    monitoringPoint: text('monitoring_point').notNull(),
    flowDate: day('flow_date').notNull(),
    flowMgd: numeric('flow_mgd').notNull(),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('daily_flows_day_idx').on(t.facilityId, t.monitoringPoint, t.flowDate)],
);

/** An effluent (limit exceeded) or monitoring (required sample missed) violation. */
export const violations = pgTable(
  'violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: facilityRef(),
    permitId: uuid('permit_id').references(() => permits.id),
    kind: text('kind', { enum: enumValues(ViolationKind) }).notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    /** Effluent: the permit limit's id; monitoring: the monitoring requirement's id. */
    limitRef: text('limit_ref').notNull(),
    parameterCode: text('parameter_code').notNull(),
    monitoringPoint: text('monitoring_point').notNull(),
    periodStart: day('period_start').notNull(),
    periodEnd: day('period_end').notNull(),
    computedValue: text('computed_value'),
    limitValue: text('limit_value'),
    unit: text('unit'),
    exceedancePct: numeric('exceedance_pct'),
    resultIds: uuid('result_ids').array().notNull(),
    explanation: jsonb('explanation').notNull(),
    /** 403.12(g)(2): the 24-hour notice and 30-day repeat-sample dates of IU self-monitoring. */
    noticeDue: day('notice_due'),
    resampleDue: day('resample_due'),
    closedReason: text('closed_reason'),
    closedAt: stamp('closed_at'),
    /** Manual violations: the category (pass-through, interference, endangerment …). */
    category: text('category', { enum: enumValues(ManualViolationCategory) }),
    /** What happened, in words (manual and inspection violations; optional otherwise). */
    description: text('description'),
    /** When the authority learned of it: the ERP time frames run from here (§5.2). */
    detectedOn: day('detected_on'),
    /** A POTW determination that this violation meets SNC criterion C, D, G or H (§4.1). */
    sncCriterion: text('snc_criterion', { enum: ['C', 'D', 'G', 'H'] }),
    /** The inspection finding it came from. */
    findingId: uuid('finding_id'),
    /** The date the facility returned to compliance, when recorded by the authority. */
    returnedToComplianceOn: day('returned_to_compliance_on'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    index('violations_facility_idx').on(t.facilityId, t.status),
    uniqueIndex('violations_open_idx')
      .on(t.facilityId, t.kind, t.limitRef, t.monitoringPoint, t.periodStart, t.periodEnd)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** In-app notifications, to one user or to every member of an organization. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    kind: text('kind', {
      enum: ['violation', 'warning', 'violation_closed', 'missed_sample', 'report', 'deadline'],
    }).notNull(),
    text: text('text').notNull(),
    link: text('link'),
    createdAt: created(),
    readAt: stamp('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
