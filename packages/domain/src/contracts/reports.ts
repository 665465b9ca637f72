import { z } from 'zod';
import { DecimalText, IsoDateText, PermitKind, ValueSlot } from './permits-common';
import { ReportKind } from './permits-content';
import { SignatoryKind } from './roles';

/**
 * Reports and submissions (issue 6; domain-spec §3.3, §3.5, §9.5–9.12, §10, §11).
 *
 * A report is one obligation (permit reporting requirement × period). Its content is prepared
 * from the record (engine values, flows, exceedances) plus the preparer's narrative; signing
 * freezes one revision and produces an immutable copy of record. An amendment is a new revision.
 */

/** Workflow state. "Late" is not a state: it is `daysLate > 0` beside any state. */
export const ReportStatus = z.enum([
  'upcoming',
  'in_preparation',
  'ready_for_signature',
  'submitted',
  'accepted',
  'returned',
]);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** One reported cell: a limit's C1–C3 / Q1–Q2 value, or a monitor-only statistic. */
export const ReportValue = z.object({
  /** Permit limit id (content id) the value answers; null for a value without a limit. */
  limitId: z.string().nullable(),
  slot: ValueSlot.nullable(),
  statisticalBaseCode: z.string().nullable(),
  statisticalBaseName: z.string().nullable(),
  /** Null = "Req Mon" (monitor only). */
  limitValue: DecimalText.nullable(),
  /** '<=' for a maximum, '>=' for a minimum. */
  limitQualifier: z.string().nullable(),
  unitCode: z.string().nullable(),
  unitText: z.string(),
  /** Full-precision reported value as a decimal string; null with a NODI. */
  value: DecimalText.nullable(),
  /**
   * The value as printed on the report and in exports (§9.11: only the final value is rounded):
   * a single sample's value as reported, a computed one to 4 significant digits.
   */
  reported: z.string().nullable(),
  /** '<' for a non-detect below the value, '=' otherwise; other ICIS qualifiers as imported. */
  qualifier: z.string().nullable(),
  /** Value-level NODI code (§9.10); a comment is required on the parameter when set. */
  nodi: z.string().nullable(),
  exceedance: z.boolean(),
  exceedancePercent: z.number().nullable(),
  /** All non-detect with a detection limit above the limit: manual review (§9.8). */
  indeterminate: z.boolean(),
  /** Results the value was computed from (traceability to the record). */
  resultIds: z.array(z.string()),
});
export type ReportValue = z.infer<typeof ReportValue>;

/** One parameter row of a report (a DMR ReportParameter). */
export const ReportParameter = z.object({
  parameterCode: z.string(),
  parameterName: z.string(),
  monitoringLocationCode: z.string(),
  /** 0 = no season. */
  seasonNumber: z.number().int().min(0).max(12),
  sampleType: z.string().nullable(),
  frequencyCode: z.string().nullable(),
  sampleCount: z.number().int().min(0),
  /** §9.8 "No. Ex.". */
  numberOfExcursions: z.number().int().min(0).nullable(),
  quantityUnitCode: z.string().nullable(),
  concentrationUnitCode: z.string().nullable(),
  /** Parameter-level NODI when every value carries the same one. */
  nodi: z.string().nullable(),
  comment: z.string().nullable(),
  values: z.array(ReportValue),
});
export type ReportParameter = z.infer<typeof ReportParameter>;

/** Measured daily flows of an outfall over the period (403.12(e)(1): average and maximum daily flow). */
export const ReportFlow = z.object({
  days: z.number().int().min(0),
  averageMgd: DecimalText.nullable(),
  maximumMgd: DecimalText.nullable(),
});
export type ReportFlow = z.infer<typeof ReportFlow>;

export const ReportOutfall = z.object({
  outfallCode: z.string(),
  outfallName: z.string(),
  /** ICIS LimitSetDesignator of the DMR ('A', 'Q'); null for pretreatment reports. */
  limitSetDesignator: z.string().nullable(),
  featureTypeCode: z.string().nullable(),
  parameters: z.array(ReportParameter),
  flow: ReportFlow.nullable(),
});
export type ReportOutfall = z.infer<typeof ReportOutfall>;

/** An exceedance in the period, with the facility's explanation and corrective action. */
export const ReportExceedance = z.object({
  violationId: z.string(),
  outfallCode: z.string(),
  parameterCode: z.string(),
  parameterName: z.string(),
  /** The day or period end the violation is dated. */
  date: IsoDateText,
  value: z.string(),
  limit: z.string(),
  unit: z.string(),
  statisticalBaseCode: z.string().nullable(),
  explanation: z.string().nullable(),
  correctiveAction: z.string().nullable(),
});
export type ReportExceedance = z.infer<typeof ReportExceedance>;

/** What the preparer writes; everything else in the content is computed. */
export const ReportNarrative = z.object({
  comments: z.string().max(4000).nullable().default(null),
  /** 403.12(e)(1), (h): best management practice documentation. */
  bmp: z.string().max(20000).nullable().default(null),
  /** 403.12(e)(4): production rate where a standard is production-based. */
  production: z.string().max(20000).nullable().default(null),
});
export type ReportNarrative = z.infer<typeof ReportNarrative>;

export const ReportAttachmentRef = z.object({
  id: z.string(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ReportAttachmentRef = z.infer<typeof ReportAttachmentRef>;

/** The full content of one report revision: what is signed and what the copy of record holds. */
export const ReportContent = z.object({
  kind: ReportKind,
  title: z.string(),
  facility: z.object({ id: z.string(), name: z.string(), address: z.string().nullable() }),
  authority: z.object({ id: z.string(), name: z.string() }).nullable(),
  permit: z.object({
    id: z.string(),
    number: z.string(),
    kind: PermitKind,
    versionId: z.string(),
  }),
  period: z.object({ start: IsoDateText, end: IsoDateText }),
  dueDate: IsoDateText,
  /** Form-level NODI ('C' no discharge) for the whole report. */
  formNodi: z.string().nullable(),
  outfalls: z.array(ReportOutfall),
  exceedances: z.array(ReportExceedance),
  narrative: ReportNarrative,
  attachments: z.array(ReportAttachmentRef),
  /** When the computed part was last built from the record (ISO timestamp). */
  preparedAt: z.string(),
});
export type ReportContent = z.infer<typeof ReportContent>;

/** A versioned certification statement (403.6(a)(2)(ii), 122.22(d), 403.12(q)), verbatim. */
export const CertificationTemplateView = z.object({
  id: z.uuid(),
  key: z.string(),
  version: z.number().int(),
  citation: z.string(),
  text: z.string(),
});
export type CertificationTemplateView = z.infer<typeof CertificationTemplateView>;

/** The signature block of a signed revision (§3.5, §10.2 R5). */
export const ReportSignature = z.object({
  signerUserId: z.string(),
  signerName: z.string(),
  signerEmail: z.string(),
  signatoryKind: SignatoryKind,
  /** Title or position the signer signs as. */
  signerTitle: z.string().nullable(),
  /** The 403.12(l)(3) written authorization relied on (authorized representatives). */
  authorizationId: z.string().nullable(),
  signedAt: z.string(),
  certification: z.object({
    key: z.string(),
    version: z.number().int(),
    citation: z.string(),
    text: z.string(),
  }),
});
export type ReportSignature = z.infer<typeof ReportSignature>;

/** The signed document as stored and downloaded: canonical JSON of this object is the copy of record. */
export const CopyOfRecordDocument = z.object({
  format: z.literal('outfall.copy-of-record/1'),
  reportId: z.string(),
  revision: z.number().int().min(1),
  /** Revision this one amends, if any. */
  amends: z.number().int().nullable(),
  amendmentReason: z.string().nullable(),
  content: ReportContent,
  signature: ReportSignature,
  /** Date and time of receipt (= signature time on Outfall, §10.2 R6). */
  receivedAt: z.string(),
  /** SHA-256 of the canonical JSON of `content`. */
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CopyOfRecordDocument = z.infer<typeof CopyOfRecordDocument>;

export const CopyOfRecordView = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  revision: z.number().int(),
  jsonSha256: z.string(),
  pdfSha256: z.string(),
  createdAt: z.string(),
  auditSeq: z.number().int().nullable(),
});
export type CopyOfRecordView = z.infer<typeof CopyOfRecordView>;

/** Result of checking a file against the stored copies of record. */
export const CopyOfRecordVerification = z.object({
  verified: z.boolean(),
  sha256: z.string(),
  /** 'json' or 'pdf' when the digest matches a stored copy of record ('xml': an annual report's ICIS XML). */
  matched: z.enum(['json', 'pdf', 'xml']).nullable(),
  /** Which kind of record matched: a facility report, or the authority's pretreatment annual report. */
  kind: z.enum(['report', 'program_report']).optional(),
  copyOfRecord: CopyOfRecordView.nullable(),
  report: z
    .object({
      id: z.uuid(),
      title: z.string(),
      facilityName: z.string(),
      signerName: z.string(),
      signedAt: z.string(),
    })
    .nullable(),
  /** Why a file did not verify, in words. */
  message: z.string(),
});
export type CopyOfRecordVerification = z.infer<typeof CopyOfRecordVerification>;

export const ReportRevisionSummary = z.object({
  id: z.uuid(),
  revision: z.number().int(),
  status: z.enum(['draft', 'signed']),
  signerName: z.string().nullable(),
  signedAt: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  copyOfRecordId: z.uuid().nullable(),
});
export type ReportRevisionSummary = z.infer<typeof ReportRevisionSummary>;

export const ReportReviewView = z.object({
  id: z.uuid(),
  revision: z.number().int(),
  decision: z.enum(['accepted', 'returned']),
  comment: z.string().nullable(),
  reviewerName: z.string(),
  at: z.string(),
});
export type ReportReviewView = z.infer<typeof ReportReviewView>;

export const ReportSummaryView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  facilityName: z.string(),
  permitId: z.uuid(),
  permitNumber: z.string(),
  kind: ReportKind,
  title: z.string(),
  outfallCode: z.string().nullable(),
  periodStart: IsoDateText,
  periodEnd: IsoDateText,
  dueDate: IsoDateText,
  status: ReportStatus,
  /** Received date = signature time of the first submitted revision (§3.3, §10). */
  receivedAt: z.string().nullable(),
  /** Whole days after the due date: to the receipt, or to today while outstanding. */
  daysLate: z.number().int(),
  currentRevision: z.number().int(),
  exceedanceCount: z.number().int(),
});
export type ReportSummaryView = z.infer<typeof ReportSummaryView>;

export const ReportView = ReportSummaryView.extend({
  content: ReportContent.nullable(),
  revisions: z.array(ReportRevisionSummary),
  reviews: z.array(ReportReviewView),
  /** What the current user may do now. */
  can: z.object({ prepare: z.boolean(), sign: z.boolean(), review: z.boolean(), amend: z.boolean() }),
  /** Why the current user cannot sign, in words (null when they can, or the report is not ready). */
  signBlockedReason: z.string().nullable(),
  certification: CertificationTemplateView.nullable(),
});
export type ReportView = z.infer<typeof ReportView>;

export const ReportListQuery = z.object({
  facilityId: z.uuid().optional(),
  status: ReportStatus.optional(),
  kind: ReportKind.optional(),
  /** Review queue: submitted reports awaiting the authority. */
  queue: z.enum(['review', 'signature', 'late']).optional(),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

/** Create the obligations of a facility's binding permits up to a date (idempotent). */
export const GenerateReportsInput = z.object({
  facilityId: z.uuid().optional(),
  through: IsoDateText.optional(),
});

/** Preparer's edits: narrative, NODI comments and exceedance explanations. */
export const UpdateReportDraftInput = z.object({
  narrative: ReportNarrative.partial().optional(),
  formNodi: z.string().max(1).nullable().optional(),
  /** Keyed by `${outfallCode}/${parameterCode}/${monitoringLocationCode}`. */
  parameterComments: z.record(z.string(), z.string().max(4000).nullable()).optional(),
  /** Value-level NODI: keyed by `${outfallCode}/${parameterCode}/${monitoringLocationCode}/${slot ?? statisticalBaseCode}`. */
  valueNodi: z.record(z.string(), z.string().max(1).nullable()).optional(),
  /** The attachments the draft carries (uploaded ones not listed here are left out of the report). */
  attachmentIds: z.array(z.uuid()).max(50).optional(),
  exceedances: z
    .array(
      z.object({
        violationId: z.string(),
        explanation: z.string().max(4000).nullable(),
        correctiveAction: z.string().max(4000).nullable(),
      }),
    )
    .optional(),
});
export type UpdateReportDraftInput = z.infer<typeof UpdateReportDraftInput>;

/** A file attached to a report draft, sent as base64 (at most 10 MB). */
export const AttachReportFileInput = z.object({
  fileName: z.string().trim().min(1).max(300),
  base64: z
    .string()
    .min(1)
    .max(14 * 1024 * 1024),
});
export type AttachReportFileInput = z.infer<typeof AttachReportFileInput>;

export const SignReportInput = z.object({
  password: z.string().min(1, { error: 'enter your password to sign' }).max(1000),
  /** The certification template the signer was shown (must be the one in force). */
  certificationTemplateId: z.uuid(),
  certify: z.literal(true, { error: 'confirm the certification statement' }),
});
export type SignReportInput = z.infer<typeof SignReportInput>;

export const ReviewReportInput = z.object({
  decision: z.enum(['accepted', 'returned']),
  comment: z.string().trim().max(4000).nullish(),
});
export type ReviewReportInput = z.infer<typeof ReviewReportInput>;

/**
 * A report the authority received outside Outfall (on paper or by e-mail, typically before the
 * program moved to Outfall): recorded by the authority with the day it arrived and where it is filed.
 */
export const RecordReceiptInput = z.object({
  receivedOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }),
  note: z.string().trim().min(3, { error: 'say how it was received and where it is filed' }).max(2000),
});
export type RecordReceiptInput = z.infer<typeof RecordReceiptInput>;

export const AmendReportInput = z.object({
  reason: z.string().trim().min(3, { error: 'say why the report is amended' }).max(2000),
});
export type AmendReportInput = z.infer<typeof AmendReportInput>;

/** 403.12(l)(3): a written authorization naming a person or a position as authorized representative. */
export const SignatoryAuthorizationView = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  delegateUserId: z.uuid().nullable(),
  delegateName: z.string().nullable(),
  position: z.string().nullable(),
  principalName: z.string(),
  principalTitle: z.string(),
  signedOn: IsoDateText,
  receivedByAuthorityOn: IsoDateText.nullable(),
  supersededAt: z.string().nullable(),
  /** The written authorization as uploaded: a document of kind signatory_authorization. */
  documentId: z.uuid().nullable(),
});
export type SignatoryAuthorizationView = z.infer<typeof SignatoryAuthorizationView>;

export const CreateSignatoryAuthorizationInput = z
  .object({
    facilityId: z.uuid(),
    delegateUserId: z.uuid().nullish(),
    position: z.string().trim().min(2).max(200).nullish(),
    principalName: z.string().trim().min(2).max(200),
    principalTitle: z.string().trim().min(2).max(200),
    signedOn: IsoDateText,
    /** The uploaded written authorization (a document of kind signatory_authorization of the facility). */
    documentId: z.uuid().nullish(),
  })
  .refine((v) => v.delegateUserId != null || v.position != null, {
    error: 'name a person or a position',
    path: ['delegateUserId'],
  });
export type CreateSignatoryAuthorizationInput = z.infer<typeof CreateSignatoryAuthorizationInput>;
