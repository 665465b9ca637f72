import { canonicalJson } from '@outfall/domain/audit/canonical-json';
import {
  emptyPermitContent,
  PermitContent,
  type PermitVersionReason,
} from '@outfall/domain/contracts/permits';
import { comparePermitVersions } from '@outfall/domain/permits/index';
import type { Tx } from '../db/connect';
import { permitVersions } from '../db/schema';

export interface NewVersion {
  permitId: string;
  versionNo: number;
  reason: PermitVersionReason;
  summary: string | null;
  effectiveDate: string | null;
  content: PermitContent;
  userId: string | null;
}

/** Writes an immutable version; the content goes through its schema once more on the way in. */
export async function insertVersion(tx: Tx, v: NewVersion) {
  const content = PermitContent.parse(v.content);
  const [row] = await tx
    .insert(permitVersions)
    .values({
      permitId: v.permitId,
      versionNo: v.versionNo,
      reason: v.reason,
      summary: v.summary,
      effectiveDate: v.effectiveDate,
      content,
      createdByUserId: v.userId,
    })
    .returning();
  return row!;
}

/** Counts of what a version holds, for audit events of new permits. */
export function contentCounts(content: PermitContent) {
  return {
    outfalls: content.outfalls.length,
    limitSets: content.limitSets.length,
    limits: content.limitSets.reduce((n, s) => n + s.limits.length, 0),
    monitoringRequirements: content.monitoringRequirements.length,
    reportingRequirements: content.reportingRequirements.length,
    complianceSchedules: content.complianceSchedules.length,
    specialConditions: content.specialConditions.length,
  };
}

const MAX_AUDITED_CHANGES = 200;

/** What changed between two contents, for the audit trail: item, fields, values before and after. */
export function contentChanges(before: PermitContent | null, after: PermitContent) {
  const diff = comparePermitVersions({ content: before ?? emptyPermitContent() }, { content: after });
  return {
    counts: diff.counts,
    changes: diff.entries.slice(0, MAX_AUDITED_CHANGES).map((e) => ({
      section: e.section,
      change: e.change,
      itemId: e.itemId,
      label: e.label,
      fields: e.fields,
    })),
    truncated: diff.entries.length > MAX_AUDITED_CHANGES,
  };
}

/** Exact equality of two contents (canonical JSON: key order does not matter). */
export function isSameContent(a: PermitContent, b: PermitContent): boolean {
  return canonicalJson(PermitContent.parse(a)) === canonicalJson(PermitContent.parse(b));
}
