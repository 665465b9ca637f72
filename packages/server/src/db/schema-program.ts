import {
  type ChecklistAnswer,
  EnforcementActionStatus,
  EnforcementActionType,
  FindingSeverity,
  InspectionKind,
  InspectionStatus,
  ProgramReportStatus,
  SncWindowModeSchema,
} from '@outfall/domain/contracts/program';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, created, day, stamp } from './columns';
import { enumValues } from './enum-values';
import { organizations, users } from './schema';
import { documents } from './schema-documents';
import { violations } from './schema-monitoring';

/**
 * The POTW pretreatment program (issue 7): program settings, inspections, the Enforcement
 * Response Guide, enforcement actions, SNC evaluations and the annual report.
 */

const authorityRef = () =>
  uuid('authority_id')
    .notNull()
    .references(() => organizations.id);
const facilityRef = () =>
  uuid('facility_id')
    .notNull()
    .references(() => organizations.id);

/** The authority's LOCAL program settings (§3.1, §3.2, §4.2, §5.2, §6.1); defaults are the federal ones. */
export const programSettings = pgTable('program_settings', {
  authorityId: uuid('authority_id')
    .primaryKey()
    .references(() => organizations.id),
  /** §4.2: FIXED_SEMIANNUAL (default) or ROLLING_QUARTERLY. */
  sncWindowMode: text('snc_window_mode', { enum: enumValues(SncWindowModeSchema) })
    .notNull()
    .default('FIXED_SEMIANNUAL'),
  /** 403.8(f)(2)(viii)(F): days after the due date before a late report is SNC; federal 45. */
  lateReportDays: integer('late_report_days').notNull().default(45),
  /** §3.1: the reporting year starts on the first of this month (1 = calendar year). */
  reportingYearStartMonth: integer('reporting_year_start_month').notNull().default(1),
  /** §3.2: slug control re-evaluation interval in months (LOCAL; 24 where the ordinance says two years). */
  slugReevaluationMonths: integer('slug_reevaluation_months').notNull().default(24),
  /** §5.2 time frames, in days. */
  erpDocumentDays: integer('erp_document_days').notNull().default(5),
  erpInitialResponseDays: integer('erp_initial_response_days').notNull().default(15),
  erpFollowUpDays: integer('erp_follow_up_days').notNull().default(60),
  erpSncFormalDays: integer('erp_snc_formal_days').notNull().default(30),
  /** A series this many percentage points below the A/B threshold is "near SNC" (besides one-more warnings). */
  nearSncMarginPercent: integer('near_snc_margin_percent').notNull().default(10),
  /** §6.1: the annual report is due this many days after the reporting year ends (LOCAL). */
  annualReportDueDays: integer('annual_report_due_days').notNull().default(60),
  /** The POTW's NPDES permit number: the annual report's PermitIdentifier. */
  npdesPermitId: text('npdes_permit_id'),
  /** §6.2 SUOReference / SUODate. */
  suoReference: text('suo_reference'),
  suoDate: day('suo_date'),
  /** §6.3 LocalLimitsAdoptionDate / LocalLimitsEvaluationDate. */
  localLimitsAdoptionDate: day('local_limits_adoption_date'),
  localLimitsEvaluationDate: day('local_limits_evaluation_date'),
  /** Titles printed on letters and the ERP (403.8(f)(5)(iii): officials by title). */
  directorTitle: text('director_title').notNull().default('Director'),
  coordinatorTitle: text('coordinator_title').notNull().default('Pretreatment Coordinator'),
  /** The NOV letter template (placeholders in {{double braces}}); null: the built-in one. */
  novTemplate: text('nov_template'),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
});

/** One checklist item of a template. */
export interface ChecklistTemplateItem {
  id: string;
  section: string;
  text: string;
}

/** An editable inspection checklist. Editing makes a new version; inspections keep their snapshot. */
export const checklistTemplates = pgTable(
  'checklist_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: authorityRef(),
    name: text('name').notNull(),
    /** The inspection kinds it is offered for (empty: all). */
    kinds: text('kinds', { enum: enumValues(InspectionKind) })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    items: jsonb('items').$type<ChecklistTemplateItem[]>().notNull(),
    version: integer('version').notNull().default(1),
    archivedAt: stamp('archived_at'),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [index('checklist_templates_authority_idx').on(t.authorityId)],
);

/** A checklist item as answered on one inspection (the template item's text is copied). */
export interface InspectionChecklistItem extends ChecklistTemplateItem {
  answer: (typeof ChecklistAnswer.options)[number] | null;
  note: string | null;
}

/** An authority inspection, sampling visit or evaluation of one facility (§3.1, §3.2). */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: authorityRef(),
    facilityId: facilityRef(),
    kind: text('kind', { enum: enumValues(InspectionKind) }).notNull(),
    status: text('status', { enum: enumValues(InspectionStatus) }).notNull(),
    /** The visit includes authority sampling of the effluent (counts as "sampled" for §3.1). */
    includesSampling: boolean('includes_sampling').notNull().default(false),
    /** Announced (scheduled with the facility) or unannounced. */
    announced: boolean('announced').notNull().default(true),
    scheduledDate: day('scheduled_date').notNull(),
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    checklistTemplateId: uuid('checklist_template_id').references(() => checklistTemplates.id),
    checklist: jsonb('checklist').$type<InspectionChecklistItem[]>().notNull().default([]),
    /** People met on site. */
    contacts: text('contacts'),
    summary: text('summary'),
    startedAt: stamp('started_at'),
    completedAt: stamp('completed_at'),
    completedByUserId: uuid('completed_by_user_id').references(() => users.id),
    /** The day the visit took place (set on completion; may differ from the scheduled day). */
    inspectedOn: day('inspected_on'),
    cancelledReason: text('cancelled_reason'),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('inspections_facility_idx').on(t.facilityId, t.status),
    index('inspections_authority_date_idx').on(t.authorityId, t.scheduledDate),
  ],
);

/** Something the inspector found; a finding of severity `violation` can become a violation. */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    facilityId: facilityRef(),
    checklistItemId: text('checklist_item_id'),
    description: text('description').notNull(),
    severity: text('severity', { enum: enumValues(FindingSeverity) }).notNull(),
    violationId: uuid('violation_id').references(() => violations.id),
    createdAt: created(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
  },
  (t) => [index('inspection_findings_inspection_idx').on(t.inspectionId)],
);

/** A follow-up item with a due date (corrective action the facility owes, or a re-visit). */
export const inspectionFollowUps = pgTable(
  'inspection_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    facilityId: facilityRef(),
    description: text('description').notNull(),
    dueDate: day('due_date').notNull(),
    completedAt: stamp('completed_at'),
    completedByUserId: uuid('completed_by_user_id').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('inspection_follow_ups_inspection_idx').on(t.inspectionId)],
);

/**
 * One row of the authority's Enforcement Response Guide (§5.4, LOCAL): for a kind of noncompliance
 * and a circumstance, the range of responses, the official by title and the time frame.
 */
export const erpGuideEntries = pgTable(
  'erp_guide_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: authorityRef(),
    position: integer('position').notNull(),
    /** Machine key of the noncompliance ('effluent', 'reporting', 'manual:pass_through' …). */
    noncompliance: text('noncompliance').notNull(),
    noncomplianceLabel: text('noncompliance_label').notNull(),
    /** Machine key of the circumstance ('isolated_minor', 'snc' …) and its words. */
    circumstance: text('circumstance').notNull(),
    circumstanceLabel: text('circumstance_label').notNull(),
    responses: text('responses', { enum: enumValues(EnforcementActionType) })
      .array()
      .notNull(),
    officialTitle: text('official_title').notNull(),
    /** Days from detection (or the SNC determination) within which the response is due. */
    timeFrameDays: integer('time_frame_days').notNull(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('erp_guide_entries_key_idx').on(t.authorityId, t.noncompliance, t.circumstance)],
);

/** A compliance schedule milestone set by an enforcement order (criterion E applies to the first three kinds). */
export interface OrderMilestone {
  id: string;
  kind: 'start-construction' | 'complete-construction' | 'final-compliance' | 'other';
  description: string;
  scheduledDate: string;
  achievedDate: string | null;
}

/** An enforcement response (§5.3) to one or more violations of one facility. */
export const enforcementActions = pgTable(
  'enforcement_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: authorityRef(),
    facilityId: facilityRef(),
    type: text('type', { enum: enumValues(EnforcementActionType) }).notNull(),
    level: integer('level').notNull(),
    status: text('status', { enum: enumValues(EnforcementActionStatus) }).notNull(),
    /** The ERG entry it followed, if any (null when the coordinator chose outside the guide). */
    guideEntryId: uuid('guide_entry_id').references(() => erpGuideEntries.id),
    issuedOn: day('issued_on').notNull(),
    /** When the facility's response (explanation, corrective action, payment) is due. */
    responseDue: day('response_due'),
    officialTitle: text('official_title').notNull(),
    issuedByUserId: uuid('issued_by_user_id').references(() => users.id),
    summary: text('summary').notNull(),
    /** What the facility must do (printed on the letter). */
    requirements: text('requirements'),
    complianceSchedule: jsonb('compliance_schedule').$type<OrderMilestone[]>().notNull().default([]),
    /** Dollars as decimal text ('2500.00'). */
    penaltyAssessed: text('penalty_assessed'),
    penaltyCollected: text('penalty_collected'),
    penaltyCollectedOn: day('penalty_collected_on'),
    /** For judicial referrals: civil or criminal (§6.2 counts each). */
    judicialKind: text('judicial_kind', { enum: ['civil', 'criminal'] }),
    /** The letter (NOV, order) generated or uploaded, in the document library. */
    letterDocumentId: uuid('letter_document_id').references(() => documents.id),
    respondedOn: day('responded_on'),
    responseNote: text('response_note'),
    /** The action this one escalated to when its response date passed. */
    escalatedToId: uuid('escalated_to_id').references((): AnyPgColumn => enforcementActions.id),
    escalatedAt: stamp('escalated_at'),
    closedOn: day('closed_on'),
    closedReason: text('closed_reason'),
    createdAt: created(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('enforcement_actions_facility_idx').on(t.facilityId, t.issuedOn),
    index('enforcement_actions_authority_idx').on(t.authorityId, t.status),
  ],
);

/** Which violations an action answers. */
export const enforcementActionViolations = pgTable(
  'enforcement_action_violations',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => enforcementActions.id),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.violationId] }),
    index('enforcement_action_violations_violation_idx').on(t.violationId),
  ],
);

/**
 * The SNC evaluation of one IU for one window (§4.2: kept per window for the public notice), re-run
 * while the window is open and frozen once it has closed and been evaluated after its end.
 */
export const sncEvaluations = pgTable(
  'snc_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: authorityRef(),
    facilityId: facilityRef(),
    windowMode: text('window_mode', { enum: enumValues(SncWindowModeSchema) }).notNull(),
    windowStart: day('window_start').notNull(),
    windowEnd: day('window_end').notNull(),
    windowLabel: text('window_label').notNull(),
    asOf: day('as_of').notNull(),
    isSignificantIndustrialUser: boolean('is_siu').notNull(),
    isSnc: boolean('is_snc').notNull(),
    isNearSnc: boolean('is_near_snc').notNull(),
    criteriaMet: text('criteria_met').array().notNull(),
    /** The dated findings (criterion, parameter, point, window, determinedOn). */
    findings: jsonb('findings').notNull(),
    /** One-more and near-SNC warnings. */
    warnings: jsonb('warnings').notNull(),
    /** Per criterion: the measurements, the arithmetic and the verdict, as shown to the user. */
    explanation: jsonb('explanation').notNull(),
    /** The program settings the engine was given (window mode, late-report days …). */
    settings: jsonb('settings').notNull(),
    evaluatedAt: stamp('evaluated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('snc_evaluations_window_idx').on(t.facilityId, t.windowMode, t.windowStart, t.windowEnd),
    index('snc_evaluations_authority_idx').on(t.authorityId, t.windowEnd),
  ],
);

/**
 * The pretreatment annual report (403.12(i)) of one authority for one reporting year. A draft is
 * rebuilt from the records; once signed the row is frozen (trigger) and its copy of record stored.
 */
export const programReports = pgTable(
  'program_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: authorityRef(),
    periodStart: day('period_start').notNull(),
    periodEnd: day('period_end').notNull(),
    dueDate: day('due_date').notNull(),
    status: text('status', { enum: enumValues(ProgramReportStatus) }).notNull(),
    /** The figures and lists built from the records. */
    content: jsonb('content'),
    /** What the authority enters: program changes, budget, other information. */
    edits: jsonb('edits').notNull().default({}),
    preparedAt: stamp('prepared_at'),
    signedAt: stamp('signed_at'),
    signerUserId: uuid('signer_user_id').references(() => users.id),
    signature: jsonb('signature'),
    createdAt: created(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('program_reports_period_idx').on(t.authorityId, t.periodStart, t.periodEnd)],
);

/** The copy of record of a signed annual report: append-only, with the digests of its three files. */
export const programReportCopies = pgTable(
  'program_report_copies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programReportId: uuid('program_report_id')
      .notNull()
      .references(() => programReports.id),
    json: bytea('json').notNull(),
    jsonSha256: text('json_sha256').notNull(),
    pdf: bytea('pdf').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    xml: bytea('xml').notNull(),
    xmlSha256: text('xml_sha256').notNull(),
    auditSeq: bigint('audit_seq', { mode: 'number' }).notNull(),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('program_report_copies_report_idx').on(t.programReportId),
    index('program_report_copies_json_idx').on(t.jsonSha256),
    index('program_report_copies_pdf_idx').on(t.pdfSha256),
    index('program_report_copies_xml_idx').on(t.xmlSha256),
  ],
);
