import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/audit/append';
import { reportRevisions, reports, violations } from '../src/db/schema';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import { sweepReports } from '../src/reports/sweep-reports';
import { monitoringWorld, today } from './monitoring-helpers';

let t: Awaited<ReturnType<typeof monitoringWorld>>;

beforeAll(async () => {
  const content = metalFinishingPermitContent();
  content.reportingRequirements.push({
    id: 'reporting:90day',
    kind: 'ninety_day_compliance',
    name: '90-day compliance report (40 CFR 403.12(d))',
    cadence: 'once',
    firstMonth: null,
    dueRule: { kind: 'fixed-date', date: '2025-05-02' },
    outfallId: null,
    notes: null,
  });
  content.complianceSchedules.push({
    id: 'schedule:cn',
    title: 'Cyanide destruction unit',
    requirement: null,
    milestones: [
      {
        id: 'm1',
        kind: 'complete_construction',
        description: 'Complete construction',
        dueDate: '2025-09-30',
      },
      { id: 'm2', kind: 'final_compliance', description: 'Final compliance', dueDate: '2026-03-31' },
    ],
  });
  t = await monitoringWorld(content);
});

describe('report obligations beyond the periodic ones', () => {
  it('a one-time report on its fixed date and a progress report 14 days after each schedule milestone', async () => {
    const manager = await t.as('manager@plating.test');
    const list = (await manager.get('/api/v1/reports')).json() as {
      kind: string;
      dueDate: string;
      title: string;
    }[];
    const byKind = (k: string) => list.filter((r) => r.kind === k).map((r) => r.dueDate);
    expect(byKind('ninety_day_compliance')).toEqual(['2025-05-02']);
    expect(byKind('schedule_progress').sort()).toEqual(['2025-10-14', '2026-04-14']);
    expect(list.find((r) => r.kind === 'schedule_progress')!.title).toMatch(/Cyanide destruction unit/);
  });
});

describe('the daily report sweep', () => {
  async function outstanding(dueDate: string, periodEnd: string) {
    const [row] = await t.db
      .insert(reports)
      .values({
        facilityId: t.world.orgs.plating.id,
        permitId: t.permit.id,
        requirementId: 'reporting:periodic',
        kind: 'periodic_compliance',
        title: `Periodic compliance report — period ending ${periodEnd}`,
        periodStart: addDays(periodEnd, -29),
        periodEnd,
        dueDate,
        status: 'upcoming',
      })
      .returning();
    await t.db.insert(reportRevisions).values({ reportId: row!.id, revision: 1 });
    return row!.id;
  }

  it('opens one reporting violation per report outstanding more than 45 days, and none twice', async () => {
    const overdue = await outstanding(addDays(today(), -46), '2026-09-30');
    const within = await outstanding(addDays(today(), -45), '2026-10-31');
    await sweepReports(t.db, systemActor, today());
    const again = await sweepReports(t.db, systemActor, today());
    expect(again.opened).toBe(0);
    const rows = await t.db
      .select()
      .from(violations)
      .where(and(eq(violations.kind, 'reporting'), eq(violations.facilityId, t.world.orgs.plating.id)));
    const refs = rows.map((r) => r.limitRef);
    expect(refs).toContain(overdue);
    expect(refs).not.toContain(within);
    const v = rows.find((r) => r.limitRef === overdue)!;
    expect(v).toMatchObject({ status: 'open', computedValue: '46', limitValue: '45', unit: 'days late' });
    expect((v.explanation as { text: string }).text).toMatch(/not received by/);
    // the older obligations from the permit (e.g. the 90-day report due 2025-05-02) are overdue too
    const ninety = await t.db.select().from(reports).where(eq(reports.kind, 'ninety_day_compliance'));
    expect(refs).toContain(ninety[0]!.id);
  });
});
