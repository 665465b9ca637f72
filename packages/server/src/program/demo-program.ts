import { seedDemoEnforcement } from '../enforcement/demo-enforcement';
import { seedDemoInspections } from '../inspections/demo-inspections';
import { seedDemoProgramReport } from '../program-report/demo-program-report';
import { seedDemoSnc } from '../snc/demo-snc';
import type { DemoProgramContext } from './demo-context';
import { seedDemoLastYear } from './demo-last-year';
import { seedDemoReportHistory } from './demo-report-history';

/** The demo pretreatment program: inspections, violations and enforcement, SNC, the annual report. */
export async function seedDemoProgram(ctx: DemoProgramContext): Promise<void> {
  await seedDemoReportHistory(ctx);
  await seedDemoLastYear(ctx);
  await seedDemoInspections(ctx);
  await seedDemoEnforcement(ctx);
  await seedDemoSnc(ctx);
  await seedDemoProgramReport(ctx);
}
