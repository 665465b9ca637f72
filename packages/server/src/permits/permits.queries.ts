import type { PermitListQuery } from '@outfall/domain/contracts/permits';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, asc, desc, eq, gte, ilike, inArray, lte, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { organizations, permitImports, permits, permitVersions, users } from '../db/schema';
import { notFound } from '../errors';

const facility = alias(organizations, 'permit_facility');
const authority = alias(organizations, 'permit_authority');

/**
 * Permits a membership may see: an authority sees the permits it issued (never a facility's
 * self-managed ones); a facility sees every permit it holds. Anything else answers 404.
 */
export function visiblePermitsWhere(m: ActiveMembership): SQL {
  return m.kind === 'authority'
    ? eq(permits.issuingAuthorityId, m.organizationId)
    : eq(permits.facilityId, m.organizationId);
}

const permitColumns = {
  permit: permits,
  facilityName: facility.name,
  issuingAuthorityName: authority.name,
  content: permitVersions.content,
};

export type PermitRow = typeof permits.$inferSelect;

function selectPermits(db: Queryable) {
  return db
    .select(permitColumns)
    .from(permits)
    .innerJoin(facility, eq(facility.id, permits.facilityId))
    .leftJoin(authority, eq(authority.id, permits.issuingAuthorityId))
    .innerJoin(
      permitVersions,
      and(eq(permitVersions.permitId, permits.id), eq(permitVersions.versionNo, permits.currentVersionNo)),
    );
}

/** The permit with its names and current content, if visible; otherwise a 404. */
export async function findVisiblePermit(db: Queryable, m: ActiveMembership, id: string) {
  const [row] = await selectPermits(db).where(and(eq(permits.id, id), visiblePermitsWhere(m)));
  if (!row) throw notFound('Permit');
  return row;
}

/** Locks the permit row for the rest of the transaction (concurrent edits queue behind it). */
export async function lockPermit(db: Queryable, id: string): Promise<PermitRow> {
  const [row] = await db.select().from(permits).where(eq(permits.id, id)).for('update');
  if (!row) throw notFound('Permit');
  return row;
}

function listFilters(m: ActiveMembership, query: PermitListQuery, asOf: string): SQL[] {
  const filters: SQL[] = [visiblePermitsWhere(m)];
  if (query.facilityId) filters.push(eq(permits.facilityId, query.facilityId));
  if (query.status) filters.push(eq(permits.status, query.status));
  if (query.kind) filters.push(eq(permits.kind, query.kind));
  if (query.expiringWithinDays !== undefined) {
    filters.push(inArray(permits.status, ['issued', 'effective']));
    filters.push(gte(permits.expirationDate, asOf));
    filters.push(lte(permits.expirationDate, addDays(asOf, query.expiringWithinDays)));
  }
  if (query.q) {
    const like = `%${query.q.replaceAll(/[%_\\]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(permits.permitNumber, like), ilike(facility.name, like))!);
  }
  return filters;
}

/** "My permits": what the membership may see, filtered. */
export function listVisiblePermits(db: Queryable, m: ActiveMembership, query: PermitListQuery, asOf: string) {
  return selectPermits(db)
    .where(and(...listFilters(m, query, asOf)))
    .orderBy(asc(facility.name), asc(permits.permitNumber), desc(permits.createdAt));
}

/** Issued or effective permits with a term, for the renewal alerts. */
export function listTrackedPermits(db: Queryable, m: ActiveMembership) {
  return selectPermits(db)
    .where(and(visiblePermitsWhere(m), inArray(permits.status, ['issued', 'effective', 'expired'])))
    .orderBy(asc(permits.expirationDate));
}

export function listVersions(db: Queryable, permitId: string) {
  return db
    .select({ version: permitVersions, createdByName: users.name })
    .from(permitVersions)
    .leftJoin(users, eq(users.id, permitVersions.createdByUserId))
    .where(eq(permitVersions.permitId, permitId))
    .orderBy(asc(permitVersions.versionNo));
}

export async function findVersion(db: Queryable, permitId: string, versionNo: number) {
  const [row] = await db
    .select({ version: permitVersions, createdByName: users.name })
    .from(permitVersions)
    .leftJoin(users, eq(users.id, permitVersions.createdByUserId))
    .where(and(eq(permitVersions.permitId, permitId), eq(permitVersions.versionNo, versionNo)));
  if (!row) throw notFound(`Version ${versionNo} of the permit`);
  return row;
}

/** The live renewal of a permit (not withdrawn), if any. */
export async function findSuccessor(db: Queryable, permitId: string) {
  const [row] = await db
    .select({ id: permits.id, status: permits.status, permitNumber: permits.permitNumber })
    .from(permits)
    .where(and(eq(permits.renewedFromPermitId, permitId), ne(permits.status, 'withdrawn')));
  return row ?? null;
}

/**
 * Permits of the facility with this number (not withdrawn), newest first: an import updates the
 * newest one of the same issuer; one of another issuer blocks it.
 */
export function findPermitsByNumber(db: Queryable, facilityId: string, permitNumber: string) {
  return db
    .select()
    .from(permits)
    .where(
      and(
        eq(permits.facilityId, facilityId),
        eq(permits.permitNumber, permitNumber),
        ne(permits.status, 'withdrawn'),
      ),
    )
    .orderBy(desc(permits.createdAt));
}

export async function findImportOfFile(db: Queryable, permitId: string, sha256: string) {
  const [row] = await db
    .select()
    .from(permitImports)
    .where(and(eq(permitImports.permitId, permitId), eq(permitImports.fileSha256, sha256)));
  return row ?? null;
}
