import {
  DailyFlowInput,
  DailyFlowListQuery,
  DailyFlowRecorded,
  DailyFlowView,
} from '@outfall/domain/contracts/monitoring-api';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { listDailyFlows } from './flows.queries';
import { recordDailyFlow } from './record-flow';

const tags = ['monitoring'];

/** Daily flows per monitoring point: mass loadings (lb/d, kg/d) are evaluated with them. */
export function flowRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  app.post(
    '/api/v1/monitoring/flows',
    {
      config: { access: 'monitoring.write' },
      schema: { tags, body: DailyFlowInput, response: { 200: DailyFlowRecorded, 201: DailyFlowRecorded } },
    },
    async (request, reply) => {
      const { created, ...recorded } = await recordDailyFlow({
        db,
        actor: request.actor!,
        input: request.body,
      });
      void deps.mailer.flush().catch((err) => app.log.error(err, 'e-mail delivery failed'));
      return reply.status(created ? 201 : 200).send(recorded);
    },
  );
  app.get(
    '/api/v1/monitoring/flows',
    {
      config: { access: 'monitoring.read' },
      schema: { tags, querystring: DailyFlowListQuery, response: { 200: z.array(DailyFlowView) } },
    },
    (request) => listDailyFlows(db, request.actor!.active!, request.query),
  );
}
