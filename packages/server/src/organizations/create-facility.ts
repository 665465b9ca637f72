import type { CreateFacilityInput } from '@outfall/domain/contracts/organizations';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { createOrganization } from './create-organization';

/** An authority adds an industrial user to its jurisdiction. */
export async function createFacility({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: CreateFacilityInput;
}) {
  const membership = authorize(actor, 'facility.create');
  return createOrganization({
    db,
    actor: auditActorOf(actor),
    input: { kind: 'facility', name: input.name, regulatedById: membership.organizationId },
  });
}
