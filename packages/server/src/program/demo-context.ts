import type { Db } from '../db/connect';

/** What the program's demo seeders are given: the demo authority, its facilities by name, today. */
export interface DemoProgramContext {
  db: Db;
  authorityId: string;
  /** Facility ids by name ('Acme Plating', 'Riverside Foods', …). */
  facilities: ReadonlyMap<string, string>;
  today: string;
}
