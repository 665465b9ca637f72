import { randomUUID } from 'node:crypto';
import type { IssueActionInput, OrderMilestoneInput } from '@outfall/domain/contracts/enforcement';
import { IssueActionInput as IssueActionSchema } from '@outfall/domain/contracts/enforcement';
import { ENFORCEMENT_LEVEL, type EnforcementActionType } from '@outfall/domain/contracts/program';
import { isFormal } from '@outfall/domain/program/erp';
import { compareIsoDates } from '@outfall/domain/schedules/dates';
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Tx } from '../db/connect';
import { enforcementActions, enforcementActionViolations, erpGuideEntries, violations } from '../db/schema';
import type { OrderMilestone } from '../db/schema-program';
import { AppError } from '../errors';
import { findMonitoredFacility } from '../monitoring/facility-scope';
import { programSettingsOf } from '../program/settings';
import { guideOf } from './guide';

type Problem = { path: string; message: string };

export function milestonesOf(input: readonly OrderMilestoneInput[]): OrderMilestone[] {
  return input.map((s) => ({
    id: s.id ?? randomUUID(),
    kind: s.kind,
    description: s.description,
    scheduledDate: s.scheduledDate,
    achievedDate: s.achievedDate ?? null,
  }));
}

/** The checks shared by issuing and escalating; throws validation_failed naming the fields. */
export function checkActionFields(input: {
  type: EnforcementActionType;
  issuedOn: string;
  responseDue?: string | null;
  penaltyAssessed?: string | null;
  judicialKind?: string | null;
  complianceSchedule?: readonly OrderMilestoneInput[];
  today: string;
}) {
  const problems: Problem[] = [];
  if (compareIsoDates(input.issuedOn, input.today) > 0)
    problems.push({ path: 'issuedOn', message: 'must be today or earlier' });
  if (input.responseDue && compareIsoDates(input.responseDue, input.issuedOn) < 0)
    problems.push({ path: 'responseDue', message: 'must be on or after the issue date' });
  if (input.penaltyAssessed && !isFormal(input.type))
    problems.push({
      path: 'penaltyAssessed',
      message: 'a penalty is assessed by a formal action (order or penalty)',
    });
  if (input.type === 'penalty' && !input.penaltyAssessed)
    problems.push({ path: 'penaltyAssessed', message: 'is required for a penalty' });
  if (input.type === 'judicial_referral' && !input.judicialKind)
    problems.push({ path: 'judicialKind', message: 'civil or criminal is required for a judicial referral' });
  if (input.type !== 'judicial_referral' && input.judicialKind)
    problems.push({ path: 'judicialKind', message: 'only for a judicial referral' });
  if ((input.complianceSchedule?.length ?? 0) > 0 && !isFormal(input.type))
    problems.push({ path: 'complianceSchedule', message: 'a compliance schedule belongs to an order' });
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      problems.map((p) => `${p.path} ${p.message}`).join('; '),
      problems,
    );
}

/** Links an action to violations of its facility (each must be that facility's). */
export async function linkViolations(tx: Tx, actionId: string, facilityId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .select({ id: violations.id })
    .from(violations)
    .where(and(inArray(violations.id, unique), eq(violations.facilityId, facilityId)));
  const missing = unique.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0)
    throw new AppError('validation_failed', `Violation ${missing[0]} is not a violation of this facility`, [
      { path: 'violationIds', message: `${missing.join(', ')} not found at this facility` },
    ]);
  await tx
    .insert(enforcementActionViolations)
    .values(unique.map((violationId) => ({ actionId, violationId })));
}

/** Issues an enforcement action (§5.3) to a facility the authority regulates, with one audit event. */
export async function issueAction({
  db,
  actor,
  input: raw,
  today,
}: {
  db: Db;
  actor: Actor;
  input: IssueActionInput;
  today: string;
}): Promise<string> {
  const m = authorize(actor, 'enforcement.issue');
  const input = IssueActionSchema.parse(raw);
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  if (facility.regulatedById !== m.organizationId) throw new AppError('not_found', 'Facility was not found');
  checkActionFields({ ...input, today });
  const settings = await programSettingsOf(db, m.organizationId);
  return db.transaction(async (tx) => {
    let officialTitle = input.officialTitle ?? null;
    if (input.guideEntryId) {
      await guideOf(tx, m.organizationId);
      const [row] = await tx
        .select()
        .from(erpGuideEntries)
        .where(
          and(eq(erpGuideEntries.id, input.guideEntryId), eq(erpGuideEntries.authorityId, m.organizationId)),
        );
      if (!row)
        throw new AppError('validation_failed', 'The response guide row was not found', [
          { path: 'guideEntryId', message: 'is not a row of your response guide' },
        ]);
      officialTitle ??= row.officialTitle;
    }
    officialTitle ??= isFormal(input.type) ? settings.directorTitle : settings.coordinatorTitle;
    const id = randomUUID();
    const values = {
      id,
      authorityId: m.organizationId,
      facilityId: facility.id,
      type: input.type,
      level: ENFORCEMENT_LEVEL[input.type],
      status: 'open' as const,
      guideEntryId: input.guideEntryId ?? null,
      issuedOn: input.issuedOn,
      responseDue: input.responseDue ?? null,
      officialTitle,
      issuedByUserId: actor.userId,
      summary: input.summary,
      requirements: input.requirements ?? null,
      complianceSchedule: milestonesOf(input.complianceSchedule),
      penaltyAssessed: input.penaltyAssessed ?? null,
      judicialKind: input.judicialKind ?? null,
    };
    await tx.insert(enforcementActions).values(values);
    await linkViolations(tx, id, facility.id, input.violationIds);
    await appendAudit(tx, auditActorOf(actor), {
      type: 'enforcement.action_issued',
      subjectId: id,
      organizationId: facility.id,
      after: { ...values, violationIds: input.violationIds },
    });
    return id;
  });
}
