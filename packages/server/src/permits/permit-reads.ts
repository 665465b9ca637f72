import type { PermitListQuery, PermitVersionDiff, PermitView } from '@outfall/domain/contracts/permits';
import { comparePermitVersions } from '@outfall/domain/permits/index';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { permitDocument } from './permit-document';
import { permitView, toSummaryView, toVersionSummary, toVersionView } from './permit-views';
import { findVersion, findVisiblePermit, listVersions, listVisiblePermits } from './permits.queries';
import { renderPdf } from './render-pdf';

export async function listPermits(db: Queryable, m: ActiveMembership, query: PermitListQuery, asOf: string) {
  const rows = await listVisiblePermits(db, m, query, asOf);
  return rows.map((row) => toSummaryView(row, asOf));
}

export async function getPermitSummary(db: Queryable, m: ActiveMembership, id: string, asOf: string) {
  return toSummaryView(await findVisiblePermit(db, m, id), asOf);
}

/** The permit with its current version, its version list, and what the viewer may do with it. */
export async function getPermit(
  db: Queryable,
  m: ActiveMembership,
  id: string,
  asOf: string,
): Promise<PermitView> {
  const row = await findVisiblePermit(db, m, id);
  const versions = await listVersions(db, id);
  const current = versions.find((v) => v.version.versionNo === row.permit.currentVersionNo)!;
  return permitView(
    m,
    toSummaryView(row, asOf),
    row.permit,
    toVersionView(current.version, current.createdByName),
    versions.map((v) => toVersionSummary(v.version, v.createdByName)),
  );
}

export async function getPermitVersion(db: Queryable, m: ActiveMembership, id: string, versionNo: number) {
  await findVisiblePermit(db, m, id);
  const { version, createdByName } = await findVersion(db, id, versionNo);
  return toVersionView(version, createdByName);
}

/** Side-by-side comparison of two versions of one permit. */
export async function compareVersions(
  db: Queryable,
  m: ActiveMembership,
  id: string,
  from: number,
  to: number,
): Promise<PermitVersionDiff> {
  const a = await getPermitVersion(db, m, id, from);
  const b = await getPermitVersion(db, m, id, to);
  return comparePermitVersions(
    { versionNo: a.versionNo, content: a.content, identity: { effectiveDate: a.effectiveDate } },
    { versionNo: b.versionNo, content: b.content, identity: { effectiveDate: b.effectiveDate } },
  );
}

/** The permit document of one version as PDF. */
export async function permitDocumentPdf(
  db: Queryable,
  m: ActiveMembership,
  id: string,
  versionNo: number,
  asOf: string,
) {
  const row = await findVisiblePermit(db, m, id);
  const version = await getPermitVersion(db, m, id, versionNo);
  const pdf = await renderPdf(permitDocument(toSummaryView(row, asOf), version));
  return { pdf, permitNumber: row.permit.permitNumber };
}
