import {
  SncEvaluateInput,
  SncEvaluationView,
  SncFacilityView,
  SncListQuery,
  SncProgramRow,
  SncPublicNoticeQuery,
  SncPublicNoticeView,
} from '@outfall/domain/contracts/snc-program';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../auth/policy';
import { facilityClassifications, organizations } from '../db/schema';
import { forbidden, notFound } from '../errors';
import type { App, Deps } from '../http/types';
import { today } from '../permits/permit-views';
import { evaluateNow } from './evaluate-now';
import { isSiuClass } from './gather';
import { generatePublicNotice } from './generate-public-notice';
import { publicNoticeOf } from './public-notice';
import { facilityEvaluations, sncProgramList, toEvaluationView } from './snc.queries';

const tags = ['snc'];
const facilityParams = z.object({ facilityId: z.uuid() });

export function sncRoutes(app: App, deps: Deps) {
  const { db } = deps.database;

  app.get(
    '/api/v1/snc',
    {
      config: { access: 'snc.read' },
      schema: { tags, querystring: SncListQuery, response: { 200: z.array(SncProgramRow) } },
    },
    async (request) => {
      const m = authorize(request.actor!, 'snc.read');
      if (m.kind !== 'authority') throw forbidden();
      return sncProgramList(db, m.organizationId, request.query.windowEnd);
    },
  );

  app.get(
    '/api/v1/snc/facilities/:facilityId',
    {
      config: { access: 'snc.read' },
      schema: { tags, params: facilityParams, response: { 200: SncFacilityView } },
    },
    async (request) => {
      const m = authorize(request.actor!, 'snc.read');
      const { facilityId } = request.params;
      const [facility] = await db
        .select({
          id: organizations.id,
          name: organizations.name,
          regulatedById: organizations.regulatedById,
          effectiveClass: facilityClassifications.effectiveClass,
        })
        .from(organizations)
        .leftJoin(facilityClassifications, eq(facilityClassifications.facilityId, organizations.id))
        .where(and(eq(organizations.id, facilityId), eq(organizations.kind, 'facility')));
      const visible =
        facility &&
        (m.kind === 'authority'
          ? facility.regulatedById === m.organizationId
          : facility.id === m.organizationId);
      if (!visible) throw notFound('Facility');
      return {
        facilityId: facility.id,
        facilityName: facility.name,
        facilityClass: facility.effectiveClass ?? null,
        isSignificantIndustrialUser: isSiuClass(facility.effectiveClass),
        evaluations: await facilityEvaluations(db, facility.id),
      };
    },
  );

  app.post(
    '/api/v1/snc/facilities/:facilityId/evaluate',
    {
      config: { access: 'snc.evaluate' },
      schema: { tags, params: facilityParams, body: SncEvaluateInput, response: { 200: SncEvaluationView } },
    },
    async (request) => {
      const { row } = await evaluateNow({
        db,
        actor: request.actor!,
        facilityId: request.params.facilityId,
        asOf: today(),
        ...(request.body.windowDate ? { windowDate: request.body.windowDate } : {}),
      });
      return toEvaluationView(row);
    },
  );

  app.get(
    '/api/v1/snc/public-notice',
    {
      config: { access: 'program.read' },
      schema: { tags, querystring: SncPublicNoticeQuery, response: { 200: SncPublicNoticeView } },
    },
    async (request) => {
      const m = authorize(request.actor!, 'program.read');
      return publicNoticeOf(db, m.organizationId, request.query.asOf ?? today());
    },
  );

  app.get(
    '/api/v1/snc/public-notice.pdf',
    {
      config: { access: 'program.read' },
      schema: { tags, querystring: SncPublicNoticeQuery },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? today();
      const { pdf } = await generatePublicNotice({ db, actor: request.actor!, asOf });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="snc-public-notice-${asOf}.pdf"`)
        .send(pdf);
    },
  );
}
