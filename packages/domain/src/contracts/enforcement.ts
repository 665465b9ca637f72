import { z } from 'zod';
import { ViolationKind, ViolationView } from './monitoring-api';
import { IsoDateText } from './permits-common';
import { EnforcementActionStatus, EnforcementActionType, ManualViolationCategory } from './program';

/**
 * Violations across the program, the Enforcement Response Guide and enforcement actions
 * (issue 7; domain-spec §5). Money is decimal text (dollars and cents), never a float.
 */

export const MoneyText = z
  .string()
  .trim()
  .regex(/^\d+(\.\d{1,2})?$/, 'must be an amount in dollars, e.g. 2500 or 2500.00');

export const SncDeterminationCriterion = z.enum(['C', 'D', 'G', 'H']);
export type SncDeterminationCriterion = z.infer<typeof SncDeterminationCriterion>;

/** The program-wide violations list. */

/** A manual violation recorded by the authority (pass-through, interference, endangerment …). */
export const RecordViolationInput = z.object({
  facilityId: z.uuid(),
  category: ManualViolationCategory,
  occurredOn: IsoDateText,
  detectedOn: IsoDateText,
  description: z.string().trim().min(1, 'describe what happened').max(4000),
  sncCriterion: SncDeterminationCriterion.nullish(),
  /** Known harm to the POTW (ERP: the more severe rows apply). */
  harm: z.boolean().default(false),
});
export type RecordViolationInput = z.infer<typeof RecordViolationInput>;

/** The authority's determination on a violation (SNC C/D/G/H, description, detection date). */
export const ViolationDeterminationInput = z.object({
  sncCriterion: SncDeterminationCriterion.nullable(),
  description: z.string().trim().max(4000).nullish(),
  detectedOn: IsoDateText.optional(),
});
export type ViolationDeterminationInput = z.infer<typeof ViolationDeterminationInput>;

export const ReturnToComplianceInput = z.object({
  returnedOn: IsoDateText,
  note: z.string().trim().min(1, 'say how the facility returned to compliance').max(2000),
});
export type ReturnToComplianceInput = z.infer<typeof ReturnToComplianceInput>;

/** One row of the Enforcement Response Guide as edited. */
export const ErpGuideRowInput = z.object({
  noncompliance: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_:]{1,60}$/, 'must be a key of lower-case letters, digits and _'),
  noncomplianceLabel: z.string().trim().min(1).max(200),
  circumstance: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_:]{1,60}$/, 'must be a key of lower-case letters, digits and _'),
  circumstanceLabel: z.string().trim().min(1).max(300),
  responses: z.array(EnforcementActionType).min(1, 'needs at least one response').max(9),
  officialTitle: z.string().trim().min(1, 'needs the official by title').max(200),
  timeFrameDays: z.number().int().min(0).max(365),
});
export type ErpGuideRowInput = z.infer<typeof ErpGuideRowInput>;

export const ErpGuideInput = z.object({ rows: z.array(ErpGuideRowInput).min(1).max(200) });
export type ErpGuideInput = z.infer<typeof ErpGuideInput>;

export const ErpGuideRowView = ErpGuideRowInput.extend({ id: z.uuid(), position: z.number().int() });
export type ErpGuideRowView = z.infer<typeof ErpGuideRowView>;

export const ErpGuideView = z.object({ rows: z.array(ErpGuideRowView), updatedAt: z.string().nullable() });
export type ErpGuideView = z.infer<typeof ErpGuideView>;

export const OrderMilestoneInput = z.object({
  id: z.string().trim().min(1).max(60).optional(),
  kind: z.enum(['start-construction', 'complete-construction', 'final-compliance', 'other']),
  description: z.string().trim().min(1).max(1000),
  scheduledDate: IsoDateText,
  achievedDate: IsoDateText.nullish(),
});
export type OrderMilestoneInput = z.infer<typeof OrderMilestoneInput>;

export const OrderMilestoneView = OrderMilestoneInput.extend({
  id: z.string(),
  achievedDate: z.string().nullable(),
});

export const IssueActionInput = z.object({
  facilityId: z.uuid(),
  violationIds: z.array(z.uuid()).max(100).default([]),
  type: EnforcementActionType,
  issuedOn: IsoDateText,
  responseDue: IsoDateText.nullish(),
  /** Defaults to the guide row's official. */
  officialTitle: z.string().trim().min(1).max(200).nullish(),
  /** The authority's internal summary (not shown to the facility). */
  summary: z.string().trim().min(1, 'summarise the action').max(4000),
  /** What the facility must do (printed on the letter, shared). */
  requirements: z.string().trim().max(8000).nullish(),
  complianceSchedule: z.array(OrderMilestoneInput).max(50).default([]),
  penaltyAssessed: MoneyText.nullish(),
  judicialKind: z.enum(['civil', 'criminal']).nullish(),
  guideEntryId: z.uuid().nullish(),
});
export type IssueActionInput = z.input<typeof IssueActionInput>;

export const EnforcementActionListQuery = z.object({
  facilityId: z.uuid().optional(),
  status: EnforcementActionStatus.optional(),
  type: EnforcementActionType.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type EnforcementActionListQuery = z.infer<typeof EnforcementActionListQuery>;

export const RecordResponseInput = z.object({
  respondedOn: IsoDateText,
  note: z.string().trim().min(1, 'summarise the facility’s response').max(4000),
});
export type RecordResponseInput = z.infer<typeof RecordResponseInput>;

export const PenaltyCollectedInput = z.object({ amount: MoneyText, collectedOn: IsoDateText });
export type PenaltyCollectedInput = z.infer<typeof PenaltyCollectedInput>;

export const EscalateInput = z.object({
  /** One of the next steps up the ladder; defaults to the first. */
  type: EnforcementActionType.optional(),
  issuedOn: IsoDateText,
  responseDue: IsoDateText.nullish(),
  officialTitle: z.string().trim().min(1).max(200).nullish(),
  summary: z.string().trim().max(4000).nullish(),
  requirements: z.string().trim().max(8000).nullish(),
  complianceSchedule: z.array(OrderMilestoneInput).max(50).default([]),
  penaltyAssessed: MoneyText.nullish(),
});
export type EscalateInput = z.input<typeof EscalateInput>;

export const CloseActionInput = z.object({
  closedOn: IsoDateText,
  reason: z.string().trim().min(1, 'say why the action is closed').max(2000),
  /** Close the linked violations that are still open (return to compliance). */
  returnToCompliance: z.boolean().default(true),
});
export type CloseActionInput = z.input<typeof CloseActionInput>;

export const MilestoneAchievedInput = z.object({ achievedDate: IsoDateText.nullable() });

export const NextResponseView = z.object({
  type: EnforcementActionType,
  level: z.number().int(),
  officialTitle: z.string(),
  timeFrameDays: z.number().int(),
});

export const ActionViolationBrief = z.object({
  id: z.uuid(),
  kind: ViolationKind,
  status: z.enum(['open', 'closed']),
  parameterCode: z.string(),
  monitoringPoint: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  text: z.string(),
});

export const EnforcementActionView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  facilityName: z.string(),
  type: EnforcementActionType,
  level: z.number().int(),
  formal: z.boolean(),
  status: EnforcementActionStatus,
  guideEntryId: z.uuid().nullable(),
  issuedOn: z.string(),
  responseDue: z.string().nullable(),
  /** The response date passed without a response while the action is open. */
  overdue: z.boolean(),
  officialTitle: z.string(),
  issuedByName: z.string().nullable(),
  /** The authority's internal summary; null for facility users. */
  summary: z.string().nullable(),
  requirements: z.string().nullable(),
  complianceSchedule: z.array(OrderMilestoneView),
  penaltyAssessed: z.string().nullable(),
  penaltyCollected: z.string().nullable(),
  penaltyCollectedOn: z.string().nullable(),
  judicialKind: z.enum(['civil', 'criminal']).nullable(),
  letterDocumentId: z.uuid().nullable(),
  respondedOn: z.string().nullable(),
  responseNote: z.string().nullable(),
  escalatedToId: z.uuid().nullable(),
  escalatedFromId: z.uuid().nullable(),
  escalatedAt: z.string().nullable(),
  closedOn: z.string().nullable(),
  closedReason: z.string().nullable(),
  violations: z.array(ActionViolationBrief),
  /** Where escalation would go (§5.3); empty when closed or at the top. */
  nextResponses: z.array(NextResponseView),
  createdAt: z.string(),
});
export type EnforcementActionView = z.infer<typeof EnforcementActionView>;

export const RecommendedResponseView = z.object({
  type: EnforcementActionType,
  level: z.number().int(),
  formal: z.boolean(),
  officialTitle: z.string(),
  timeFrameDays: z.number().int(),
  dueDate: z.string(),
  reason: z.string(),
  guideEntryId: z.uuid(),
});
export type RecommendedResponseView = z.infer<typeof RecommendedResponseView>;

export const RecommendationView = z.object({
  responses: z.array(RecommendedResponseView),
  formalRequired: z.boolean(),
  reasons: z.array(z.string()),
  /** The guide rows that apply (most severe first) as "noncompliance — circumstance". */
  applicable: z.array(z.object({ id: z.uuid(), label: z.string() })),
  snc: z
    .object({ isSnc: z.boolean(), criteria: z.array(z.string()), windowLabel: z.string(), asOf: z.string() })
    .nullable(),
  similarInLast12Months: z.number().int(),
});
export type RecommendationView = z.infer<typeof RecommendationView>;

export const TimelinessView = z.object({
  dueOn: z.string(),
  basis: z.enum(['initial', 'snc_formal']),
  metOn: z.string().nullable(),
  state: z.enum(['on_time', 'late', 'overdue', 'pending', 'resolved_without_response']),
  daysLate: z.number().int(),
});
export type TimelinessView = z.infer<typeof TimelinessView>;

export const EvidenceView = z.object({
  /** The evidence in one sentence. */
  summary: z.string(),
  /** Labelled facts (due date, received date, days late, limit …). */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  results: z.array(
    z.object({
      id: z.uuid(),
      sampleDate: z.string(),
      parameterCode: z.string(),
      value: z.string(),
      unit: z.string().nullable(),
    }),
  ),
  report: z
    .object({
      id: z.uuid(),
      title: z.string(),
      dueDate: z.string(),
      receivedDate: z.string().nullable(),
      daysLate: z.number().int().nullable(),
    })
    .nullable(),
  inspection: z
    .object({
      id: z.uuid(),
      kind: z.string(),
      date: z.string(),
      findingId: z.uuid(),
      finding: z.string(),
      severity: z.string(),
    })
    .nullable(),
  documents: z.array(z.object({ id: z.uuid(), title: z.string(), kind: z.string() })),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export const ViolationDetailView = z.object({
  violation: ViolationView,
  evidence: EvidenceView,
  actions: z.array(EnforcementActionView),
  /** Null for facility users (the authority's internal assessment). */
  recommendation: RecommendationView.nullable(),
  timeliness: TimelinessView.nullable(),
  /** The SNC criterion suggested by the category (pass-through/interference → C, endangerment → D, inaccurate reporting → G). */
  suggestedSncCriterion: SncDeterminationCriterion.nullable(),
});
export type ViolationDetailView = z.infer<typeof ViolationDetailView>;

export const ProgramViolationView = ViolationView;
