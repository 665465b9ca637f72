import type { LabMappingView } from '@outfall/domain/contracts/monitoring-api';
import { and, asc, eq } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { labMappings } from '../db/schema';
import { findMonitoredFacility } from './facility-scope';

/** A facility's saved lab column mappings, one per lab (404 outside the membership's facilities). */
export async function listLabMappings(
  db: Queryable,
  m: ActiveMembership,
  q: { facilityId: string; labName?: string | undefined },
): Promise<LabMappingView[]> {
  const facility = await findMonitoredFacility(db, m, q.facilityId);
  const rows = await db
    .select()
    .from(labMappings)
    .where(
      and(
        eq(labMappings.facilityId, facility.id),
        q.labName ? eq(labMappings.labName, q.labName) : undefined,
      ),
    )
    .orderBy(asc(labMappings.labName));
  return rows.map((r) => ({
    id: r.id,
    facilityId: r.facilityId,
    labName: r.labName,
    mapping: r.mapping,
    updatedAt: r.updatedAt.toISOString(),
  }));
}
