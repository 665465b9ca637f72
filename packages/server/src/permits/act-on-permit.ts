import {
  describeIssue,
  type PermitActionInput,
  type PermitContent,
  type PermitIssue,
} from '@outfall/domain/contracts/permits';
import { transitionPermit, validatePermit } from '@outfall/domain/permits/index';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import type { Db, Tx } from '../db/connect';
import { permits } from '../db/schema';
import { AppError } from '../errors';
import { loadPermitForChange } from './permit-access';
import { lockPermit, type PermitRow } from './permits.queries';

type IssueAction = Extract<PermitActionInput, { action: 'issue' }>;

/**
 * 403.8(f)(1)(iii) governs control mechanisms a POTW issues. A self-managed NPDES or state permit
 * is checked for its term, structure and monitoring, not for the pretreatment minimum statements.
 */
export function issueBlockers(permit: PermitRow, content: PermitContent, action: IssueAction): PermitIssue[] {
  const { issues } = validatePermit(content, {
    kind: permit.kind,
    effectiveDate: action.effectiveDate,
    expirationDate: action.expirationDate,
  });
  const isPretreatment = permit.issuingAuthorityId !== null || permit.kind === 'pretreatment_iu';
  return isPretreatment ? issues : issues.filter((i) => !i.path.startsWith('conditions.'));
}

export function refuseIssues(what: string, issues: PermitIssue[]): AppError {
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AppError(
    'validation_failed',
    `${what}: ${describeIssue(issues[0]!)}${more}`,
    issues.map((i) => ({ path: i.path, message: i.rule ? `${i.message} (${i.rule})` : i.message })),
  );
}

function statusFields(input: PermitActionInput) {
  if (input.action === 'terminate' || input.action === 'revoke')
    return { statusDate: input.date, statusReason: input.reason };
  if (input.action === 'withdraw') return { statusDate: null, statusReason: input.reason };
  return {};
}

/** When a renewal is issued, the permit it renews becomes `renewed`. */
async function markPredecessorRenewed(tx: Tx, successor: PermitRow) {
  if (!successor.renewedFromPermitId || !['issued', 'effective'].includes(successor.status)) return null;
  const old = await lockPermit(tx, successor.renewedFromPermitId);
  const t = transitionPermit(old, {
    action: 'mark_renewed',
    successorPermitId: successor.id,
    successorEffectiveDate: successor.effectiveDate!,
  });
  if (!t.ok) return { permitId: old.id, status: old.status, markedRenewed: false, reason: t.reason };
  await tx.update(permits).set({ status: 'renewed', updatedAt: new Date() }).where(eq(permits.id, old.id));
  return { permitId: old.id, from: old.status, status: 'renewed', markedRenewed: true };
}

/** A lifecycle action (issue, take effect, expire, terminate, revoke, withdraw …) through the state machine. */
export async function actOnPermit({
  db,
  actor,
  permitId,
  input,
}: {
  db: Db;
  actor: Actor;
  permitId: string;
  input: PermitActionInput;
}) {
  return db.transaction(async (tx) => {
    const { permit, content } = await loadPermitForChange(tx, actor, permitId);
    if (input.action === 'issue' && permit.status === 'draft') {
      const issues = issueBlockers(permit, content, input);
      if (issues.length > 0) throw refuseIssues(`Permit ${permit.permitNumber} cannot be issued`, issues);
    }
    const t = transitionPermit(permit, input);
    if (!t.ok) throw new AppError('invalid_state', t.reason);
    const [updated] = await tx
      .update(permits)
      .set({ status: t.status, ...t.changes, ...statusFields(input), updatedAt: new Date() })
      .where(eq(permits.id, permit.id))
      .returning();
    const predecessor = await markPredecessorRenewed(tx, updated!);
    const before = Object.fromEntries(Object.keys(t.changes).map((k) => [k, permit[k as keyof PermitRow]]));
    await appendAudit(tx, auditActorOf(actor), {
      type: 'permit.status_changed',
      subjectId: permit.id,
      organizationId: permit.facilityId,
      before: { status: permit.status, ...before },
      after: { ...input, status: t.status, ...t.changes, predecessor },
    });
    return updated!;
  });
}
