import { z } from 'zod';
import { IsoDateText, OptionalText, PermitKind, PermitStatus, RequiredText } from './permits-common';
import { PermitContent } from './permits-content';

export * from './permits-common';
export * from './permits-content';
export * from './permits-imports';
export * from './permits-issues';

/** The permit record; its content lives in immutable versions. */
export const PermitIdentity = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  /** Null = self-managed: a permit the facility tracks itself (NPDES, state, other regulator). */
  issuingAuthorityId: z.uuid().nullable(),
  permitNumber: RequiredText(30),
  kind: PermitKind,
  status: PermitStatus,
  issuedDate: IsoDateText.nullable(),
  effectiveDate: IsoDateText.nullable(),
  expirationDate: IsoDateText.nullable(),
  /** The permit this one renews. */
  renewedFromPermitId: z.uuid().nullable(),
  renewalApplicationReceivedOn: IsoDateText.nullable(),
  currentVersionNo: z.number().int().min(1),
});
export type PermitIdentity = z.infer<typeof PermitIdentity>;

export const PermitVersionReason = z.enum(['original', 'modification', 'renewal', 'import']);
export type PermitVersionReason = z.infer<typeof PermitVersionReason>;

export const PermitVersionSummary = z.object({
  versionNo: z.number().int().min(1),
  reason: PermitVersionReason,
  summary: z.string().nullable(),
  /** The day a modification takes effect. */
  effectiveDate: IsoDateText.nullable(),
  createdAt: z.string(),
  createdByUserId: z.uuid().nullable(),
  createdByName: z.string().nullable(),
});
export type PermitVersionSummary = z.infer<typeof PermitVersionSummary>;

export const PermitVersionView = PermitVersionSummary.extend({ permitId: z.uuid(), content: PermitContent });
export type PermitVersionView = z.infer<typeof PermitVersionView>;

// ---- inputs ----

export const CreatePermitInput = z.object({
  facilityId: z.uuid(),
  permitNumber: RequiredText(30),
  kind: PermitKind,
  initialStatus: z.enum(['application_received', 'draft']).default('draft'),
  effectiveDate: IsoDateText.nullable().default(null),
  expirationDate: IsoDateText.nullable().default(null),
  renewedFromPermitId: z.uuid().nullable().default(null),
  content: PermitContent.default(() => PermitContent.parse({})),
});
export type CreatePermitInput = z.infer<typeof CreatePermitInput>;

/** Edit an application or draft in place (not yet issued); `baseVersionNo` guards concurrent edits. */
export const UpdatePermitDraftInput = z.object({
  baseVersionNo: z.number().int().min(1),
  permitNumber: RequiredText(30).optional(),
  kind: PermitKind.optional(),
  effectiveDate: IsoDateText.nullable().optional(),
  expirationDate: IsoDateText.nullable().optional(),
  content: PermitContent.optional(),
});
export type UpdatePermitDraftInput = z.infer<typeof UpdatePermitDraftInput>;

/** Modify an issued/effective permit: a new immutable version. */
export const ModifyPermitInput = z.object({
  baseVersionNo: z.number().int().min(1),
  reason: RequiredText(2000),
  effectiveDate: IsoDateText,
  content: PermitContent,
});
export type ModifyPermitInput = z.infer<typeof ModifyPermitInput>;

/** Start the renewal: a new permit linked to this one, content copied from its current version. */
export const RenewPermitInput = z.object({
  permitNumber: RequiredText(30),
  effectiveDate: IsoDateText.nullable().default(null),
  expirationDate: IsoDateText.nullable().default(null),
  applicationReceivedOn: IsoDateText.nullable().default(null),
});
export type RenewPermitInput = z.infer<typeof RenewPermitInput>;

/** Status changes requested through the API (see `transitionPermit`). */
export const PermitActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('begin_draft') }),
  z.object({
    action: z.literal('issue'),
    issuedDate: IsoDateText,
    effectiveDate: IsoDateText,
    expirationDate: IsoDateText,
  }),
  z.object({ action: z.literal('take_effect'), asOf: IsoDateText }),
  z.object({ action: z.literal('expire'), asOf: IsoDateText }),
  z.object({ action: z.literal('terminate'), date: IsoDateText, reason: RequiredText(2000) }),
  z.object({ action: z.literal('revoke'), date: IsoDateText, reason: RequiredText(2000) }),
  z.object({ action: z.literal('withdraw'), reason: RequiredText(2000) }),
  z.object({ action: z.literal('record_renewal_application'), receivedOn: IsoDateText }),
]);
export type PermitActionInput = z.infer<typeof PermitActionInput>;

export const PermitImportSource = z.enum(['netdmr_xml', 'echo_csv']);
export type PermitImportSource = z.infer<typeof PermitImportSource>;

export const ImportPermitInput = z.object({
  facilityId: z.uuid(),
  source: PermitImportSource,
  fileName: RequiredText(260),
  kind: PermitKind.default('npdes'),
});
export type ImportPermitInput = z.infer<typeof ImportPermitInput>;

// ---- views ----

export const PermitTermStatusText = z.enum([
  'not-yet-effective',
  'effective',
  'renewal-application-due',
  'expired',
]);

export const RenewalAlertKind = z.enum(['application_due_soon', 'application_due', 'expiring', 'expired']);
export type RenewalAlertKind = z.infer<typeof RenewalAlertKind>;

export const RenewalTracking = z.object({
  effectiveDate: IsoDateText,
  expirationDate: IsoDateText,
  renewalLeadDays: z.number().int(),
  applicationDueDate: IsoDateText,
  applicationReceivedOn: IsoDateText.nullable(),
  termStatus: PermitTermStatusText,
  daysUntilApplicationDue: z.number().int(),
  daysUntilExpiration: z.number().int(),
  /** Every alert of the term, dated; `isDue` once its date has come (asOf). */
  alerts: z.array(
    z.object({ kind: RenewalAlertKind, date: IsoDateText, isDue: z.boolean(), message: z.string() }),
  ),
});
export type RenewalTracking = z.infer<typeof RenewalTracking>;

export const PermitSummaryView = PermitIdentity.extend({
  facilityName: z.string(),
  issuingAuthorityName: z.string().nullable(),
  isSelfManaged: z.boolean(),
  outfallCount: z.number().int(),
  limitCount: z.number().int(),
  renewal: RenewalTracking.nullable(),
});
export type PermitSummaryView = z.infer<typeof PermitSummaryView>;

export const PermitView = z.object({
  permit: PermitSummaryView,
  version: PermitVersionView,
  versions: z.array(PermitVersionSummary),
  /** False for a facility user looking at an authority-issued permit. */
  canEdit: z.boolean(),
  allowedActions: z.array(z.string()),
});
export type PermitView = z.infer<typeof PermitView>;

export const PermitDiffSection = z.enum([
  'identity',
  'outfall',
  'limit_set',
  'limit',
  'monitoring',
  'reporting',
  'schedule',
  'special_condition',
  'condition',
  'signatory',
  'setting',
]);
export type PermitDiffSection = z.infer<typeof PermitDiffSection>;

export const PermitDiffEntry = z.object({
  section: PermitDiffSection,
  change: z.enum(['added', 'removed', 'changed']),
  /** Content id of the item ('limit:001:00400:DD'), or the field name for conditions/settings. */
  itemId: z.string(),
  /** Outfall code the item belongs to, when it belongs to one. */
  outfallCode: z.string().nullable(),
  label: z.string(),
  fields: z.array(z.object({ field: z.string(), before: z.json(), after: z.json() })),
});
export type PermitDiffEntry = z.infer<typeof PermitDiffEntry>;

export const PermitVersionDiff = z.object({
  fromVersionNo: z.number().int().nullable(),
  toVersionNo: z.number().int().nullable(),
  entries: z.array(PermitDiffEntry),
  counts: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
});
export type PermitVersionDiff = z.infer<typeof PermitVersionDiff>;

export const PermitListQuery = z.object({
  facilityId: z.uuid().optional(),
  status: PermitStatus.optional(),
  kind: PermitKind.optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  q: OptionalText(100).optional(),
});
export type PermitListQuery = z.infer<typeof PermitListQuery>;
