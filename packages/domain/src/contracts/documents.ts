import { z } from 'zod';
import { IsoDateText } from './permits-common';

/**
 * Documents and the audit binder (issue 9; domain-spec §3.5, §3.6, §10). A document belongs to one
 * organization (a facility or an authority), is versioned (a new upload of the same document is a new
 * version; old versions stay, each with its SHA-256 in the audit trail), and is linked to the records
 * it concerns.
 */
export const DocumentKind = z.enum([
  'permit',
  'permit_application',
  'lab_report',
  'chain_of_custody',
  'calibration_log',
  'inspection_report',
  'correspondence',
  'enforcement_notice',
  'signatory_authorization',
  'sop',
  'slug_control_plan',
  'photo',
  'monitoring_record',
  'sewage_sludge_record',
  'waiver_documentation',
  'other',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** private: the owning organization only; shared: also the authority that regulates the facility. */
export const DocumentVisibility = z.enum(['private', 'shared']);
export type DocumentVisibility = z.infer<typeof DocumentVisibility>;

export const DocumentLinkKind = z.enum([
  'facility',
  'permit',
  'outfall',
  'sample',
  'inspection',
  'violation',
  'enforcement_action',
  'report',
]);
export type DocumentLinkKind = z.infer<typeof DocumentLinkKind>;

export const DocumentLink = z.object({
  kind: DocumentLinkKind,
  /** The record's id (uuid), or for an outfall `permitId/outfallCode`. */
  id: z.string().trim().min(1).max(200),
});
export type DocumentLink = z.infer<typeof DocumentLink>;

export const DocumentLinkView = DocumentLink.extend({
  /** The record in words ("Sample 2026-06-08 at 001", "Permit SWR-IU-001"). */
  label: z.string(),
  /** Web path of the record, where it has a page. */
  href: z.string().nullable(),
});
export type DocumentLinkView = z.infer<typeof DocumentLinkView>;

export const DocumentVersionView = z.object({
  version: z.number().int().min(1),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  note: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
  /** Whether text could be extracted for search (PDF and text files). */
  hasText: z.boolean(),
});
export type DocumentVersionView = z.infer<typeof DocumentVersionView>;

/** Retention rule of a kind (§3.6): years after the document date, or after a related expiry. */
export const RetentionRule = z.object({
  kind: DocumentKind,
  years: z.number().int().min(0).max(100),
  basis: z.enum(['document_date', 'expiry']),
});
export type RetentionRule = z.infer<typeof RetentionRule>;

export const DocumentHoldView = z.object({
  id: z.uuid(),
  reason: z.string(),
  placedAt: z.string(),
  placedByName: z.string().nullable(),
});

export const DocumentRetentionView = z.object({
  rule: RetentionRule,
  /** Last day the document must be kept; null while the basis date (e.g. an expiry) is unknown. */
  keepUntil: IsoDateText.nullable(),
  holds: z.array(DocumentHoldView),
  /** True when it may be deleted now: retention over and no hold. */
  deletable: z.boolean(),
  /** Why it may not be deleted, in words. */
  blockedReason: z.string().nullable(),
});

export const DocumentView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  title: z.string(),
  kind: DocumentKind,
  visibility: DocumentVisibility,
  tags: z.array(z.string()),
  /** The date the document is of (report date, sampling date, letter date). */
  documentDate: IsoDateText,
  /** For waiver and eligibility documentation: when what it documents expires (retention basis). */
  expiresOn: IsoDateText.nullable(),
  links: z.array(DocumentLinkView),
  currentVersion: z.number().int(),
  versions: z.array(DocumentVersionView),
  retention: DocumentRetentionView,
  createdAt: z.string(),
  /** What the reader may do. */
  can: z.object({ edit: z.boolean(), hold: z.boolean(), delete: z.boolean() }),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const DocumentSummaryView = DocumentView.pick({
  id: true,
  organizationId: true,
  organizationName: true,
  title: true,
  kind: true,
  visibility: true,
  tags: true,
  documentDate: true,
  currentVersion: true,
  createdAt: true,
}).extend({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  /** A highlighted excerpt of the matching text, for a search. */
  excerpt: z.string().nullable(),
});
export type DocumentSummaryView = z.infer<typeof DocumentSummaryView>;

const Tag = z.string().trim().min(1).max(60);

/** A file sent as base64 (the size limit is checked on the bytes). */
export const UploadedFile = z.object({
  fileName: z.string().trim().min(1).max(300),
  base64: z
    .string()
    .min(1)
    .max(36 * 1024 * 1024),
});

export const CreateDocumentInput = z
  .object({
    /** The owning organization: the actor's own, or (authority) a facility it regulates. */
    organizationId: z.uuid(),
    title: z.string().trim().min(1).max(300),
    kind: DocumentKind,
    visibility: DocumentVisibility.default('private'),
    tags: z.array(Tag).max(30).default([]),
    documentDate: IsoDateText,
    expiresOn: IsoDateText.nullish(),
    links: z.array(DocumentLink).max(30).default([]),
    note: z.string().trim().max(2000).nullish(),
  })
  .extend(UploadedFile.shape);
export type CreateDocumentInput = z.infer<typeof CreateDocumentInput>;

export const AddDocumentVersionInput = UploadedFile.extend({ note: z.string().trim().max(2000).nullish() });
export type AddDocumentVersionInput = z.infer<typeof AddDocumentVersionInput>;

export const UpdateDocumentInput = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  kind: DocumentKind.optional(),
  visibility: DocumentVisibility.optional(),
  tags: z.array(Tag).max(30).optional(),
  documentDate: IsoDateText.optional(),
  expiresOn: IsoDateText.nullable().optional(),
  links: z.array(DocumentLink).max(30).optional(),
});
export type UpdateDocumentInput = z.infer<typeof UpdateDocumentInput>;

export const DocumentListQuery = z.object({
  /** Full-text search over extracted text, title, tags and linked records' labels. */
  q: z.string().trim().max(200).optional(),
  organizationId: z.uuid().optional(),
  kind: DocumentKind.optional(),
  tag: z.string().trim().max(60).optional(),
  linkKind: DocumentLinkKind.optional(),
  linkId: z.string().max(200).optional(),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const HoldInput = z.object({ reason: z.string().trim().min(3).max(2000) });

/** One hit of the app-wide search box. */
export const SearchHit = z.object({
  type: z.enum(['document', 'facility', 'permit', 'report']),
  id: z.uuid(),
  title: z.string(),
  subtitle: z.string().nullable(),
  href: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const AuditBinderQuery = z.object({
  facilityId: z.uuid(),
  from: IsoDateText,
  to: IsoDateText,
});
export type AuditBinderQuery = z.infer<typeof AuditBinderQuery>;
