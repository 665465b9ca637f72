import type { InspectionCoverageView } from '@outfall/domain/contracts/inspections';
import { isSignificantClass, planCounts } from '@outfall/domain/program/inspection-plan';
import type { Queryable } from '../db/connect';
import { authorityPlan } from './plan';

/**
 * The program dashboard's inspection figures for the reporting year containing `asOf` (§3.1):
 * SIUs, how many the authority inspected and sampled within that year (the PPS "SIUs not
 * inspected / not sampled" complements), and the plan's due and overdue activity counts.
 */
export async function inspectionCoverage(
  db: Queryable,
  authorityId: string,
  asOf: string,
): Promise<InspectionCoverageView> {
  const { plans } = await authorityPlan(db, authorityId, asOf);
  let siuCount = 0;
  let siusInspected = 0;
  let siusSampled = 0;
  for (const { facility, plan } of plans) {
    if (!isSignificantClass(plan.iuClass)) continue;
    siuCount++;
    const inYear = (d: string) => d >= plan.year.start && d <= plan.year.end;
    const f = facility.facts;
    if (f.inspections.some((i) => inYear(i.date))) siusInspected++;
    if (
      f.inspections.some((i) => i.includesSampling && inYear(i.date)) ||
      f.authoritySamples.some((s) => inYear(s.date))
    )
      siusSampled++;
  }
  const { due, overdue } = planCounts(plans.map((p) => p.plan));
  return { siuCount, siusInspected, siusSampled, dueCount: due, overdueCount: overdue };
}
