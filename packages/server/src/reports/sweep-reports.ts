import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq, inArray, lt } from 'drizzle-orm';
import type { AuditActor } from '../audit/append';
import type { Db } from '../db/connect';
import { organizations, reports } from '../db/schema';
import { defaultThrough, ensureObligations } from './obligations';
import { openReportingViolation } from './reporting-violations';

const OUTSTANDING = ['upcoming', 'in_preparation', 'ready_for_signature'] as const;

/**
 * The daily report sweep: every facility's obligations brought up to date, and each report still
 * not submitted more than the allowed days after its due date opened as a reporting violation
 * (once per report). Returns what it did.
 */
export async function sweepReports(db: Db, actor: AuditActor, asOf: string) {
  const facilities = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.kind, 'facility'));
  let created = 0;
  for (const f of facilities) created += await ensureObligations(db, actor, f.id, defaultThrough(asOf));
  // the shortest allowance (30 days, DMRs) bounds the candidates; each report is judged by its own
  const candidates = await db
    .select()
    .from(reports)
    .where(and(inArray(reports.status, [...OUTSTANDING]), lt(reports.dueDate, addDays(asOf, -30))));
  let opened = 0;
  for (const report of candidates) {
    const id = await db.transaction((tx) => openReportingViolation(tx, actor, report, asOf));
    if (id) opened++;
  }
  return { created, opened };
}
