import {
  LabFileInput,
  LabImportPreview,
  LabImportResult,
  LabMappingQuery,
  LabMappingView,
} from '@outfall/domain/contracts/monitoring-api';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { importLabFile } from './import-lab-file';
import { listLabMappings } from './lab-mappings.queries';
import { authenticateLabToken } from './lab-tokens';
import { previewLabFile } from './preview-lab-file';
import { labTokenRoutes } from './routes-lab-tokens';
import { uploadLabFile } from './upload-lab-file';

const tags = ['monitoring'];
const write = { access: 'monitoring.write' as const };
// Lab files up to 60 MB of base64 (a 100,000-row export is ~25 MB of CSV).
const bodyLimit = 64 * 1024 * 1024;

/** Lab files: preview, all-or-nothing commit, and the token-authenticated endpoint for labs and LIMS. */
export function importRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  const flush = () => void deps.mailer.flush().catch((err) => app.log.error(err, 'e-mail delivery failed'));
  app.get(
    '/api/v1/monitoring/lab-mappings',
    {
      config: { access: 'monitoring.read' },
      schema: { tags, querystring: LabMappingQuery, response: { 200: z.array(LabMappingView) } },
    },
    (request) => listLabMappings(db, request.actor!.active!, request.query),
  );
  app.post(
    '/api/v1/monitoring/imports/preview',
    { config: write, bodyLimit, schema: { tags, body: LabFileInput, response: { 200: LabImportPreview } } },
    (request) => previewLabFile(db, request.actor!.active!, request.body),
  );
  app.post(
    '/api/v1/monitoring/imports',
    { config: write, bodyLimit, schema: { tags, body: LabFileInput, response: { 200: LabImportResult } } },
    async (request) => {
      const result = await uploadLabFile({ db, actor: request.actor!, input: request.body });
      flush();
      return result;
    },
  );
  app.post(
    '/api/v1/lab-api/results',
    {
      config: { access: 'lab_token' },
      bodyLimit,
      schema: { tags, body: LabFileInput, response: { 200: LabImportResult } },
    },
    async (request) => {
      const { tokenId, facility } = await authenticateLabToken(db, request, request.body.facilityId);
      const auditActor = {
        userId: null,
        organizationId: facility.id,
        ip: request.ip ?? null,
        userAgent: `lab-token:${tokenId}`,
      };
      const ctx = { db, facility, auditActor, userId: null, labTokenId: tokenId };
      const result = await importLabFile({ ...ctx, sampledBy: 'permittee', source: 'api' }, request.body);
      flush();
      return result;
    },
  );
  labTokenRoutes(app, deps);
}
