import {
  PermitContent,
  type PermitIdentity,
  type PermitSummaryView,
  type PermitVersionSummary,
  type PermitVersionView,
  type PermitView,
} from '@outfall/domain/contracts/permits';
import { allowedPermitActions, trackPermitRenewal } from '@outfall/domain/permits/index';
import type { ActiveMembership } from '../auth/actor';
import { can } from '../auth/policy';
import type { permitVersions } from '../db/schema';
import type { PermitRow } from './permits.queries';

type VersionRow = typeof permitVersions.$inferSelect;

/** Today as 'YYYY-MM-DD' (UTC): the default `asOf` of renewal tracking. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Statuses whose renewal is still tracked (a renewed or ended permit raises no alert). */
const TRACKED = new Set(['issued', 'effective', 'expired']);
const RENEWABLE = new Set(['issued', 'effective', 'expired']);
const EDITABLE_STATUSES = new Set(['application_received', 'draft', 'issued', 'effective', 'expired']);

export function toIdentity(p: PermitRow): PermitIdentity {
  return {
    id: p.id,
    facilityId: p.facilityId,
    issuingAuthorityId: p.issuingAuthorityId,
    permitNumber: p.permitNumber,
    kind: p.kind,
    status: p.status,
    issuedDate: p.issuedDate,
    effectiveDate: p.effectiveDate,
    expirationDate: p.expirationDate,
    renewedFromPermitId: p.renewedFromPermitId,
    renewalApplicationReceivedOn: p.renewalApplicationReceivedOn,
    currentVersionNo: p.currentVersionNo,
  };
}

/** Stored content, read back through its schema (defaults of newer fields filled in). */
export function readContent(content: unknown): PermitContent {
  return PermitContent.parse(content);
}

export function renewalOf(p: PermitRow, content: PermitContent, asOf: string) {
  if (!TRACKED.has(p.status)) return null;
  return trackPermitRenewal(p, { asOf, renewalLeadDays: content.renewalLeadDays });
}

export function toSummaryView(
  row: { permit: PermitRow; facilityName: string; issuingAuthorityName: string | null; content: unknown },
  asOf: string,
): PermitSummaryView {
  const content = readContent(row.content);
  return {
    ...toIdentity(row.permit),
    facilityName: row.facilityName,
    issuingAuthorityName: row.issuingAuthorityName,
    isSelfManaged: row.permit.issuingAuthorityId === null,
    outfallCount: content.outfalls.length,
    limitCount: content.limitSets.reduce((n, s) => n + s.limits.length, 0),
    renewal: renewalOf(row.permit, content, asOf),
  };
}

export function toVersionSummary(v: VersionRow, createdByName: string | null): PermitVersionSummary {
  return {
    versionNo: v.versionNo,
    reason: v.reason,
    summary: v.summary,
    effectiveDate: v.effectiveDate,
    createdAt: v.createdAt.toISOString(),
    createdByUserId: v.createdByUserId,
    createdByName,
  };
}

export function toVersionView(v: VersionRow, createdByName: string | null): PermitVersionView {
  return { ...toVersionSummary(v, createdByName), permitId: v.permitId, content: readContent(v.content) };
}

/**
 * Who may change a permit: the issuing authority's writers for an authority-issued permit, the
 * facility's writers for a self-managed one. A facility never edits what its authority issued.
 */
export function isEditableBy(m: ActiveMembership, p: PermitRow): boolean {
  if (!can(m, 'permit.write')) return false;
  return m.kind === 'authority'
    ? p.issuingAuthorityId === m.organizationId
    : p.issuingAuthorityId === null && p.facilityId === m.organizationId;
}

export function permitView(
  m: ActiveMembership,
  summary: PermitSummaryView,
  row: PermitRow,
  version: PermitVersionView,
  versions: PermitVersionSummary[],
): PermitView {
  const canEdit = isEditableBy(m, row) && EDITABLE_STATUSES.has(row.status);
  const actions = canEdit ? allowedPermitActions(row).filter((a) => a !== 'mark_renewed') : [];
  if (canEdit && ['application_received', 'draft'].includes(row.status)) actions.unshift('update_draft');
  if (canEdit && RENEWABLE.has(row.status)) actions.push('renew');
  return { permit: summary, version, versions, canEdit, allowedActions: actions };
}
