import { eq } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import { inspectionFindings, violations } from '../db/schema';
import type { InspectionRow } from './inspections.queries';
import { permitIdOn } from './permit-on';

/**
 * Inserts the violation an inspection finding becomes (kind `inspection`, open, detected on the
 * inspection day) and links the finding to it. The caller writes the audit event.
 */
export async function insertFindingViolation(
  tx: Tx,
  inspection: InspectionRow,
  finding: { id: string; description: string },
  userId: string,
  today: string,
): Promise<string> {
  // the inspection day: as recorded on completion, else the day the visit started
  const started = inspection.startedAt?.toISOString().slice(0, 10);
  const day =
    inspection.inspectedOn ??
    started ??
    (inspection.scheduledDate <= today ? inspection.scheduledDate : today);
  const [v] = await tx
    .insert(violations)
    .values({
      facilityId: inspection.facilityId,
      permitId: await permitIdOn(tx, inspection.facilityId, day),
      kind: 'inspection',
      status: 'open',
      // one open violation per finding (the open-violation index is per limit ref and period)
      limitRef: `inspection:${inspection.id}/finding:${finding.id}`,
      parameterCode: '',
      monitoringPoint: '',
      periodStart: day,
      periodEnd: day,
      resultIds: [],
      explanation: { inspectionId: inspection.id, findingId: finding.id, text: finding.description },
      description: finding.description,
      detectedOn: day,
      findingId: finding.id,
      createdByUserId: userId,
    })
    .returning({ id: violations.id });
  await tx
    .update(inspectionFindings)
    .set({ violationId: v!.id })
    .where(eq(inspectionFindings.id, finding.id));
  return v!.id;
}
