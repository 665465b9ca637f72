import type { DemoProgramContext } from '../program/demo-context';
import { sweepAuthoritySnc } from './sweep-snc';

/**
 * SNC for every demo IU (run after the inspections and enforcement are seeded): the current window
 * and the one before, so the SNC page, the public notice and the dashboard have determinations.
 */
export async function seedDemoSnc(ctx: DemoProgramContext): Promise<void> {
  await sweepAuthoritySnc(ctx.db, ctx.authorityId, ctx.today);
}
