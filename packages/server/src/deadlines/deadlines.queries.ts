import type { DeadlineQuery, DeadlineView } from '@outfall/domain/contracts/deadlines';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { findMonitoredFacility, listMonitoredFacilities } from '../monitoring/facility-scope';
import { type Deadline, defaultWindow, facilityDeadlines } from './collect';

/** Kinds an authority follows for the facilities it regulates (their own sampling stays theirs). */
const AUTHORITY_FOLLOWS = new Set([
  'report',
  'permit_application',
  'permit_expiry',
  'schedule_milestone',
  'resample',
]);

/**
 * The deadlines a membership answers for or follows: a facility's own; for an authority, its own
 * sampling at the facilities it regulates and their reports, renewals, milestones and repeat
 * samples (their self-monitoring slots only when asked for with `kind=sampling`).
 */
export async function deadlinesFor(
  db: Queryable,
  m: ActiveMembership,
  query: DeadlineQuery,
  asOf: string,
): Promise<Deadline[]> {
  const window = {
    ...defaultWindow(asOf),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  const facilities = query.facilityId
    ? [await findMonitoredFacility(db, m, query.facilityId)]
    : await listMonitoredFacilities(db, m);
  const out: Deadline[] = [];
  for (const f of facilities) {
    for (const d of await facilityDeadlines(db, f, window, asOf)) {
      if (m.kind === 'authority' && d.ownerOrganizationId !== m.organizationId) {
        if (!AUTHORITY_FOLLOWS.has(d.kind) && query.kind !== 'sampling') continue;
      }
      if (query.kind && d.kind !== query.kind) continue;
      if (query.state ? d.state !== query.state : d.done) continue;
      out.push(d);
    }
  }
  return out.sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.key < b.key ? -1 : 1,
  );
}

export function toDeadlineView(d: Deadline): DeadlineView {
  const { done: _done, ...view } = d;
  return view;
}
