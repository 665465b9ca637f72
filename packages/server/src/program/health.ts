import type { ProgramHealthView } from '@outfall/domain/contracts/program';
import { reportingYearContaining } from '@outfall/domain/program/reporting-year';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { enforcementActions, organizations, permits } from '../db/schema';
import { isOverdue } from '../enforcement/actions.queries';
import { penaltyTotals, violationsWithoutTimelyResponse } from '../enforcement/program-figures';
import { inspectionCoverage } from '../inspections/coverage';
import { listReports } from '../reports/reports.queries';
import { sncSummary } from '../snc/summary';
import { programSettingsOf } from './settings';

const IN_FORCE = ['issued', 'effective', 'expired'] as const;

/** Permits the authority issued that are (or were) the facility's last word: no renewal in force after them. */
async function permitTerms(db: Queryable, authorityId: string) {
  const successor = alias(permits, 'successor');
  const rows = await db
    .select({
      permitId: permits.id,
      permitNumber: permits.permitNumber,
      expirationDate: permits.expirationDate,
      facilityId: permits.facilityId,
      facilityName: organizations.name,
      successorId: successor.id,
    })
    .from(permits)
    .innerJoin(organizations, eq(organizations.id, permits.facilityId))
    .leftJoin(
      successor,
      and(eq(successor.renewedFromPermitId, permits.id), inArray(successor.status, ['issued', 'effective'])),
    )
    .where(and(eq(permits.issuingAuthorityId, authorityId), inArray(permits.status, [...IN_FORCE])));
  return rows.filter((r) => r.successorId === null && r.expirationDate !== null) as (Omit<
    (typeof rows)[number],
    'expirationDate'
  > & { expirationDate: string })[];
}

async function enforcementFigures(db: Queryable, authorityId: string, asOf: string) {
  const open = await db
    .select({
      actionId: enforcementActions.id,
      type: enforcementActions.type,
      issuedOn: enforcementActions.issuedOn,
      responseDue: enforcementActions.responseDue,
      respondedOn: enforcementActions.respondedOn,
      status: enforcementActions.status,
      facilityId: enforcementActions.facilityId,
      facilityName: organizations.name,
    })
    .from(enforcementActions)
    .innerJoin(organizations, eq(organizations.id, enforcementActions.facilityId))
    .where(
      and(
        eq(enforcementActions.authorityId, authorityId),
        inArray(enforcementActions.status, ['open', 'responded']),
      ),
    );
  // still active (not closed, not replaced by an escalation); overdue: no response by its date
  const overdueResponses = open
    .filter((a) => isOverdue(a, asOf))
    .map(({ respondedOn: _, status: __, responseDue, ...a }) => ({
      ...a,
      responseDue: responseDue as string,
    }))
    .sort((a, b) => a.responseDue.localeCompare(b.responseDue));
  const recent = await db
    .select({
      actionId: enforcementActions.id,
      type: enforcementActions.type,
      issuedOn: enforcementActions.issuedOn,
      responseDue: enforcementActions.responseDue,
      status: enforcementActions.status,
      facilityId: enforcementActions.facilityId,
      facilityName: organizations.name,
    })
    .from(enforcementActions)
    .innerJoin(organizations, eq(organizations.id, enforcementActions.facilityId))
    .where(eq(enforcementActions.authorityId, authorityId))
    .orderBy(desc(enforcementActions.issuedOn), desc(enforcementActions.createdAt))
    .limit(10);
  return { open: open.length, overdueResponses, recent };
}

/**
 * Program health for the coordinator and the director: oversight coverage of the reporting year,
 * permits expiring and expired, overdue reports, violations without a timely response, open and
 * overdue enforcement, IUs in or near SNC, penalties. Each figure comes from the query its list uses.
 */
export async function programHealth(
  db: Queryable,
  m: ActiveMembership,
  asOf: string,
): Promise<ProgramHealthView> {
  const authorityId = m.organizationId;
  const settings = await programSettingsOf(db, authorityId);
  const year = reportingYearContaining(asOf, settings.reportingYearStartMonth);
  const terms = await permitTerms(db, authorityId);
  const horizon = addDays(asOf, 180);
  const byDate = (a: { expirationDate: string }, b: { expirationDate: string }) =>
    a.expirationDate.localeCompare(b.expirationDate);
  const strip = ({ successorId: _, ...t }: (typeof terms)[number]) => t;
  const late = await listReports(db, m, { queue: 'late' });
  const timely = await violationsWithoutTimelyResponse(db, authorityId, asOf);
  const snc = await sncSummary(db, authorityId, asOf);
  return {
    asOf,
    year: { start: year.start, end: year.end },
    oversight: await inspectionCoverage(db, authorityId, asOf),
    permits: {
      expiringWithin180Days: terms
        .filter((t) => t.expirationDate >= asOf && t.expirationDate <= horizon)
        .sort(byDate)
        .map(strip),
      expired: terms
        .filter((t) => t.expirationDate < asOf)
        .sort(byDate)
        .map(strip),
    },
    reportsOverdue: late.length,
    violationsWithoutTimelyResponse: timely.count,
    enforcement: await enforcementFigures(db, authorityId, asOf),
    snc,
    penalties: await penaltyTotals(db, authorityId, year.start, year.end),
  };
}
