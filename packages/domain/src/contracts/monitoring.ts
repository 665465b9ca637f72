import { z } from 'zod';
import { DecimalText, ParameterCodeText } from './permits-common';

/** The fields a lab file can carry (domain-spec §11.5; 403.12(o) record contents, §3.6). */
export const LabField = z.enum([
  'sampleId',
  'labSampleId',
  'location',
  'collectionStart',
  'collectionStartTime',
  'collectionEnd',
  'collectionEndTime',
  'parameter',
  'parameterCode',
  'cas',
  'value',
  'unit',
  'detectFlag',
  'qualifier',
  'labQualifiers',
  'mdl',
  'rl',
  'method',
  'analysisDate',
  'analysisTime',
  'analyst',
  'sampleType',
  'sampleMethod',
  'sampler',
  'labName',
  'labCertId',
  'dilution',
  'fraction',
  'matrix',
]);
export type LabField = z.infer<typeof LabField>;

/** Long: one row per result (EQuIS-style EDD). Wide: one row per sample, analytes as columns. */
export const LabLayout = z.enum(['long', 'wide']);
export type LabLayout = z.infer<typeof LabLayout>;

/** How slash dates are read: 7/6/2026 is July 6 (MDY, US labs) or 7 June (DMY). */
export const DateOrder = z.enum(['MDY', 'DMY']);
export type DateOrder = z.infer<typeof DateOrder>;

/** Sample type codes that mark field/lab QC samples, not compliance results (EQuIS convention). */
export const DEFAULT_QC_SAMPLE_TYPES = [
  'FD',
  'FB',
  'TB',
  'EB',
  'RB',
  'LB',
  'MB',
  'MS',
  'MSD',
  'LCS',
  'DUP',
  'BD',
];

const HeaderName = z.string().trim().min(1, { error: 'must name a column' }).max(200);

/** A wide-layout analyte column: 'Cu (mg/L)' → Cu in mg/L. A null code is asked about, not guessed. */
export const WideAnalyteColumn = z.object({
  column: HeaderName,
  parameterText: z.string().trim().min(1).max(200),
  parameterCode: ParameterCodeText.nullable(),
  unitText: z.string().trim().max(40).nullable(),
});
export type WideAnalyteColumn = z.infer<typeof WideAnalyteColumn>;

/** Which column holds which field; saved per lab and reused on the next file from that lab. */
export const LabColumnMapping = z
  .object({
    layout: LabLayout,
    /** Field → header text (matched trimmed and case-insensitively). */
    columns: z.partialRecord(LabField, HeaderName),
    analytes: z.array(WideAnalyteColumn).default([]),
    dateOrder: DateOrder.default('MDY'),
    /** Answers to "which parameter is this?": normalised lab name → EPA code. */
    parameterAliases: z.record(z.string(), ParameterCodeText).default({}),
    qcSampleTypes: z.array(z.string().trim().min(1).max(20)).default(DEFAULT_QC_SAMPLE_TYPES),
  })
  .superRefine((m, ctx) => {
    const need = (field: LabField) => {
      if (!m.columns[field])
        ctx.addIssue({ code: 'custom', path: ['columns', field], message: 'is required' });
    };
    need('collectionStart');
    if (m.layout === 'wide' && m.analytes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['analytes'],
        message: 'a wide file needs at least one analyte column',
      });
    }
    if (m.layout === 'long') {
      need('value');
      if (!m.columns.parameter && !m.columns.parameterCode && !m.columns.cas) need('parameter');
    }
  });
export type LabColumnMapping = z.infer<typeof LabColumnMapping>;
export type LabColumnMappingInput = z.input<typeof LabColumnMapping>;

/** A mapping saved for one lab (the server stores it per lab and facility). */
export const SavedLabMapping = z.object({
  labName: z.string().trim().min(1).max(200),
  mapping: LabColumnMapping,
});
export type SavedLabMapping = z.infer<typeof SavedLabMapping>;

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM', local time at the facility (no zone). */
export const LocalDateTimeText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, { error: 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM' });

export const LabProblemCode = z.enum([
  'missing_column',
  'bad_date',
  'unknown_parameter',
  'ambiguous_parameter',
  'bad_cas',
  'text_in_value',
  'bad_number',
  'missing_value',
  'missing_detection_limit',
  'unknown_unit',
  'duplicate_row',
  'conflicting_row',
]);
export type LabProblemCode = z.infer<typeof LabProblemCode>;

/** One thing wrong with a row; `row` is the row number a spreadsheet shows (header = its row). */
export const LabRowProblem = z.object({
  row: z.number().int().min(1),
  column: z.string().nullable(),
  code: LabProblemCode,
  message: z.string(),
});
export type LabRowProblem = z.infer<typeof LabRowProblem>;

/** A parameter the file names that could not be matched: the user answers, nothing is guessed. */
export const ParameterQuestion = z.object({
  /** The name as written; the answer is saved under its normalised form in `parameterAliases`. */
  text: z.string(),
  normalised: z.string(),
  cas: z.string().nullable(),
  column: z.string().nullable(),
  rows: z.array(z.number().int()),
  reason: z.enum(['unknown', 'ambiguous', 'conflict']),
  candidates: z.array(z.object({ code: z.string(), description: z.string() })),
});
export type ParameterQuestion = z.infer<typeof ParameterQuestion>;

export const QcKind = z.enum(['field_duplicate', 'field_blank', 'trip_blank', 'equipment_blank', 'lab_qc']);
export type QcKind = z.infer<typeof QcKind>;

/** A value exactly as reported (numbers/reported-value), with the lab's estimate flag. */
export const CandidateValue = z.object({
  text: z.string(),
  qualifier: z.enum(['<', '>', '=']),
  number: DecimalText.nullable(),
  nonDetect: z.boolean(),
  detectionLimit: DecimalText.nullable(),
  reportingLimit: DecimalText.nullable(),
  /** Lab qualifier J: detected between the MDL and the RL, an estimate. */
  estimated: z.boolean(),
});
export type CandidateValue = z.infer<typeof CandidateValue>;

/** One result read from a lab file, ready to be stored as a result (or a QC record). */
export const LabResultCandidate = z.object({
  row: z.number().int().min(1),
  /** Wide layout: the analyte column the value came from. */
  column: z.string().nullable(),
  sampleId: z.string().nullable(),
  labSampleId: z.string().nullable(),
  location: z.string(),
  sampleTypeCode: z.string().nullable(),
  collectionMethod: z.enum(['grab', 'composite']).nullable(),
  qc: QcKind.nullable(),
  /** False for QC samples (FD, TB …): kept, but not compliance results. */
  countsForCompliance: z.boolean(),
  collectedStart: LocalDateTimeText,
  collectedEnd: LocalDateTimeText.nullable(),
  parameterCode: ParameterCodeText,
  parameterText: z.string(),
  matchedBy: z.enum(['code', 'cas', 'name', 'description', 'alias']),
  cas: z.string().nullable(),
  fraction: z.enum(['total', 'dissolved']).nullable(),
  value: CandidateValue,
  unit: z.string(),
  unitText: z.string(),
  /** The value in its dimension's base unit (mg/L, MGD, SU …); null for a non-detect without a number. */
  standard: z.object({ value: DecimalText, unit: z.string() }).nullable(),
  labQualifiers: z.array(z.string()),
  method: z.string().nullable(),
  analysedAt: LocalDateTimeText.nullable(),
  analyst: z.string().nullable(),
  sampler: z.string().nullable(),
  labName: z.string().nullable(),
  labCertId: z.string().nullable(),
  dilutionFactor: z.string().nullable(),
  matrix: z.string().nullable(),
  /** SHA-256 of the result's content: the same result imported twice has the same fingerprint. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** Sample + parameter identity: same key, other fingerprint = a different value for one result. */
  resultKey: z.string(),
});
export type LabResultCandidate = z.infer<typeof LabResultCandidate>;

/** The preview shown before an all-or-nothing import. */
export const LabPreview = z.object({
  layout: LabLayout,
  mapping: LabColumnMapping,
  candidates: z.array(LabResultCandidate),
  problems: z.array(LabRowProblem),
  questions: z.array(ParameterQuestion),
  /** Title, note and footer rows that are not data ("Reviewed by: QA"). */
  skippedRows: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  /** True when there is nothing to fix: the import may proceed. */
  accepted: z.boolean(),
});
export type LabPreview = z.infer<typeof LabPreview>;

export const QualityCheckKind = z.enum([
  'method',
  'holding_time',
  'unit',
  'duplicate',
  'qc_sample',
  'lab_qualifier',
]);
export type QualityCheckKind = z.infer<typeof QualityCheckKind>;

export const QualityStatus = z.enum(['pass', 'warn', 'fail']);
export type QualityStatus = z.infer<typeof QualityStatus>;

/** One quality check of one result; `field` names what the user should look at. */
export const QualityCheck = z.object({
  check: QualityCheckKind,
  status: QualityStatus,
  field: z.string(),
  message: z.string(),
  /** The rule or table the check applied, e.g. '40 CFR 136.3 Table II'. */
  source: z.string().nullable(),
});
export type QualityCheck = z.infer<typeof QualityCheck>;

/** 403.12(g)(6): checks inform, they never drop a result; `countsForCompliance` is the QC flag only. */
export const QualityReport = z.object({
  status: QualityStatus,
  checks: z.array(QualityCheck),
  countsForCompliance: z.boolean(),
});
export type QualityReport = z.infer<typeof QualityReport>;

/** The fast-entry verdict on a typed value. */
export const TypedValueCheck = z.object({
  status: z.enum(['invalid', 'exceeds', 'warning', 'ok']),
  message: z.string(),
  limits: z.array(
    z.object({
      limitId: z.string(),
      verdict: z.enum(['exceeds', 'within', 'indeterminate', 'not_comparable']),
      enforceable: z.boolean(),
      message: z.string(),
    }),
  ),
});
export type TypedValueCheck = z.infer<typeof TypedValueCheck>;
