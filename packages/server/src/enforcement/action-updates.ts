import { randomUUID } from 'node:crypto';
import type {
  CloseActionInput,
  EscalateInput,
  PenaltyCollectedInput,
  RecordResponseInput,
} from '@outfall/domain/contracts/enforcement';
import {
  CloseActionInput as CloseSchema,
  EscalateInput as EscalateSchema,
} from '@outfall/domain/contracts/enforcement';
import { ENFORCEMENT_LEVEL } from '@outfall/domain/contracts/program';
import { D } from '@outfall/domain/numbers/decimal';
import { ESCALATION, nextResponses } from '@outfall/domain/program/erp';
import { compareIsoDates } from '@outfall/domain/schedules/dates';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Tx } from '../db/connect';
import { enforcementActions, enforcementActionViolations, violations } from '../db/schema';
import { AppError } from '../errors';
import { programSettingsOf } from '../program/settings';
import { type ActionRow, findVisibleAction } from './actions.queries';
import { guideOf } from './guide';
import { checkActionFields, milestonesOf } from './issue-action';
import { closeAsReturned } from './return-to-compliance';

const future = (path: string, date: string, today: string) => {
  if (compareIsoDates(date, today) > 0)
    throw new AppError('validation_failed', `${path} cannot be in the future`, [
      { path, message: 'must be today or earlier' },
    ]);
};

async function mutate<T>(
  db: Db,
  actor: Actor,
  actionId: string,
  run: (tx: Tx, a: ActionRow) => Promise<T>,
): Promise<T> {
  const m = authorize(actor, 'enforcement.issue');
  return db.transaction(async (tx) => {
    const a = await findVisibleAction(tx, m, actionId);
    return run(tx, a);
  });
}

/** The facility's response to an action (explanation, corrective action) is recorded. */
export function recordResponse(args: {
  db: Db;
  actor: Actor;
  actionId: string;
  input: RecordResponseInput;
  today: string;
}) {
  const { input, today } = args;
  future('respondedOn', input.respondedOn, today);
  return mutate(args.db, args.actor, args.actionId, async (tx, a) => {
    if (a.status !== 'open')
      throw new AppError('invalid_state', `The action is ${a.status}; only an open action takes a response`);
    if (compareIsoDates(input.respondedOn, a.issuedOn) < 0)
      throw new AppError('validation_failed', 'The response cannot precede the action', [
        { path: 'respondedOn', message: `must be on or after ${a.issuedOn}` },
      ]);
    await tx
      .update(enforcementActions)
      .set({
        status: 'responded',
        respondedOn: input.respondedOn,
        responseNote: input.note,
        updatedAt: new Date(),
      })
      .where(eq(enforcementActions.id, a.id));
    await appendAudit(tx, auditActorOf(args.actor), {
      type: 'enforcement.response_recorded',
      subjectId: a.id,
      organizationId: a.facilityId,
      before: { status: a.status },
      after: { status: 'responded', respondedOn: input.respondedOn, note: input.note },
    });
  });
}

/** A penalty payment: added to what was collected, never beyond what was assessed (decimal, not float). */
export function recordPenaltyCollected(args: {
  db: Db;
  actor: Actor;
  actionId: string;
  input: PenaltyCollectedInput;
  today: string;
}) {
  const { input, today } = args;
  future('collectedOn', input.collectedOn, today);
  return mutate(args.db, args.actor, args.actionId, async (tx, a) => {
    if (!a.penaltyAssessed)
      throw new AppError('invalid_state', 'No penalty was assessed by this action', [
        { path: 'amount', message: 'the action assessed no penalty' },
      ]);
    const collected = new D(a.penaltyCollected ?? '0').plus(new D(input.amount));
    if (collected.gt(new D(a.penaltyAssessed)))
      throw new AppError(
        'validation_failed',
        `Collected ${collected.toFixed(2)} would exceed the ${a.penaltyAssessed} assessed`,
        [
          {
            path: 'amount',
            message: `at most ${new D(a.penaltyAssessed).minus(new D(a.penaltyCollected ?? '0')).toFixed(2)}`,
          },
        ],
      );
    const total = collected.toFixed(2);
    await tx
      .update(enforcementActions)
      .set({ penaltyCollected: total, penaltyCollectedOn: input.collectedOn, updatedAt: new Date() })
      .where(eq(enforcementActions.id, a.id));
    await appendAudit(tx, auditActorOf(args.actor), {
      type: 'enforcement.penalty_collected',
      subjectId: a.id,
      organizationId: a.facilityId,
      before: { penaltyCollected: a.penaltyCollected, penaltyCollectedOn: a.penaltyCollectedOn },
      after: { amount: input.amount, penaltyCollected: total, penaltyCollectedOn: input.collectedOn },
    });
  });
}

/** Escalation (§5.3): the next level up, linked from the old action (now `escalated`); one audit event. */
export function escalateAction(args: {
  db: Db;
  actor: Actor;
  actionId: string;
  input: EscalateInput;
  today: string;
}) {
  const input = EscalateSchema.parse(args.input);
  return mutate(args.db, args.actor, args.actionId, async (tx, a) => {
    if (a.status !== 'open' && a.status !== 'responded')
      throw new AppError('invalid_state', `The action is ${a.status}; only an open action can be escalated`);
    const allowed = ESCALATION[a.type];
    if (allowed.length === 0)
      throw new AppError('invalid_state', 'A judicial referral is the top of the ladder');
    const type = input.type ?? allowed[0]!;
    if (!allowed.includes(type))
      throw new AppError(
        'validation_failed',
        `A ${a.type.replaceAll('_', ' ')} escalates to ${allowed.join(' or ')}`,
        [{ path: 'type', message: `must be ${allowed.join(' or ')}` }],
      );
    checkActionFields({
      ...input,
      type,
      judicialKind: type === 'judicial_referral' ? 'civil' : null,
      today: args.today,
    });
    if (compareIsoDates(input.issuedOn, a.issuedOn) < 0)
      throw new AppError('validation_failed', 'The escalation cannot precede the action', [
        { path: 'issuedOn', message: `must be on or after ${a.issuedOn}` },
      ]);
    const guide = await guideOf(tx, a.authorityId);
    const settings = await programSettingsOf(tx, a.authorityId);
    const guideRow = guide.find((g) => g.id === a.guideEntryId) ?? null;
    const next = nextResponses({ type: a.type, guideRow }, guide, {
      officialTitle: settings.directorTitle,
      timeFrameDays: settings.erpSncFormalDays,
    }).find((n) => n.type === type)!;
    const sameRow = guideRow
      ? guide.find((g) => g.noncompliance === guideRow.noncompliance && g.responses.includes(type))
      : undefined;
    const id = randomUUID();
    const reason =
      a.responseDue && !a.respondedOn
        ? `the response due ${a.responseDue} was not received`
        : 'the response was not adequate';
    const values = {
      id,
      authorityId: a.authorityId,
      facilityId: a.facilityId,
      type,
      level: ENFORCEMENT_LEVEL[type],
      status: 'open' as const,
      guideEntryId: sameRow?.id ?? null,
      issuedOn: input.issuedOn,
      responseDue: input.responseDue ?? null,
      officialTitle: input.officialTitle ?? next.officialTitle,
      issuedByUserId: args.actor.userId,
      summary:
        input.summary || `Escalated from the ${a.type.replaceAll('_', ' ')} of ${a.issuedOn}: ${reason}.`,
      requirements: input.requirements ?? a.requirements,
      complianceSchedule: milestonesOf(input.complianceSchedule),
      penaltyAssessed: input.penaltyAssessed ?? null,
      judicialKind: type === 'judicial_referral' ? ('civil' as const) : null,
    };
    await tx.insert(enforcementActions).values(values);
    const links = await tx
      .select({ violationId: enforcementActionViolations.violationId })
      .from(enforcementActionViolations)
      .where(eq(enforcementActionViolations.actionId, a.id));
    if (links.length > 0)
      await tx
        .insert(enforcementActionViolations)
        .values(links.map((l) => ({ actionId: id, violationId: l.violationId })));
    const now = new Date();
    await tx
      .update(enforcementActions)
      .set({ status: 'escalated', escalatedToId: id, escalatedAt: now, updatedAt: now })
      .where(eq(enforcementActions.id, a.id));
    await appendAudit(tx, auditActorOf(args.actor), {
      type: 'enforcement.action_escalated',
      subjectId: a.id,
      organizationId: a.facilityId,
      before: { status: a.status, type: a.type },
      after: {
        status: 'escalated',
        escalatedToId: id,
        newAction: { ...values, violationIds: links.map((l) => l.violationId) },
      },
    });
    return id;
  });
}

/** Closes an action; with return to compliance the linked violations still open close too. */
export function closeAction(args: {
  db: Db;
  actor: Actor;
  actionId: string;
  input: CloseActionInput;
  today: string;
}) {
  const input = CloseSchema.parse(args.input);
  future('closedOn', input.closedOn, args.today);
  return mutate(args.db, args.actor, args.actionId, async (tx, a) => {
    if (a.status === 'closed' || a.status === 'escalated')
      throw new AppError('invalid_state', `The action is already ${a.status}`);
    if (compareIsoDates(input.closedOn, a.issuedOn) < 0)
      throw new AppError('validation_failed', 'The action cannot close before it was issued', [
        { path: 'closedOn', message: `must be on or after ${a.issuedOn}` },
      ]);
    const closed: string[] = [];
    if (input.returnToCompliance) {
      const linked = await tx
        .select({ v: violations })
        .from(enforcementActionViolations)
        .innerJoin(violations, eq(violations.id, enforcementActionViolations.violationId))
        .where(and(eq(enforcementActionViolations.actionId, a.id), eq(violations.status, 'open')));
      for (const { v } of linked) {
        await closeAsReturned(tx, v, input.closedOn, input.reason);
        closed.push(v.id);
      }
    }
    await tx
      .update(enforcementActions)
      .set({ status: 'closed', closedOn: input.closedOn, closedReason: input.reason, updatedAt: new Date() })
      .where(eq(enforcementActions.id, a.id));
    await appendAudit(tx, auditActorOf(args.actor), {
      type: 'enforcement.action_closed',
      subjectId: a.id,
      organizationId: a.facilityId,
      before: { status: a.status },
      after: {
        status: 'closed',
        closedOn: input.closedOn,
        reason: input.reason,
        violationsReturnedToCompliance: closed,
      },
    });
    return closed;
  });
}

/** Records (or clears) the achieved date of an order's compliance schedule milestone. */
export function setMilestoneAchieved(args: {
  db: Db;
  actor: Actor;
  actionId: string;
  milestoneId: string;
  achievedDate: string | null;
  today: string;
}) {
  if (args.achievedDate) future('achievedDate', args.achievedDate, args.today);
  return mutate(args.db, args.actor, args.actionId, async (tx, a) => {
    const m = a.complianceSchedule.find((s) => s.id === args.milestoneId);
    if (!m) throw new AppError('not_found', 'Milestone was not found');
    const schedule = a.complianceSchedule.map((s) =>
      s.id === m.id ? { ...s, achievedDate: args.achievedDate } : s,
    );
    await tx
      .update(enforcementActions)
      .set({ complianceSchedule: schedule, updatedAt: new Date() })
      .where(eq(enforcementActions.id, a.id));
    await appendAudit(tx, auditActorOf(args.actor), {
      type: 'enforcement.action_updated',
      subjectId: a.id,
      organizationId: a.facilityId,
      before: { milestone: m },
      after: { milestone: { ...m, achievedDate: args.achievedDate } },
    });
  });
}
