import type { InspectionStatus } from '@outfall/domain/contracts/program';
import { and, eq, inArray } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { memberships, organizations } from '../db/schema';
import { AppError } from '../errors';
import type { InspectionRow } from './inspections.queries';

const STATUS_WORDS: Record<InspectionStatus, string> = {
  scheduled: 'scheduled',
  in_progress: 'in progress',
  completed: 'completed',
  cancelled: 'cancelled',
};

/** Refuses a change unless the inspection is in one of `allowed` statuses. */
export function requireStatus(i: InspectionRow, allowed: readonly InspectionStatus[], doing: string): void {
  if (allowed.includes(i.status)) return;
  const hint =
    i.status === 'scheduled' && allowed.includes('in_progress') ? ' Start the inspection first.' : '';
  throw new AppError('invalid_state', `Cannot ${doing}: the inspection is ${STATUS_WORDS[i.status]}.${hint}`);
}

/** The facility must be one the acting authority regulates (a field error otherwise). */
export async function requireRegulatedFacility(
  db: Queryable,
  m: ActiveMembership,
  facilityId: string,
  path = 'facilityId',
) {
  const [f] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, facilityId),
        eq(organizations.kind, 'facility'),
        eq(organizations.regulatedById, m.organizationId),
      ),
    );
  if (!f)
    throw new AppError('validation_failed', 'The facility was not found among the facilities you regulate', [
      { path, message: 'no facility you regulate has this id' },
    ]);
  return f;
}

/** An assignee must be a member of the authority who may carry out inspections. */
export async function requireInspector(
  db: Queryable,
  authorityId: string,
  userId: string,
  path = 'assignedUserId',
) {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, authorityId),
        eq(memberships.userId, userId),
        inArray(memberships.role, ['admin', 'director', 'coordinator', 'inspector']),
      ),
    );
  if (!row)
    throw new AppError('validation_failed', 'The assignee cannot carry out inspections for this authority', [
      { path, message: 'not an inspector, coordinator, director or admin of your authority' },
    ]);
}
