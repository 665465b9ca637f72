import { z } from 'zod';

/**
 * Enumerations shared by the POTW program features (inspections, violations, the Enforcement
 * Response Plan, SNC and the pretreatment annual report): the database columns and the API use
 * the same lists.
 */

/** What an authority visit is for (§3.1, §3.2). A routine inspection may include sampling. */
export const InspectionKind = z.enum([
  'routine',
  'demand',
  'follow_up',
  'complaint',
  'slug_evaluation',
  'nsciu_evaluation',
]);
export type InspectionKind = z.infer<typeof InspectionKind>;

export const InspectionStatus = z.enum(['scheduled', 'in_progress', 'completed', 'cancelled']);
export type InspectionStatus = z.infer<typeof InspectionStatus>;

/** A checklist item's answer. */
export const ChecklistAnswer = z.enum(['yes', 'no', 'na']);
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>;

export const FindingSeverity = z.enum(['observation', 'deficiency', 'violation']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

/**
 * Manual violation categories (the kinds the engine cannot see): pass-through, interference,
 * endangerment (403.8(f)(2)(viii)(C), (D)), inaccurate reporting (G), and the §5.4 ERG rows.
 */
export const ManualViolationCategory = z.enum([
  'pass_through',
  'interference',
  'endangerment',
  'inaccurate_reporting',
  'unpermitted_discharge',
  'failure_to_renew',
  'failure_to_resample',
  'falsification',
  'slug_bmp_notification',
  'entry_refused',
  'other',
]);
export type ManualViolationCategory = z.infer<typeof ManualViolationCategory>;

/** How far a violation's response has come (derived from its actions and its closing). */
export const ViolationResponseStatus = z.enum(['open', 'response_in_progress', 'resolved']);
export type ViolationResponseStatus = z.infer<typeof ViolationResponseStatus>;

/** §5.3 response ladder, in escalation order (the level is the index). */
export const EnforcementActionType = z.enum([
  'file_note',
  'informal_notice',
  'notice_of_violation',
  'compliance_meeting',
  'administrative_order',
  'show_cause_hearing',
  'penalty',
  'termination',
  'judicial_referral',
]);
export type EnforcementActionType = z.infer<typeof EnforcementActionType>;

/** §5.3: the level of each response; 4 and above are formal, enforceable actions. */
export const ENFORCEMENT_LEVEL: Readonly<Record<EnforcementActionType, number>> = {
  file_note: 0,
  informal_notice: 1,
  notice_of_violation: 2,
  compliance_meeting: 3,
  administrative_order: 4,
  show_cause_hearing: 5,
  penalty: 6,
  termination: 7,
  judicial_referral: 8,
};

/** Words for each response, as letters, lists and the annual report print them. */
export const ENFORCEMENT_ACTION_LABELS: Readonly<Record<EnforcementActionType, string>> = {
  file_note: 'File note',
  informal_notice: 'Informal notice',
  notice_of_violation: 'Notice of violation',
  compliance_meeting: 'Compliance meeting',
  administrative_order: 'Administrative order',
  show_cause_hearing: 'Show-cause hearing',
  penalty: 'Penalty',
  termination: 'Termination of service',
  judicial_referral: 'Judicial referral',
};

export const EnforcementActionStatus = z.enum(['open', 'responded', 'escalated', 'closed']);
export type EnforcementActionStatus = z.infer<typeof EnforcementActionStatus>;

/** §4.2 (LOCAL): the SNC window convention. */
export const SncWindowModeSchema = z.enum(['FIXED_SEMIANNUAL', 'ROLLING_QUARTERLY']);

export const ProgramReportStatus = z.enum(['draft', 'ready_for_signature', 'submitted']);
export type ProgramReportStatus = z.infer<typeof ProgramReportStatus>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const days = (max: number) => z.number().int().min(0).max(max);

/** The authority's LOCAL program settings; every field has the federal (or model ERP) default. */
export const ProgramSettingsInput = z.object({
  sncWindowMode: SncWindowModeSchema,
  lateReportDays: days(365),
  reportingYearStartMonth: z.number().int().min(1).max(12),
  slugReevaluationMonths: z.number().int().min(1).max(120),
  erpDocumentDays: days(365),
  erpInitialResponseDays: days(365),
  erpFollowUpDays: days(365),
  erpSncFormalDays: days(365),
  nearSncMarginPercent: z.number().int().min(0).max(50),
  annualReportDueDays: days(365),
  npdesPermitId: z
    .string()
    .regex(/^[A-Z0-9]{9}$/, 'must be a 9-character NPDES permit number, e.g. IL0021234')
    .nullable(),
  suoReference: z.string().max(15, 'must be at most 15 characters (ICIS SUOReference)').nullable(),
  suoDate: day.nullable(),
  localLimitsAdoptionDate: day.nullable(),
  localLimitsEvaluationDate: day.nullable(),
  directorTitle: z.string().min(1).max(120),
  coordinatorTitle: z.string().min(1).max(120),
  novTemplate: z.string().max(20000).nullable(),
});
export type ProgramSettingsInput = z.infer<typeof ProgramSettingsInput>;

export const ProgramSettingsView = ProgramSettingsInput.extend({
  authorityId: z.uuid(),
  /** False while the defaults are in force (nothing saved yet). */
  isSaved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type ProgramSettingsView = z.infer<typeof ProgramSettingsView>;

const FacilityRef = z.object({ facilityId: z.uuid(), facilityName: z.string() });

/** The program health dashboard (coordinator and director): each figure links to its list. */
export const ProgramHealthView = z.object({
  asOf: day,
  /** The current reporting year (program setting). */
  year: z.object({ start: day, end: day }),
  oversight: z.object({
    siuCount: z.number().int(),
    siusInspected: z.number().int(),
    siusSampled: z.number().int(),
    /** Required inspections, samplings and evaluations due / overdue under §3.1, §3.2. */
    dueCount: z.number().int(),
    overdueCount: z.number().int(),
  }),
  permits: z.object({
    expiringWithin180Days: z.array(
      FacilityRef.extend({ permitId: z.uuid(), permitNumber: z.string(), expirationDate: day }),
    ),
    expired: z.array(
      FacilityRef.extend({ permitId: z.uuid(), permitNumber: z.string(), expirationDate: day }),
    ),
  }),
  reportsOverdue: z.number().int(),
  /** Violations whose first response was not issued within the ERP time frame (§5.2). */
  violationsWithoutTimelyResponse: z.number().int(),
  enforcement: z.object({
    /** Actions still active: issued or answered, not closed and not replaced by an escalation. */
    open: z.number().int(),
    /** Actions whose response date passed without a response: the director's list. */
    overdueResponses: z.array(
      FacilityRef.extend({ actionId: z.uuid(), type: z.string(), issuedOn: day, responseDue: day }),
    ),
    recent: z.array(
      FacilityRef.extend({
        actionId: z.uuid(),
        type: z.string(),
        issuedOn: day,
        responseDue: day.nullable(),
        status: z.string(),
      }),
    ),
  }),
  snc: z.object({
    inSnc: z.array(FacilityRef.extend({ criteria: z.array(z.string()), window: z.string() })),
    nearSnc: z.array(FacilityRef.extend({ warnings: z.array(z.string()) })),
  }),
  /** Dollars in the reporting year, decimal text. */
  penalties: z.object({ assessed: z.string(), collected: z.string() }),
});
export type ProgramHealthView = z.infer<typeof ProgramHealthView>;
