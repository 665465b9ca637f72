import type { OrganizationKind } from '@outfall/domain/contracts/roles';
import { type AuditActor, appendAudit } from '../audit/append';
import type { Db, Tx } from '../db/connect';
import { organizations } from '../db/schema';

export interface NewOrganization {
  kind: OrganizationKind;
  name: string;
  regulatedById?: string | null;
}

/** Inserts an organization and its audit event in the caller's transaction. */
export async function insertOrganization(tx: Tx, actor: AuditActor, input: NewOrganization) {
  const [org] = await tx
    .insert(organizations)
    .values({ kind: input.kind, name: input.name, regulatedById: input.regulatedById ?? null })
    .returning();
  await appendAudit(tx, actor, {
    type: 'organization.created',
    subjectId: org!.id,
    organizationId: org!.id,
    after: { kind: org!.kind, name: org!.name, regulatedById: org!.regulatedById },
  });
  return org!;
}

export function createOrganization({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: AuditActor;
  input: NewOrganization;
}) {
  return db.transaction((tx) => insertOrganization(tx, actor, input));
}
