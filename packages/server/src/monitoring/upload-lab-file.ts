import type { LabFileInput, LabImportResult } from '@outfall/domain/contracts/monitoring-api';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db } from '../db/connect';
import { findMonitoredFacility, sampledByOf } from './facility-scope';
import { importLabFile } from './import-lab-file';

/** A signed-in user imports a lab file for a facility they may write monitoring for. */
export async function uploadLabFile({
  db,
  actor,
  input,
  now,
}: {
  db: Db;
  actor: Actor;
  input: LabFileInput;
  now?: Date;
}): Promise<LabImportResult> {
  const m = authorize(actor, 'monitoring.write');
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  return importLabFile(
    {
      db,
      facility,
      auditActor: auditActorOf(actor),
      userId: actor.userId,
      labTokenId: null,
      sampledBy: sampledByOf(m),
      source: 'upload',
      ...(now ? { now } : {}),
    },
    input,
  );
}
