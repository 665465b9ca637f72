import { createReadStream } from 'node:fs';
import { AuditBinderQuery } from '@outfall/domain/contracts/documents';
import { appendAudit } from '../audit/append';
import { auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import { AppError } from '../errors';
import type { App, Deps } from '../http/types';
import { buildBinder } from './build-binder';

/**
 * The audit binder: one ZIP of a facility's records for a date range, built from the records with
 * an index. The ZIP is complete before the first byte is sent (a failure answers an error, never a
 * truncated file), and its download is audited with the digests of what it holds.
 */
export function binderRoutes(app: App, { database: { db }, storage }: Deps) {
  app.get(
    '/api/v1/audit-binder',
    {
      config: { access: 'binder.download' },
      schema: { tags: ['documents'], querystring: AuditBinderQuery },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const membership = authorize(actor, 'binder.download');
      const { facilityId, from, to } = request.query;
      if (from > to) {
        throw new AppError('validation_failed', 'The range must start on or before its end', [
          { path: 'from', message: `must be on or before ${to}` },
        ]);
      }
      const binder = await buildBinder({
        db,
        storage,
        membership,
        generatedBy: `${actor.name} <${actor.email}>`,
        range: { facilityId, from, to },
      });
      try {
        await db.transaction((tx) =>
          appendAudit(tx, auditActorOf(actor), {
            type: 'binder.downloaded',
            subjectId: facilityId,
            organizationId: facilityId,
            after: {
              from,
              to,
              fileCount: binder.entries.length + 1,
              manifestSha256: binder.manifestSha256,
              indexSha256: binder.index.sha256,
              zipSha256: binder.zipSha256,
              zipSize: binder.zipSize,
            },
          }),
        );
      } catch (err) {
        await binder.cleanup();
        throw err;
      }
      const stream = createReadStream(binder.zipPath);
      stream.once('close', () => void binder.cleanup());
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${binder.fileName}"`)
        .header('content-length', String(binder.zipSize))
        .header('x-content-sha256', binder.zipSha256)
        .send(stream);
    },
  );
}
