import type { Db } from '../db/connect';

/** Re-evaluates SNC for every IU regulated on Outfall as of `day`. */
export async function sweepSnc(_db: Db, _day: string): Promise<void> {}
