import { z } from 'zod';
import { ChecklistAnswer, FindingSeverity, InspectionKind, InspectionStatus } from './program';

/**
 * Inspections and authority sampling (issue 7, §3.1, §3.2): the plan of required activities,
 * checklist templates, inspections with their checklist, findings, follow-ups and documents.
 */

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const Text = (max: number) => z.string().trim().min(1, 'is required').max(max);

export const InspectionPlanIuClass = z.enum([
  'SIU_CATEGORICAL',
  'SIU_NON_CATEGORICAL',
  'NSCIU',
  'NON_SIGNIFICANT',
]);
export type InspectionPlanIuClass = z.infer<typeof InspectionPlanIuClass>;

export const InspectionActivityKind = z.enum([
  'inspection',
  'sampling',
  'nsciu_evaluation',
  'slug_evaluation',
  'waived_pollutant_sampling',
]);
export const InspectionActivityState = z.enum(['done', 'due', 'overdue', 'not_required']);

/** An inspection scheduled (not yet completed) that can satisfy a planned activity. */
export const InspectionScheduledView = z.object({
  id: z.uuid(),
  kind: InspectionKind,
  status: InspectionStatus,
  scheduledDate: Day,
  includesSampling: z.boolean(),
  assignedUserName: z.string().nullable(),
});

export const InspectionActivityView = z.object({
  kind: InspectionActivityKind,
  parameterCode: z.string().nullable(),
  basis: z.string(),
  windowStart: Day.nullable(),
  dueDate: Day.nullable(),
  lastDone: Day.nullable(),
  state: InspectionActivityState,
  /** Open inspections (scheduled or in progress) on or before the due date that would satisfy it. */
  scheduled: z.array(InspectionScheduledView),
});
export type InspectionActivityView = z.infer<typeof InspectionActivityView>;

export const InspectionFacilityPlanView = z.object({
  facilityId: z.uuid(),
  facilityName: z.string(),
  iuClass: InspectionPlanIuClass,
  middleTier: z.boolean(),
  siuDesignatedOn: Day.nullable(),
  permitNumber: z.string().nullable(),
  activities: z.array(InspectionActivityView),
  dueCount: z.number().int(),
  overdueCount: z.number().int(),
});
export type InspectionFacilityPlanView = z.infer<typeof InspectionFacilityPlanView>;

export const InspectionPlanQuery = z.object({
  /** The reporting year by its label year (2026, or 2027 for FY2027); default: the current one. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

export const InspectionPlanView = z.object({
  year: z.object({ start: Day, end: Day, label: z.string(), labelYear: z.number().int() }),
  asOf: Day,
  reportingYearStartMonth: z.number().int(),
  slugReevaluationMonths: z.number().int(),
  facilities: z.array(InspectionFacilityPlanView),
  dueCount: z.number().int(),
  overdueCount: z.number().int(),
});
export type InspectionPlanView = z.infer<typeof InspectionPlanView>;

export const InspectionCoverageView = z.object({
  siuCount: z.number().int(),
  siusInspected: z.number().int(),
  siusSampled: z.number().int(),
  dueCount: z.number().int(),
  overdueCount: z.number().int(),
});
export type InspectionCoverageView = z.infer<typeof InspectionCoverageView>;

// ---- checklist templates ----

export const ChecklistTemplateItemView = z.object({ id: z.string(), section: z.string(), text: z.string() });
export type ChecklistTemplateItemView = z.infer<typeof ChecklistTemplateItemView>;

export const ChecklistTemplateInput = z.object({
  name: Text(200),
  kinds: z.array(InspectionKind).max(10).default([]),
  items: z
    .array(
      z.object({
        /** Kept when editing an item; a new item gets one. */
        id: z.string().trim().min(1).max(80).optional(),
        section: Text(200),
        text: Text(1000),
      }),
    )
    .min(1, 'a checklist needs at least one item')
    .max(300),
});
export type ChecklistTemplateInput = z.input<typeof ChecklistTemplateInput>;

export const ChecklistTemplateView = z.object({
  id: z.uuid(),
  name: z.string(),
  kinds: z.array(InspectionKind),
  items: z.array(ChecklistTemplateItemView),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ChecklistTemplateView = z.infer<typeof ChecklistTemplateView>;

// ---- inspections ----

export const ScheduleInspectionInput = z.object({
  facilityId: z.uuid(),
  kind: InspectionKind,
  scheduledDate: Day,
  assignedUserId: z.uuid().nullable().default(null),
  includesSampling: z.boolean().default(false),
  announced: z.boolean().default(true),
  /** Default: the authority's current template for the kind. */
  checklistTemplateId: z.uuid().nullable().optional(),
});
export type ScheduleInspectionInput = z.input<typeof ScheduleInspectionInput>;

export const InspectionListQuery = z.object({
  facilityId: z.uuid().optional(),
  status: InspectionStatus.optional(),
  /** Only inspections assigned to the signed-in person. */
  mine: z.enum(['true', 'false']).optional(),
  from: Day.optional(),
  to: Day.optional(),
});
export type InspectionListQuery = z.infer<typeof InspectionListQuery>;

export const InspectionSummaryView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  facilityName: z.string(),
  kind: InspectionKind,
  status: InspectionStatus,
  scheduledDate: Day,
  inspectedOn: Day.nullable(),
  includesSampling: z.boolean(),
  announced: z.boolean(),
  assignedUserId: z.uuid().nullable(),
  assignedUserName: z.string().nullable(),
});
export type InspectionSummaryView = z.infer<typeof InspectionSummaryView>;

export const InspectionChecklistItemView = ChecklistTemplateItemView.extend({
  answer: ChecklistAnswer.nullable(),
  note: z.string().nullable(),
});
export type InspectionChecklistItemView = z.infer<typeof InspectionChecklistItemView>;

export const InspectionFindingView = z.object({
  id: z.uuid(),
  description: z.string(),
  severity: FindingSeverity,
  checklistItemId: z.string().nullable(),
  violationId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type InspectionFindingView = z.infer<typeof InspectionFindingView>;

export const InspectionFollowUpView = z.object({
  id: z.uuid(),
  description: z.string(),
  dueDate: Day,
  completedAt: z.string().nullable(),
});
export type InspectionFollowUpView = z.infer<typeof InspectionFollowUpView>;

export const InspectionDocumentView = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  currentVersion: z.number().int(),
  sha256: z.string(),
});

export const InspectionView = InspectionSummaryView.extend({
  permitNumber: z.string().nullable(),
  checklistTemplateId: z.uuid().nullable(),
  checklistTemplateName: z.string().nullable(),
  checklist: z.array(InspectionChecklistItemView),
  unansweredCount: z.number().int(),
  contacts: z.string().nullable(),
  summary: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  findings: z.array(InspectionFindingView),
  followUps: z.array(InspectionFollowUpView),
  documents: z.array(InspectionDocumentView),
  /** What the signed-in person may do now. */
  can: z.object({ perform: z.boolean(), plan: z.boolean() }),
});
export type InspectionView = z.infer<typeof InspectionView>;

/** Autosave: any of these; checklist answers are merged by item id. */
export const UpdateInspectionInput = z.object({
  checklist: z
    .array(
      z.object({
        id: z.string().min(1).max(80),
        answer: ChecklistAnswer.nullable(),
        note: z.string().max(4000).nullable().optional(),
      }),
    )
    .max(300)
    .optional(),
  contacts: z.string().max(4000).nullable().optional(),
  summary: z.string().max(20000).nullable().optional(),
  /** Rescheduling and reassignment (planners only, before completion). */
  scheduledDate: Day.optional(),
  assignedUserId: z.uuid().nullable().optional(),
  includesSampling: z.boolean().optional(),
});
export type UpdateInspectionInput = z.infer<typeof UpdateInspectionInput>;

export const AddInspectionFindingInput = z.object({
  description: Text(4000),
  severity: FindingSeverity,
  checklistItemId: z.string().max(80).nullable().optional(),
  /** Record it as a violation at once. */
  recordAsViolation: z.boolean().default(false),
});
export type AddInspectionFindingInput = z.input<typeof AddInspectionFindingInput>;

export const AddInspectionFollowUpInput = z.object({ description: Text(2000), dueDate: Day });
export type AddInspectionFollowUpInput = z.infer<typeof AddInspectionFollowUpInput>;

export const CompleteInspectionInput = z.object({
  /** The day of the visit; default the scheduled day if past, else today. */
  inspectedOn: Day.optional(),
});
export type CompleteInspectionInput = z.infer<typeof CompleteInspectionInput>;

export const CancelInspectionInput = z.object({ reason: Text(2000) });
export type CancelInspectionInput = z.infer<typeof CancelInspectionInput>;

/** An authority person who may be assigned an inspection. */
export const InspectorOptionView = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
});
export type InspectorOptionView = z.infer<typeof InspectorOptionView>;
