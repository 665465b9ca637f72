import type { FacilityListItem, FacilityListQuery } from '@outfall/domain/contracts/facilities';
import type { OrganizationKind } from '@outfall/domain/contracts/roles';
import { dec } from '@outfall/domain/numbers/decimal';
import { and, asc, eq, exists, gte, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActiveMembership } from '../auth/actor';
import { visibleOrganizationsWhere } from '../auth/policy';
import type { Queryable } from '../db/connect';
import {
  facilityCategoricalStandards,
  facilityClassifications,
  facilityProfiles,
  organizations,
  permits,
} from '../db/schema';

const regulator = alias(organizations, 'regulator');
const fcs = facilityCategoricalStandards;
const fc = facilityClassifications;
const fp = facilityProfiles;

function classFilter(c: FacilityListQuery['class']): SQL | undefined {
  switch (c) {
    case undefined:
      return undefined;
    case 'SIU':
      return inArray(fc.effectiveClass, ['SIU_CATEGORICAL', 'SIU_NON_CATEGORICAL']);
    case 'CIU':
      return inArray(fc.effectiveClass, ['SIU_CATEGORICAL', 'NSCIU']);
    case 'MIDDLE_TIER':
      return eq(fc.middleTier, true);
    case 'UNCLASSIFIED':
      return isNull(fc.facilityId);
    default:
      return eq(fc.effectiveClass, c);
  }
}

/** ILIKE pattern for a literal substring (backslash is the default escape). */
function containing(text: string) {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function searchFilter(db: Queryable, m: ActiveMembership, q: FacilityListQuery): SQL[] {
  const filters: (SQL | undefined)[] = [classFilter(q.class)];
  if (q.search) {
    const pattern = containing(q.search);
    filters.push(
      or(
        ilike(organizations.name, pattern),
        sql`array_to_string(${fp.naicsCodes}, ' ') ilike ${pattern}`,
        sql`array_to_string(${fp.sicCodes}, ' ') ilike ${pattern}`,
      ),
    );
  }
  if (q.part) {
    const standards = db.select({ one: sql`1` }).from(fcs);
    filters.push(exists(standards.where(and(eq(fcs.facilityId, organizations.id), eq(fcs.part, q.part)))));
  }
  if (q.status) filters.push(eq(fp.status, q.status));
  if (q.permitExpiringWithinDays !== undefined)
    filters.push(expiringPermit(db, m, q.permitExpiringWithinDays));
  return filters.filter((f): f is SQL => f !== undefined);
}

/** An issued or effective permit whose expiration date falls between today and today + `days`. */
function expiringPermit(db: Queryable, m: ActiveMembership, days: number): SQL {
  const today = new Date();
  const until = new Date(today.getTime() + days * 86_400_000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const issuer = m.kind === 'authority' ? eq(permits.issuingAuthorityId, m.organizationId) : undefined;
  return exists(
    db
      .select({ one: sql`1` })
      .from(permits)
      .where(
        and(
          eq(permits.facilityId, organizations.id),
          inArray(permits.status, ['issued', 'effective']),
          gte(permits.expirationDate, iso(today)),
          lte(permits.expirationDate, iso(until)),
          issuer,
        ),
      ),
  );
}

export type ProfileRow = typeof fp.$inferSelect;

/** The IU inventory: facilities the membership may see, with profile and class, filtered. */
export async function queryInventory(
  db: Queryable,
  m: ActiveMembership,
  q: FacilityListQuery,
): Promise<{ item: FacilityListItem; profile: ProfileRow | null }[]> {
  const rows = await db
    .select({ org: organizations, regulatedByName: regulator.name, profile: fp, classification: fc })
    .from(organizations)
    .leftJoin(regulator, eq(regulator.id, organizations.regulatedById))
    .leftJoin(fp, eq(fp.facilityId, organizations.id))
    .leftJoin(fc, eq(fc.facilityId, organizations.id))
    .where(and(eq(organizations.kind, 'facility'), visibleOrganizationsWhere(m), ...searchFilter(db, m, q)))
    .orderBy(asc(organizations.name), asc(organizations.id));
  const standards = await standardsOf(
    db,
    rows.map((r) => r.org.id),
  );
  return rows.map(({ org, regulatedByName, profile: p, classification: c }) => ({
    profile: p,
    item: {
      id: org.id,
      kind: org.kind as OrganizationKind,
      name: org.name,
      regulatedById: org.regulatedById,
      regulatedByName,
      createdAt: org.createdAt.toISOString(),
      status: p?.status ?? null,
      iuClass: c?.effectiveClass ?? null,
      computedClass: c?.computedClass ?? null,
      isDesignated: Boolean(c?.designation),
      middleTier: c?.middleTier ?? false,
      naicsCodes: p?.naicsCodes ?? [],
      sicCodes: p?.sicCodes ?? [],
      categoricalStandards: standards.get(org.id) ?? [],
      processFlowGpd: p?.processFlowGpd ?? null,
      totalFlowGpd: p ? totalFlow(p) : null,
    },
  }));
}

export async function listFacilityInventory(db: Queryable, m: ActiveMembership, q: FacilityListQuery) {
  return (await queryInventory(db, m, q)).map((r) => r.item);
}

function totalFlow(p: ProfileRow): string {
  return [p.sanitaryFlowGpd, p.nonContactCoolingFlowGpd, p.boilerBlowdownFlowGpd, p.otherFlowGpd]
    .reduce((sum, v) => sum.plus(v), dec(p.processFlowGpd))
    .toFixed();
}

async function standardsOf(db: Queryable, facilityIds: string[]) {
  const map = new Map<string, string[]>();
  if (facilityIds.length === 0) return map;
  const rows = await db
    .select()
    .from(fcs)
    .where(inArray(fcs.facilityId, facilityIds))
    .orderBy(asc(fcs.part), asc(fcs.subpart));
  for (const r of rows) map.set(r.facilityId, [...(map.get(r.facilityId) ?? []), `${r.part} ${r.subpart}`]);
  return map;
}
