import { z } from 'zod';
import { LabColumnMapping, LabPreview, LocalDateTimeText, QualityReport } from './monitoring';
import { IsoDateText, ParameterCodeText } from './permits-common';
import { ManualViolationCategory, ViolationResponseStatus } from './program';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Optional = (max: number) => z.string().trim().max(max).nullish();

/** Monitoring point key: an outfall code ('001'), or 'outfall/location' ('001/G'). */
export const MonitoringPointText = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z._-]{1,30}(\/[0-9A-Z]{1,3})?$/, { error: 'must be an outfall code such as 001' });

/** One chain-of-custody hand-over (403.12(o): who sampled, who analysed). */
export const CustodyTransfer = z.object({
  at: LocalDateTimeText,
  from: Text(200),
  to: Text(200),
  note: Optional(500),
});

/** One result typed in the fast-entry grid, as reported. */
export const ResultEntry = z.object({
  parameterCode: ParameterCodeText,
  /** As reported: '2.80', '<0.05' (non-detect at the DL), 'ND' with an MDL. */
  value: z.string().trim().max(40),
  unit: Text(40),
  mdl: Optional(40),
  rl: Optional(40),
  method: Optional(80),
  analyzedAt: LocalDateTimeText.nullish(),
  analyst: Optional(200),
  labQualifiers: z.array(z.string().trim().min(1).max(4)).max(10).default([]),
  fraction: z.enum(['total', 'dissolved']).nullish(),
});
export type ResultEntry = z.infer<typeof ResultEntry>;

/** A sampling event with its results (the fast-entry grid posts this). */
export const SampleEntryInput = z.object({
  facilityId: z.uuid(),
  monitoringPoint: MonitoringPointText,
  collectedStart: LocalDateTimeText,
  collectedEnd: LocalDateTimeText.nullish(),
  /** Lab/EDD sample type code; QC codes (FD, FB, TB …) are kept but do not count for compliance. */
  sampleType: Optional(20),
  collectionMethod: z.enum(['grab', 'composite']).nullish(),
  collector: Optional(200),
  clientSampleId: Optional(100),
  labSampleId: Optional(100),
  labName: Optional(200),
  labCertId: Optional(100),
  chainOfCustody: z.array(CustodyTransfer).max(50).default([]),
  results: z.array(ResultEntry).min(1, { error: 'enter at least one result' }).max(300),
});
export type SampleEntryInput = z.infer<typeof SampleEntryInput>;

/** As-you-type check of one value against the limits in effect. */
export const CheckValueInput = z.object({
  facilityId: z.uuid(),
  monitoringPoint: MonitoringPointText,
  parameterCode: ParameterCodeText,
  date: IsoDateText,
  value: z.string().trim().max(40),
  unit: Text(40),
  mdl: Optional(40),
});
export type CheckValueInput = z.infer<typeof CheckValueInput>;

/** A correction: a new version of the result with the reason; the old one is kept. */
export const CorrectResultInput = z.object({
  value: z.string().trim().max(40),
  unit: Text(40).optional(),
  mdl: Optional(40),
  rl: Optional(40),
  method: Optional(80),
  analyzedAt: LocalDateTimeText.nullish(),
  analyst: Optional(200),
  labQualifiers: z.array(z.string().trim().min(1).max(4)).max(10).optional(),
  reason: z.string().trim().min(3, { error: 'say why the result is corrected' }).max(2000),
});
export type CorrectResultInput = z.infer<typeof CorrectResultInput>;

export const ResultView = z.object({
  id: z.uuid(),
  sampleId: z.uuid(),
  facilityId: z.uuid(),
  monitoringPoint: z.string(),
  sampleDate: z.string(),
  parameterCode: z.string(),
  parameterText: z.string(),
  value: z.string(),
  qualifier: z.enum(['<', '>', '=']),
  nonDetect: z.boolean(),
  unit: z.string(),
  mdl: z.string().nullable(),
  rl: z.string().nullable(),
  method: z.string().nullable(),
  analyzedAt: z.string().nullable(),
  analyst: z.string().nullable(),
  labQualifiers: z.array(z.string()),
  supersedesId: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  /** True when a later version corrected this one. */
  superseded: z.boolean(),
  quality: QualityReport,
  countsForCompliance: z.boolean(),
  createdAt: z.string(),
});
export type ResultView = z.infer<typeof ResultView>;

/** Effluent (limit exceeded), monitoring (required sample missed), reporting (report late beyond the program's days). */
export const ViolationKind = z.enum([
  'effluent',
  'monitoring',
  'reporting',
  'schedule',
  'inspection',
  'manual',
]);
export type ViolationKind = z.infer<typeof ViolationKind>;

export const ViolationView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  permitId: z.uuid().nullable(),
  kind: ViolationKind,
  status: z.enum(['open', 'closed']),
  limitRef: z.string(),
  parameterCode: z.string(),
  monitoringPoint: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  computedValue: z.string().nullable(),
  limitValue: z.string().nullable(),
  unit: z.string().nullable(),
  exceedancePct: z.string().nullable(),
  resultIds: z.array(z.uuid()),
  explanation: z.json(),
  noticeDue: z.string().nullable(),
  resampleDue: z.string().nullable(),
  closedReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Manual violations: the category (pass-through, interference, endangerment …). */
  category: ManualViolationCategory.nullable(),
  description: z.string().nullable(),
  /** When the authority learned of it (the ERP time frames run from here); falls back to the record's date. */
  detectedOn: z.string().nullable(),
  sncCriterion: z.enum(['C', 'D', 'G', 'H']).nullable(),
  findingId: z.uuid().nullable(),
  returnedToComplianceOn: z.string().nullable(),
  facilityName: z.string().nullable(),
  /** open; response_in_progress (an enforcement action answers it); resolved (closed). */
  responseStatus: ViolationResponseStatus,
  /** The ERP initial response due date (§5.2), null once resolved or answered. */
  responseDue: z.string().nullable(),
  /** No response within the ERP time frame and still open. */
  responseOverdue: z.boolean(),
});
export type ViolationView = z.infer<typeof ViolationView>;

/** What the engine concluded about the results just recorded. */
export const EvaluationSummary = z.object({
  violationsOpened: z.array(ViolationView),
  violationsClosed: z.array(ViolationView),
  /** Alert-level exceedances and low headroom: warnings, not violations. */
  warnings: z.array(z.string()),
  /** Limits that could not be evaluated, with why (a mass loading without the day's flow). */
  notEvaluable: z.array(z.string()),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;

export const RecordedResults = z.object({
  sampleIds: z.array(z.uuid()),
  results: z.array(ResultView),
  evaluation: EvaluationSummary,
});
export type RecordedResults = z.infer<typeof RecordedResults>;

export const ResultListQuery = z.object({
  facilityId: z.uuid().optional(),
  monitoringPoint: z.string().max(40).optional(),
  parameterCode: ParameterCodeText.optional(),
  from: IsoDateText.optional(),
  to: IsoDateText.optional(),
  includeSuperseded: z.coerce.boolean().default(false),
});
export type ResultListQuery = z.infer<typeof ResultListQuery>;

export const ViolationListQuery = z.object({
  facilityId: z.uuid().optional(),
  status: z.enum(['open', 'closed']).optional(),
  kind: ViolationKind.optional(),
  responseStatus: ViolationResponseStatus.optional(),
});
export type ViolationListQuery = z.infer<typeof ViolationListQuery>;

export const ScheduleQuery = z.object({
  facilityId: z.uuid().optional(),
  from: IsoDateText.optional(),
  to: IsoDateText.optional(),
  asOf: IsoDateText.optional(),
});
export type ScheduleQuery = z.infer<typeof ScheduleQuery>;

export const SamplingEvent = z.object({
  facilityId: z.uuid(),
  facilityName: z.string(),
  permitId: z.uuid(),
  permitNumber: z.string(),
  requirementId: z.string(),
  parameterCode: z.string(),
  parameterName: z.string().nullable(),
  monitoringPoint: z.string(),
  frequencyCode: z.string(),
  sampleType: z.string().nullable(),
  sampledBy: z.enum(['permittee', 'control_authority']),
  start: z.string(),
  end: z.string(),
  dueBy: z.string(),
  required: z.number().int(),
  taken: z.number().int(),
  /** met; due (window open); overdue (window closed short: a monitoring violation). */
  status: z.enum(['met', 'due', 'overdue']),
});
export type SamplingEvent = z.infer<typeof SamplingEvent>;

export const SweepInput = z.object({ facilityId: z.uuid().optional(), asOf: IsoDateText.optional() });
export const SweepResult = z.object({
  facilitiesChecked: z.number().int(),
  violationsOpened: z.array(ViolationView),
});
export type SweepResult = z.infer<typeof SweepResult>;

/** A lab file: CSV text, or an XLSX workbook as base64. */
export const LabFileInput = z.object({
  facilityId: z.uuid(),
  fileName: Text(255),
  encoding: z.enum(['text', 'base64']).default('text'),
  content: z.string().min(1).max(60_000_000),
  /** The lab's saved mapping is used when present; a mapping given here overrides it. */
  labName: Optional(200),
  mapping: LabColumnMapping.optional(),
  /** Save the mapping used for this lab (commit only). */
  saveMapping: z.boolean().default(false),
});
export type LabFileInput = z.input<typeof LabFileInput>;

export const LabImportPreview = z.object({
  preview: LabPreview,
  fileSha256: z.string(),
  /** This exact file was imported before: committing adds nothing. */
  alreadyImported: z.boolean(),
  /** Candidates whose fingerprint is already stored (they will not be added again). */
  repeatedResults: z.number().int(),
  mappingSource: z.enum(['given', 'saved', 'suggested']),
});
export type LabImportPreview = z.infer<typeof LabImportPreview>;

export const LabImportResult = z.object({
  batchId: z.uuid().nullable(),
  added: z.number().int(),
  repeated: z.number().int(),
  message: z.string(),
  evaluation: EvaluationSummary,
});
export type LabImportResult = z.infer<typeof LabImportResult>;

/** One day's total flow at a monitoring point, as measured (MGD or gallons per day). */
export const DailyFlowInput = z.object({
  facilityId: z.uuid(),
  monitoringPoint: MonitoringPointText,
  flowDate: IsoDateText,
  flow: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { error: 'must be a non-negative decimal number' }),
  unit: z.enum(['MGD', 'gpd']),
});
export type DailyFlowInput = z.infer<typeof DailyFlowInput>;

export const DailyFlowView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  monitoringPoint: z.string(),
  flowDate: z.string(),
  flowMgd: z.string(),
  createdAt: z.string(),
});
export type DailyFlowView = z.infer<typeof DailyFlowView>;

export const DailyFlowRecorded = z.object({ flow: DailyFlowView, evaluation: EvaluationSummary });
export type DailyFlowRecorded = z.infer<typeof DailyFlowRecorded>;

export const DailyFlowListQuery = z.object({
  facilityId: z.uuid(),
  monitoringPoint: z.string().max(40).optional(),
  from: IsoDateText.optional(),
  to: IsoDateText.optional(),
});
export type DailyFlowListQuery = z.infer<typeof DailyFlowListQuery>;

export const LabMappingQuery = z.object({ facilityId: z.uuid(), labName: z.string().max(200).optional() });
export const LabMappingView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  labName: z.string(),
  mapping: LabColumnMapping,
  updatedAt: z.string(),
});
export type LabMappingView = z.infer<typeof LabMappingView>;

export const CreateLabTokenInput = z.object({ facilityId: z.uuid(), name: Text(200) });
export const LabTokenCreated = z.object({ id: z.uuid(), name: z.string(), token: z.string() });
/** A lab token as listed: never the token itself (only its SHA-256 is stored). */
export const LabTokenView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type LabTokenView = z.infer<typeof LabTokenView>;

export const TrendQuery = z.object({
  facilityId: z.uuid(),
  monitoringPoint: z.string().max(40),
  parameterCode: ParameterCodeText,
  from: IsoDateText,
  to: IsoDateText,
});
export type TrendQuery = z.infer<typeof TrendQuery>;

export const TrendView = z.object({
  unit: z.string().nullable(),
  daily: z.array(
    z.object({ date: z.string(), value: z.number(), nonDetect: z.boolean(), resultIds: z.array(z.string()) }),
  ),
  values: z.array(
    z.object({
      limitId: z.string(),
      label: z.string(),
      start: z.string(),
      end: z.string(),
      value: z.number(),
      outside: z.boolean(),
      indeterminate: z.boolean(),
    }),
  ),
  limits: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      value: z.string(),
      unit: z.string(),
      direction: z.enum(['max', 'min']),
      enforceable: z.boolean(),
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
    }),
  ),
  exceedances: z.array(
    z.object({
      limitId: z.string(),
      start: z.string(),
      end: z.string(),
      value: z.string(),
      limit: z.string(),
      exceedancePercent: z.number().nullable(),
      enforceable: z.boolean(),
    }),
  ),
});
export type TrendView = z.infer<typeof TrendView>;

export const NotificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;
