import type { ActiveMembership, Actor } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Tx } from '../db/connect';
import { AppError, forbidden } from '../errors';
import { isEditableBy, readContent } from './permit-views';
import { findVisiblePermit, lockPermit, type PermitRow } from './permits.queries';

/**
 * Loads a permit to change it, inside the caller's transaction: 404 when the actor cannot see it,
 * 403 when it can see but not change it (a facility looking at its authority's permit), then
 * locks the row so concurrent changes queue.
 */
export async function loadPermitForChange(tx: Tx, actor: Actor, permitId: string) {
  const m: ActiveMembership = authorize(actor, 'permit.write');
  const row = await findVisiblePermit(tx, m, permitId);
  if (!isEditableBy(m, row.permit)) {
    throw forbidden(
      `Permit ${row.permit.permitNumber} was issued by ${row.issuingAuthorityName ?? 'its authority'}; only the authority can change it`,
    );
  }
  const permit = await lockPermit(tx, permitId);
  return { m, permit, row, content: readContent(row.content) };
}

/** Optimistic concurrency: the edit must start from the current version. */
export function assertBaseVersion(permit: PermitRow, baseVersionNo: number) {
  if (permit.currentVersionNo !== baseVersionNo) {
    throw new AppError(
      'conflict',
      `Version ${permit.currentVersionNo} of permit ${permit.permitNumber} was saved since you opened version ${baseVersionNo}; reload and apply your change again`,
      [{ path: 'baseVersionNo', message: `must be ${permit.currentVersionNo}` }],
    );
  }
}
