import type { LabFileInput, LabImportPreview } from '@outfall/domain/contracts/monitoring-api';
import type { ActiveMembership } from '../auth/actor';
import type { Db } from '../db/connect';
import { findMonitoredFacility } from './facility-scope';
import { loadFacilityLimits } from './limits.queries';
import { prepareLabFile } from './prepare-lab-file';

/** The preview of a lab file before an all-or-nothing import: per-row problems and questions. Saves nothing. */
export async function previewLabFile(
  db: Db,
  m: ActiveMembership,
  input: LabFileInput,
): Promise<LabImportPreview> {
  const facility = await findMonitoredFacility(db, m, input.facilityId);
  const limits = await loadFacilityLimits(db, facility.id);
  const file = await prepareLabFile(db, facility.id, limits, input);
  return {
    preview: file.preview,
    fileSha256: file.sha256,
    alreadyImported: file.alreadyImportedBatch !== null,
    repeatedResults: file.repeated,
    mappingSource: file.mappingSource,
  };
}
