import { and, eq } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import { visibleOrganizationsWhere } from '../auth/policy';
import type { Queryable } from '../db/connect';
import { organizations } from '../db/schema';
import { notFound } from '../errors';

export interface MonitoredFacility {
  id: string;
  name: string;
  regulatedById: string | null;
}

/**
 * A facility whose monitoring the membership may see or write: its own (facility), or one it
 * regulates (authority). Anything else answers 404, so nothing leaks about other facilities.
 */
export async function findMonitoredFacility(
  db: Queryable,
  m: ActiveMembership,
  facilityId: string,
): Promise<MonitoredFacility> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(
      and(eq(organizations.id, facilityId), eq(organizations.kind, 'facility'), visibleOrganizationsWhere(m)),
    );
  if (!row) throw notFound('Facility');
  return row;
}

/** Facilities the membership may see, for the lists (schedule, violations). */
export function listMonitoredFacilities(db: Queryable, m: ActiveMembership): Promise<MonitoredFacility[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(and(eq(organizations.kind, 'facility'), visibleOrganizationsWhere(m)))
    .orderBy(organizations.name);
}

/** Who took a sample: the permittee itself, or its control authority (403.12(g)(2)). */
export function sampledByOf(m: ActiveMembership): 'permittee' | 'authority' {
  return m.kind === 'facility' ? 'permittee' : 'authority';
}
