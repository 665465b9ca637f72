import type { Db } from '../db/connect';
import { sweepEnforcement } from '../enforcement/sweep-enforcement';
import { sweepSnc } from '../snc/sweep-snc';

/** The program's daily work: schedule violations and escalations, then SNC for every IU. */
export async function sweepProgram(db: Db, day: string, publicUrl: string): Promise<void> {
  await sweepEnforcement(db, day, publicUrl);
  await sweepSnc(db, day);
}
