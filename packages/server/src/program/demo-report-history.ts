import { addDays } from '@outfall/domain/schedules/dates';
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { reports, users } from '../db/schema';
import { actorFor } from '../factories';
import { recordReceipt } from '../reports/record-receipt';
import type { DemoProgramContext } from './demo-context';

/**
 * Riverside Foods mailed its periodic reports on paper before the program moved to Outfall: each
 * arrived three days before it was due and is recorded as received outside Outfall (so Riverside is
 * compliant, while Northgate, with nothing received, stays the program's late-report case).
 */
export async function seedDemoReportHistory(ctx: DemoProgramContext): Promise<void> {
  const riverside = ctx.facilities.get('Riverside Foods');
  const [coordinator] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'coordinator@springfield.example'));
  if (!riverside || !coordinator) return;
  const actor = await actorFor(ctx.db, coordinator.id, ctx.authorityId);
  const due = await ctx.db
    .select({ id: reports.id, dueDate: reports.dueDate, periodEnd: reports.periodEnd })
    .from(reports)
    .where(and(eq(reports.facilityId, riverside), isNull(reports.receivedAt), lt(reports.dueDate, ctx.today)))
    .orderBy(asc(reports.dueDate));
  for (const r of due) {
    const receivedOn = addDays(r.dueDate, -3) > r.periodEnd ? addDays(r.dueDate, -3) : r.dueDate;
    await recordReceipt({
      db: ctx.db,
      actor,
      reportId: r.id,
      input: {
        receivedOn,
        note: `Paper original filed in the Riverside Foods folder, ${r.periodEnd.slice(0, 4)}`,
      },
      today: ctx.today,
    });
  }
}
