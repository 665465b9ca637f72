import { RenewalAlertKind } from '@outfall/domain/contracts/permits';
import { and, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { permits } from '../db/schema';
import { readContent, renewalOf } from './permit-views';
import { listTrackedPermits } from './permits.queries';

export const PermitAlertView = z.object({
  permitId: z.uuid(),
  permitNumber: z.string(),
  facilityId: z.uuid(),
  facilityName: z.string(),
  permitStatus: z.string(),
  kind: RenewalAlertKind,
  date: z.string(),
  message: z.string(),
});
export type PermitAlertView = z.infer<typeof PermitAlertView>;

async function renewalsUnderway(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ from: permits.renewedFromPermitId })
    .from(permits)
    .where(and(inArray(permits.renewedFromPermitId, ids), ne(permits.status, 'withdrawn')));
  return new Set(rows.map((r) => r.from!));
}

/**
 * Renewal alerts due on `asOf`: application due (and its reminder) until an application or a
 * renewal exists, expiry warning and expiry, for permits still in force or expired.
 */
export async function listRenewalAlerts(db: Queryable, m: ActiveMembership, asOf: string) {
  const rows = await listTrackedPermits(db, m);
  const underway = await renewalsUnderway(
    db,
    rows.map((r) => r.permit.id),
  );
  const alerts: PermitAlertView[] = [];
  for (const row of rows) {
    const renewal = renewalOf(row.permit, readContent(row.content), asOf);
    for (const a of renewal?.alerts ?? []) {
      if (!a.isDue) continue;
      if (a.kind.startsWith('application') && underway.has(row.permit.id)) continue;
      alerts.push({
        permitId: row.permit.id,
        permitNumber: row.permit.permitNumber,
        facilityId: row.permit.facilityId,
        facilityName: row.facilityName,
        permitStatus: row.permit.status,
        kind: a.kind,
        date: a.date,
        message: a.message,
      });
    }
  }
  return alerts.sort((a, b) => b.date.localeCompare(a.date));
}
