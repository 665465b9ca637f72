import { z } from 'zod';
import { IuClassCode } from './facilities-common';
import { EnforcementActionType, ProgramReportStatus } from './program';

/**
 * The pretreatment annual report (403.12(i); domain-spec §6): the content built from the records,
 * what the authority enters, and the API views. The content is stored as JSON on the report row
 * and is the `content` of the copy of record once signed.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const money = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be an amount in dollars, e.g. 1250.50');
const yesNo = z.enum(['Y', 'N']);

/** §4.1 SNC criteria. */
export const ProgramSncCriterion = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
export type ProgramSncCriterion = z.infer<typeof ProgramSncCriterion>;

/** What the authority enters; kept on the row and re-applied whenever the report is rebuilt. */
export const ProgramReportEdits = z.object({
  /** 403.12(i)(4): program changes not previously reported. */
  programChanges: z.string().trim().max(20000).nullable().default(null),
  /** §6.2 AnnualPretreatmentBudget, dollars. */
  annualBudget: money.nullable().default(null),
  /** 403.12(i)(5): other information the Approval Authority requests. */
  otherInformation: z.string().trim().max(20000).nullable().default(null),
  /** §6.2 acceptance answers. */
  acceptanceHazardousWaste: yesNo.nullable().default(null),
  acceptanceNonHazardousIndustrialWaste: yesNo.nullable().default(null),
  acceptanceHauledDomesticWastes: yesNo.nullable().default(null),
  /** §6.3 POTWDischargeContamination / POTWBiosolidsContamination. */
  potwDischargeContamination: yesNo.nullable().default(null),
  potwDischargeContaminationText: z.string().trim().max(500).nullable().default(null),
  potwBiosolidsContamination: yesNo.nullable().default(null),
  potwBiosolidsContaminationText: z.string().trim().max(500).nullable().default(null),
  /** §6.3 LocalLimitsParameterCode*: 5-character ICIS parameter codes. */
  localLimitsParameterCodes: z
    .array(z.string().regex(/^[A-Za-z0-9]{5}$/, 'must be a 5-character ICIS parameter code'))
    .max(200)
    .default([]),
  /** The day the annual SNC list was published in the newspaper (403.8(f)(2)(viii)); null: not yet. */
  sncNoticePublishedOn: day.nullable().default(null),
  /**
   * ICIS permit identifiers (9 characters) of IUs whose control-mechanism number is not one,
   * by facility id; the XML needs one for every IU.
   */
  icisPermitIds: z
    .record(
      z.uuid(),
      z.string().regex(/^[A-Z0-9]{9}$/, 'must be a 9-character ICIS permit identifier, e.g. ILP000101'),
    )
    .default({}),
});
export type ProgramReportEdits = z.infer<typeof ProgramReportEdits>;

export const UpdateProgramReportDraftInput = ProgramReportEdits;
export type UpdateProgramReportDraftInput = z.input<typeof UpdateProgramReportDraftInput>;

export const IuChangeKind = z.enum(['added', 'deleted', 'reclassified']);

/** One IU on the updated list (§6.1 item 1) with its per-IU figures (§6.3). */
export const AnnualReportIu = z.object({
  facilityId: z.uuid(),
  name: z.string(),
  address: z.string().nullable(),
  iuClass: IuClassCode,
  isSignificant: z.boolean(),
  isCategorical: z.boolean(),
  middleTier: z.boolean(),
  categories: z.array(z.object({ part: z.string(), subpart: z.string() })),
  subjectToLocalLimits: z.boolean(),
  localLimitsMoreStringent: z.boolean(),
  localLimitsOnly: z.boolean(),
  permit: z
    .object({
      number: z.string(),
      status: z.string(),
      effectiveDate: day.nullable(),
      expirationDate: day.nullable(),
      currentAtPeriodEnd: z.boolean(),
    })
    .nullable(),
  icisPermitId: z.string().nullable(),
  change: z.object({ kind: IuChangeKind, on: day.nullable(), explanation: z.string().nullable() }).nullable(),
  averageDailyFlowGpd: z.number().int().nullable(),
  averageDailyProcessFlowGpd: z.number().int().nullable(),
  inspections: z.number().int(),
  samplingEvents: z.number().int(),
  selfMonitoring: z.object({
    required: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
    complied: z.boolean(),
  }),
  snc: z.object({
    inSnc: z.boolean(),
    criteria: z.array(ProgramSncCriterion),
    parameters: z.array(z.string()),
    months: z.array(z.string()),
    published: z.boolean(),
  }),
  enforcement: z.object({
    counts: z.array(z.object({ type: EnforcementActionType, count: z.number().int() })),
    penaltyAssessed: z.string(),
    penaltyCollected: z.string(),
  }),
  onComplianceSchedule: z.boolean(),
  nsciuCertificationSubmitted: z.boolean().nullable(),
  changedDischargeSubmitted: z.boolean(),
  violations: z.number().int(),
});
export type AnnualReportIu = z.infer<typeof AnnualReportIu>;

/** §6.2 Pretreatment Performance Summary figures. */
export const PpsFigures = z.object({
  NumberSIUs: z.number().int(),
  SIUsWithoutControlMechanism: z.number().int(),
  SIUsNotInspected: z.number().int(),
  SIUsNotSampled: z.number().int(),
  SIUsOnSchedule: z.number().int(),
  SIUsSNCWithPretreatmentStandards: z.number().int(),
  SIUsSNCWithReportingRequirements: z.number().int(),
  SIUsSNCWithPretreatmentSchedule: z.number().int(),
  SIUsSNCPublishedNewspaper: z.number().int(),
  ViolationNoticesIssuedSIUs: z.number().int(),
  AdministrativeOrdersIssuedSIUs: z.number().int(),
  CivilSuitsFiledAgainstSIUs: z.number().int(),
  CriminalSuitsFiledAgainstSIUs: z.number().int(),
  DollarAmountPenaltiesCollected: z.string(),
  IUsWhichPenaltiesHaveBeenCollected: z.number().int(),
  NumberCIUs: z.number().int(),
  CIUsInSNC: z.number().int(),
  PassThroughInterferenceIndicator: yesNo,
});
export type PpsFigures = z.infer<typeof PpsFigures>;

export const AnnualReportContent = z.object({
  format: z.literal('outfall.pretreatment-annual-report/1'),
  period: z.object({ start: day, end: day, label: z.string() }),
  authority: z.object({
    id: z.uuid(),
    name: z.string(),
    npdesPermitId: z.string().nullable(),
    suoReference: z.string().nullable(),
    suoDate: day.nullable(),
    localLimitsAdoptionDate: day.nullable(),
    localLimitsEvaluationDate: day.nullable(),
  }),
  industrialUsers: z.array(AnnualReportIu),
  complianceSummary: z.object({
    industrialUsers: z.number().int(),
    withoutViolations: z.number().int(),
    withViolations: z.number().int(),
    inSnc: z.number().int(),
    reportsRequired: z.number().int(),
    reportsLateOrMissing: z.number().int(),
  }),
  sncList: z.array(
    z.object({
      facilityId: z.uuid(),
      name: z.string(),
      windows: z.array(
        z.object({
          start: day,
          end: day,
          label: z.string(),
          criteria: z.array(ProgramSncCriterion),
          parameters: z.array(z.string()),
        }),
      ),
      published: z.boolean(),
    }),
  ),
  inspections: z.array(
    z.object({
      facilityId: z.uuid(),
      name: z.string(),
      date: day,
      kind: z.string(),
      includesSampling: z.boolean(),
    }),
  ),
  samplingEvents: z.array(
    z.object({
      facilityId: z.uuid(),
      name: z.string(),
      date: day,
      source: z.enum(['inspection', 'sample']),
    }),
  ),
  enforcementActions: z.array(
    z.object({
      facilityId: z.uuid(),
      name: z.string(),
      type: EnforcementActionType,
      issuedOn: day,
      status: z.string(),
      penaltyAssessed: z.string().nullable(),
      penaltyCollected: z.string().nullable(),
      penaltyCollectedOn: day.nullable(),
      judicialKind: z.enum(['civil', 'criminal']).nullable(),
    }),
  ),
  penalties: z.object({ assessed: z.string(), collected: z.string() }),
  passThroughInterference: z.array(
    z.object({
      facilityId: z.uuid(),
      name: z.string(),
      category: z.string(),
      detectedOn: day.nullable(),
      description: z.string().nullable(),
    }),
  ),
  pps: PpsFigures,
  entered: ProgramReportEdits,
});
export type AnnualReportContent = z.infer<typeof AnnualReportContent>;

export const ProgramReportSignature = z.object({
  signerUserId: z.string(),
  signerName: z.string(),
  signerEmail: z.string(),
  signerTitle: z.string(),
  signedAt: z.string(),
  certification: z.object({
    id: z.string(),
    key: z.string(),
    version: z.number().int(),
    citation: z.string(),
    text: z.string(),
  }),
});
export type ProgramReportSignature = z.infer<typeof ProgramReportSignature>;

/** The signed annual report as stored: canonical JSON of this object is the copy of record. */
export const ProgramReportCopyDocument = z.object({
  format: z.literal('outfall.program-report-copy-of-record/1'),
  programReportId: z.string(),
  content: AnnualReportContent,
  signature: ProgramReportSignature,
  receivedAt: z.string(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ProgramReportCopyDocument = z.infer<typeof ProgramReportCopyDocument>;

export const ProgramReportSummaryView = z.object({
  id: z.uuid(),
  periodStart: day,
  periodEnd: day,
  label: z.string(),
  dueDate: day,
  status: ProgramReportStatus,
  preparedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
});
export type ProgramReportSummaryView = z.infer<typeof ProgramReportSummaryView>;

export const ProgramReportView = ProgramReportSummaryView.extend({
  content: AnnualReportContent.nullable(),
  edits: ProgramReportEdits,
  signature: ProgramReportSignature.nullable(),
  copyOfRecord: z
    .object({
      id: z.uuid(),
      jsonSha256: z.string(),
      pdfSha256: z.string(),
      xmlSha256: z.string(),
      auditSeq: z.number().int(),
      createdAt: z.string(),
    })
    .nullable(),
  /** Why the ICIS XML cannot be written yet (empty when it can), in words naming the field. */
  xmlProblems: z.array(z.string()),
  certification: z.object({
    id: z.uuid(),
    key: z.string(),
    version: z.number().int(),
    citation: z.string(),
    text: z.string(),
  }),
});
export type ProgramReportView = z.infer<typeof ProgramReportView>;

export const SignProgramReportInput = z.object({
  password: z.string().min(1, { error: 'enter your password to sign' }).max(1000),
  certificationTemplateId: z.uuid(),
  certify: z.literal(true, { error: 'confirm the certification statement' }),
});
export type SignProgramReportInput = z.infer<typeof SignProgramReportInput>;
