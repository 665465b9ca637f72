import type { Queryable } from '../db/connect';
import { bindingPermits } from '../monitoring/limits.queries';

/** The binding permit of the facility in force on the day (or the latest before it), if any. */
export async function permitOn(db: Queryable, facilityId: string, day: string) {
  const list = await bindingPermits(db, facilityId);
  const started = list.filter((p) => p.effectiveDate !== null && p.effectiveDate <= day);
  return (
    started.filter((p) => p.lastDate === null || p.lastDate >= day).at(-1) ??
    started.at(-1) ??
    list.at(-1) ??
    null
  );
}

export async function permitIdOn(db: Queryable, facilityId: string, day: string): Promise<string | null> {
  return (await permitOn(db, facilityId, day))?.id ?? null;
}
