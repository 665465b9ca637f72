import type { FacilityAddress } from '@outfall/domain/contracts/facilities';
import { and, asc, eq, gte, inArray, isNull, lte, not, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { auditFilters } from '../audit/audit.queries';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import {
  auditEvents,
  copiesOfRecord,
  dailyFlows,
  documents,
  facilityProfiles,
  organizations,
  permits,
  permitVersions,
  reportRevisions,
  reports,
  results,
  samples,
  users,
  violations,
} from '../db/schema';
import { owner, visibleDocumentsWhere } from '../documents/documents.queries';
import { findMonitoredFacility } from '../monitoring/facility-scope';
import { visiblePermitsWhere } from '../permits/permits.queries';

/**
 * What the audit binder reads, for one facility and an inclusive date range, limited to what the
 * membership may see (an authority: the facility's shared documents and the reports and permits it
 * issued; the facility: all its own). Each query here is also what the tests count against.
 */
export interface BinderRange {
  facilityId: string;
  from: string;
  to: string;
}

const authority = alias(organizations, 'binder_authority');

/** The facility (404 outside the membership's view) with its authority's name and site address. */
export async function findBinderFacility(db: Queryable, m: ActiveMembership, facilityId: string) {
  const facility = await findMonitoredFacility(db, m, facilityId);
  const [row] = await db
    .select({ authorityName: authority.name, siteAddress: facilityProfiles.siteAddress })
    .from(organizations)
    .leftJoin(authority, eq(authority.id, organizations.regulatedById))
    .leftJoin(facilityProfiles, eq(facilityProfiles.facilityId, organizations.id))
    .where(eq(organizations.id, facilityId));
  return {
    ...facility,
    authorityName: row?.authorityName ?? null,
    siteAddress: (row?.siteAddress ?? null) as FacilityAddress | null,
  };
}

// ---------------------------------------------------------------------------------------------
// 01 permits

/**
 * Permits of the facility visible to the membership whose term overlaps the range: in force from
 * the effective (or issue) date to the expiration, or to the terminal action's date. Drafts,
 * applications and withdrawn permits never had a term.
 */
export function binderPermitsWhere(m: ActiveMembership, r: BinderRange): SQL {
  const start = sql`coalesce(${permits.effectiveDate}, ${permits.issuedDate})`;
  return and(
    visiblePermitsWhere(m),
    eq(permits.facilityId, r.facilityId),
    notInArray(permits.status, ['draft', 'application_received', 'withdrawn']),
    sql`${start} is not null and ${start} <= ${r.to}`,
    or(isNull(permits.expirationDate), gte(permits.expirationDate, r.from)),
    or(
      notInArray(permits.status, ['terminated', 'revoked']),
      isNull(permits.statusDate),
      gte(permits.statusDate, r.from),
    ),
  )!;
}

export async function binderPermits(db: Queryable, m: ActiveMembership, r: BinderRange) {
  const facility = alias(organizations, 'binder_permit_facility');
  const rows = await db
    .select({
      permit: permits,
      facilityName: facility.name,
      issuingAuthorityName: authority.name,
      content: permitVersions.content,
    })
    .from(permits)
    .innerJoin(facility, eq(facility.id, permits.facilityId))
    .leftJoin(authority, eq(authority.id, permits.issuingAuthorityId))
    .innerJoin(
      permitVersions,
      and(eq(permitVersions.permitId, permits.id), eq(permitVersions.versionNo, permits.currentVersionNo)),
    )
    .where(binderPermitsWhere(m, r))
    .orderBy(asc(permits.permitNumber), asc(permits.createdAt));
  const ids = rows.map((row) => row.permit.id);
  const versions = ids.length
    ? await db
        .select({ version: permitVersions, createdByName: users.name })
        .from(permitVersions)
        .leftJoin(users, eq(users.id, permitVersions.createdByUserId))
        .where(inArray(permitVersions.permitId, ids))
        .orderBy(asc(permitVersions.permitId), asc(permitVersions.versionNo))
    : [];
  return rows.map((row) => ({
    ...row,
    versions: versions.filter((v) => v.version.permitId === row.permit.id),
  }));
}

// ---------------------------------------------------------------------------------------------
// 02 monitoring

/** Every result (current and superseded) of samples taken in the range. */
export function binderResultsWhere(r: BinderRange): SQL {
  return and(
    eq(results.facilityId, r.facilityId),
    gte(results.sampleDate, r.from),
    lte(results.sampleDate, r.to),
  )!;
}

export function binderResults(db: Queryable, r: BinderRange) {
  const successor = alias(results, 'binder_successor');
  return db
    .select({ result: results, sample: samples, supersededById: successor.id })
    .from(results)
    .innerJoin(samples, eq(samples.id, results.sampleId))
    .leftJoin(successor, eq(successor.supersedesId, results.id))
    .where(binderResultsWhere(r))
    .orderBy(
      asc(results.sampleDate),
      asc(results.monitoringPoint),
      asc(results.parameterCode),
      asc(results.createdAt),
      asc(results.id),
    );
}

export function binderSamplesWhere(r: BinderRange): SQL {
  return and(
    eq(samples.facilityId, r.facilityId),
    gte(samples.sampleDate, r.from),
    lte(samples.sampleDate, r.to),
  )!;
}

export function binderSamples(db: Queryable, r: BinderRange) {
  return db
    .select()
    .from(samples)
    .where(binderSamplesWhere(r))
    .orderBy(asc(samples.sampleDate), asc(samples.collectedStart), asc(samples.id));
}

export function binderFlowsWhere(r: BinderRange): SQL {
  return and(
    eq(dailyFlows.facilityId, r.facilityId),
    gte(dailyFlows.flowDate, r.from),
    lte(dailyFlows.flowDate, r.to),
  )!;
}

export function binderFlows(db: Queryable, r: BinderRange) {
  return db
    .select()
    .from(dailyFlows)
    .where(binderFlowsWhere(r))
    .orderBy(asc(dailyFlows.flowDate), asc(dailyFlows.monitoringPoint));
}

// ---------------------------------------------------------------------------------------------
// 03 reports

/** As in reports.queries: an authority sees the reports under permits it issued, a facility all its own. */
function visibleReportsWhere(m: ActiveMembership): SQL | undefined {
  return m.kind === 'authority' ? eq(permits.issuingAuthorityId, m.organizationId) : undefined;
}

/** Reports of the facility due in the range or whose period overlaps it. */
export function binderReportsWhere(m: ActiveMembership, r: BinderRange): SQL {
  return and(
    eq(reports.facilityId, r.facilityId),
    visibleReportsWhere(m),
    or(
      and(gte(reports.dueDate, r.from), lte(reports.dueDate, r.to)),
      and(lte(reports.periodStart, r.to), gte(reports.periodEnd, r.from)),
    ),
  )!;
}

export async function binderReports(db: Queryable, m: ActiveMembership, r: BinderRange) {
  const rows = await db
    .select({ report: reports, permitNumber: permits.permitNumber })
    .from(reports)
    .innerJoin(permits, eq(permits.id, reports.permitId))
    .where(binderReportsWhere(m, r))
    .orderBy(asc(reports.dueDate), asc(reports.periodEnd), asc(reports.title), asc(reports.id));
  const ids = rows.map((row) => row.report.id);
  const copies = ids.length
    ? await db
        .select({
          copy: copiesOfRecord,
          signedAt: reportRevisions.signedAt,
          signerName: users.name,
          signatoryKind: reportRevisions.signatoryKind,
        })
        .from(copiesOfRecord)
        .innerJoin(reportRevisions, eq(reportRevisions.id, copiesOfRecord.revisionId))
        .leftJoin(users, eq(users.id, reportRevisions.signerUserId))
        .where(inArray(copiesOfRecord.reportId, ids))
        .orderBy(asc(copiesOfRecord.reportId), asc(copiesOfRecord.revision))
    : [];
  return rows.map((row) => ({ ...row, copies: copies.filter((c) => c.copy.reportId === row.report.id) }));
}

// ---------------------------------------------------------------------------------------------
// 04 violations

export function binderViolationsWhere(r: BinderRange): SQL {
  return and(
    eq(violations.facilityId, r.facilityId),
    lte(violations.periodStart, r.to),
    gte(violations.periodEnd, r.from),
  )!;
}

export function binderViolations(db: Queryable, r: BinderRange) {
  return db
    .select({ violation: violations, permitNumber: permits.permitNumber })
    .from(violations)
    .leftJoin(permits, eq(permits.id, violations.permitId))
    .where(binderViolationsWhere(r))
    .orderBy(
      asc(violations.periodStart),
      asc(violations.monitoringPoint),
      asc(violations.parameterCode),
      asc(violations.id),
    );
}

// ---------------------------------------------------------------------------------------------
// 06 audit trail

/**
 * Events of the facility's records that occurred in the range, as the audit log shows them to the
 * membership (auditFilters: an authority never sees a facility's self-managed permits), and for an
 * authority also without the events of documents and reports it may not see.
 */
export async function binderAuditWhere(db: Queryable, m: ActiveMembership, r: BinderRange): Promise<SQL> {
  const base = auditFilters(db, m, { from: r.from, to: r.to, limit: 1 }, true);
  const filters: (SQL | undefined)[] = [base, eq(auditEvents.organizationId, r.facilityId)];
  if (m.kind === 'authority') {
    const visibleDocs = db
      .select({ id: sql<string>`${documents.id}::text` })
      .from(documents)
      .innerJoin(owner, eq(owner.id, documents.organizationId))
      .where(visibleDocumentsWhere(m));
    const visibleReports = db
      .select({ id: sql<string>`${reports.id}::text` })
      .from(reports)
      .innerJoin(permits, eq(permits.id, reports.permitId))
      .where(and(eq(reports.facilityId, r.facilityId), eq(permits.issuingAuthorityId, m.organizationId)));
    filters.push(
      not(and(eq(auditEvents.subjectType, 'document'), notInArray(auditEvents.subjectId, visibleDocs))!),
      not(and(eq(auditEvents.subjectType, 'report'), notInArray(auditEvents.subjectId, visibleReports))!),
    );
  }
  return and(...filters)!;
}

export async function binderAuditEvents(db: Queryable, m: ActiveMembership, r: BinderRange) {
  return db
    .select({ event: auditEvents, actorEmail: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(await binderAuditWhere(db, m, r))
    .orderBy(asc(auditEvents.seq));
}
