import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { inspectionFindings } from '../db/schema';
import { AppError, notFound } from '../errors';
import { insertFindingViolation } from './finding-violation';
import { requireStatus } from './guards';
import { findOwnInspection } from './inspections.queries';

/** POST /inspections/:id/findings/:findingId/violation: an existing finding becomes a violation. */
export async function recordFindingViolation({
  db,
  actor,
  id,
  findingId,
  today,
}: {
  db: Db;
  actor: Actor;
  id: string;
  findingId: string;
  today: string;
}): Promise<string> {
  const m = authorize(actor, 'inspection.perform');
  return db.transaction(async (tx) => {
    const i = await findOwnInspection(tx, m, id);
    requireStatus(i, ['in_progress', 'completed'], 'record a violation');
    const [finding] = await tx
      .select()
      .from(inspectionFindings)
      .where(and(eq(inspectionFindings.id, findingId), eq(inspectionFindings.inspectionId, i.id)));
    if (!finding) throw notFound('Finding');
    if (finding.violationId)
      throw new AppError('conflict', 'This finding is already recorded as a violation');
    if (finding.severity === 'observation')
      throw new AppError('validation_failed', 'An observation cannot be recorded as a violation', [
        { path: 'severity', message: 'an observation is not noncompliance' },
      ]);
    const violationId = await insertFindingViolation(tx, i, finding, actor.userId, today);
    await appendAudit(tx, auditActorOf(actor), {
      type: 'violation.recorded',
      subjectId: violationId,
      organizationId: m.organizationId,
      after: {
        kind: 'inspection',
        facilityId: i.facilityId,
        inspectionId: i.id,
        findingId: finding.id,
        description: finding.description,
      },
    });
    return violationId;
  });
}
