import { ReportKind } from '@outfall/domain/contracts/permits-content';
import type {
  ReportContent,
  ReportSignature,
  UpdateReportDraftInput,
} from '@outfall/domain/contracts/reports';
import { ReportStatus } from '@outfall/domain/contracts/reports';
import { SignatoryKind } from '@outfall/domain/contracts/roles';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, created, day, stamp } from './columns';
import { enumValues } from './enum-values';
import { organizations, users } from './schema';
import { permits } from './schema-permits';

/**
 * Certification statements, verbatim from the CFR and versioned (403.6(a)(2)(ii), 122.22(d),
 * 403.12(q)). Rows are seeded by migration and never changed; a new wording is a new version.
 */
export const certificationTemplates = pgTable(
  'certification_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    citation: text('citation').notNull(),
    text: text('text').notNull(),
    createdAt: created(),
  },
  (t) => [uniqueIndex('certification_templates_key_version_idx').on(t.key, t.version)],
);

/**
 * 403.12(l)(3): a written authorization by a responsible official naming an individual (a user) or
 * a position as duly authorized representative. Valid for signing once the authority has recorded
 * its receipt and until superseded.
 */
export const signatoryAuthorizations = pgTable(
  'signatory_authorizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => organizations.id),
    delegateUserId: uuid('delegate_user_id').references(() => users.id),
    position: text('position'),
    principalName: text('principal_name').notNull(),
    principalTitle: text('principal_title').notNull(),
    signedOn: day('signed_on').notNull(),
    /** The written authorization as uploaded (a document of kind signatory_authorization). */
    documentId: uuid('document_id'),
    receivedByAuthorityOn: day('received_by_authority_on'),
    receivedByUserId: uuid('received_by_user_id').references(() => users.id),
    supersededAt: stamp('superseded_at'),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [index('signatory_authorizations_facility_idx').on(t.facilityId)],
);

/** One report obligation: a permit reporting requirement for one period. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => organizations.id),
    permitId: uuid('permit_id')
      .notNull()
      .references(() => permits.id),
    /** The reporting requirement's content id in the permit. */
    requirementId: text('requirement_id').notNull(),
    kind: text('kind', { enum: enumValues(ReportKind) }).notNull(),
    title: text('title').notNull(),
    outfallCode: text('outfall_code'),
    periodStart: day('period_start').notNull(),
    periodEnd: day('period_end').notNull(),
    dueDate: day('due_date').notNull(),
    status: text('status', { enum: enumValues(ReportStatus) }).notNull(),
    currentRevision: integer('current_revision').notNull().default(1),
    /** Signature time of the first submitted revision (the received date). */
    receivedAt: stamp('received_at'),
    createdAt: created(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reports_obligation_idx').on(t.permitId, t.requirementId, t.periodEnd),
    index('reports_facility_idx').on(t.facilityId, t.dueDate),
  ],
);

/**
 * The content of a report, one row per revision. A draft is edited in place; once signed the row
 * is frozen (a trigger refuses UPDATE and DELETE of a signed revision).
 */
export const reportRevisions = pgTable(
  'report_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    revision: integer('revision').notNull(),
    content: jsonb('content').$type<ReportContent>(),
    /** The preparer's edits, re-applied whenever the computed part is rebuilt. */
    edits: jsonb('edits').$type<UpdateReportDraftInput>().notNull().default({}),
    amendmentReason: text('amendment_reason'),
    signedAt: stamp('signed_at'),
    signerUserId: uuid('signer_user_id').references(() => users.id),
    signatoryKind: text('signatory_kind', { enum: enumValues(SignatoryKind) }),
    authorizationId: uuid('authorization_id').references(() => signatoryAuthorizations.id),
    certificationTemplateId: uuid('certification_template_id').references(() => certificationTemplates.id),
    signature: jsonb('signature').$type<ReportSignature>(),
    createdAt: created(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_revisions_report_revision_idx').on(t.reportId, t.revision)],
);

/** The copy of record of a signed revision (§10.2 R6): append-only, with both digests. */
export const copiesOfRecord = pgTable(
  'copies_of_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    revisionId: uuid('revision_id')
      .notNull()
      .references(() => reportRevisions.id),
    revision: integer('revision').notNull(),
    json: bytea('json').notNull(),
    jsonSha256: text('json_sha256').notNull(),
    pdf: bytea('pdf').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    /** The audit event that recorded the signature and both digests. */
    auditSeq: integer('audit_seq').notNull(),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('copies_of_record_revision_idx').on(t.revisionId),
    index('copies_of_record_json_idx').on(t.jsonSha256),
    index('copies_of_record_pdf_idx').on(t.pdfSha256),
  ],
);

/** The authority's decisions on submitted revisions. */
export const reportReviews = pgTable(
  'report_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    revision: integer('revision').notNull(),
    decision: text('decision', { enum: ['accepted', 'returned'] }).notNull(),
    comment: text('comment'),
    reviewerUserId: uuid('reviewer_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('report_reviews_report_idx').on(t.reportId)],
);

/**
 * Files attached to a report (lab reports, BMP logs …): immutable, with their SHA-256. A draft
 * lists the ones it carries; the signed content and its copy of record name them by digest.
 */
export const reportAttachments = pgTable(
  'report_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [index('report_attachments_report_idx').on(t.reportId)],
);
