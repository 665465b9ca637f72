import {
  IsoDateText,
  PermitListQuery,
  PermitSummaryView,
  PermitVersionDiff,
  PermitVersionView,
  PermitView,
} from '@outfall/domain/contracts/permits';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { compareVersions, getPermit, getPermitVersion, listPermits, permitDocumentPdf } from './permit-reads';
import { today } from './permit-views';
import { listRenewalAlerts, PermitAlertView } from './renewal-alerts';
import { permitWriteRoutes } from './routes-write';

const tags = ['permits'];
const AsOf = z.object({ asOf: IsoDateText.optional() });
const IdParams = z.object({ id: z.uuid() });
const VersionParams = z.object({ id: z.uuid(), no: z.coerce.number().int().min(1) });

/** /api/v1/permits: "My permits" on both sides of the permit, versions, comparison, document. */
export function permitRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  app.get(
    '/api/v1/permits',
    {
      config: { access: 'permit.read' },
      schema: {
        tags,
        querystring: PermitListQuery.extend(AsOf.shape),
        response: { 200: z.array(PermitSummaryView) },
      },
    },
    (request) => listPermits(db, request.actor!.active!, request.query, request.query.asOf ?? today()),
  );
  app.get(
    '/api/v1/permits/alerts',
    {
      config: { access: 'permit.read' },
      schema: { tags, querystring: AsOf, response: { 200: z.array(PermitAlertView) } },
    },
    (request) => listRenewalAlerts(db, request.actor!.active!, request.query.asOf ?? today()),
  );
  app.get(
    '/api/v1/permits/:id',
    {
      config: { access: 'permit.read' },
      schema: { tags, params: IdParams, querystring: AsOf, response: { 200: PermitView } },
    },
    (request) => getPermit(db, request.actor!.active!, request.params.id, request.query.asOf ?? today()),
  );
  app.get(
    '/api/v1/permits/:id/versions/:no',
    {
      config: { access: 'permit.read' },
      schema: { tags, params: VersionParams, response: { 200: PermitVersionView } },
    },
    (request) => getPermitVersion(db, request.actor!.active!, request.params.id, request.params.no),
  );
  app.get(
    '/api/v1/permits/:id/compare',
    {
      config: { access: 'permit.read' },
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
        response: { 200: PermitVersionDiff },
      },
    },
    (request) =>
      compareVersions(db, request.actor!.active!, request.params.id, request.query.from, request.query.to),
  );
  app.get(
    '/api/v1/permits/:id/versions/:no/document.pdf',
    { config: { access: 'permit.read' }, schema: { tags, params: VersionParams } },
    async (request, reply) => {
      const { id, no } = request.params;
      const { pdf, permitNumber } = await permitDocumentPdf(db, request.actor!.active!, id, no, today());
      const fileName = `permit-${permitNumber.replaceAll(/[^A-Za-z0-9._-]/g, '_')}-v${no}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .send(pdf);
    },
  );
  permitWriteRoutes(app, deps);
}
