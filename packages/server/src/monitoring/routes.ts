import { TypedValueCheck } from '@outfall/domain/contracts/monitoring';
import {
  CheckValueInput,
  CorrectResultInput,
  RecordedResults,
  ResultListQuery,
  ResultView,
  SampleEntryInput,
  ViolationListQuery,
  ViolationView,
} from '@outfall/domain/contracts/monitoring-api';
import { z } from 'zod';
import { listProgramViolations } from '../enforcement/violations.queries';
import type { App, Deps } from '../http/types';
import { today } from '../permits/permit-views';
import { checkValue } from './check-value';
import { correctResult } from './correct-result';
import { listResults } from './monitoring.queries';
import { recordResults } from './record-results';
import { flowRoutes } from './routes-flows';
import { importRoutes } from './routes-import';
import { notificationRoutes } from './routes-notifications';
import { scheduleRoutes } from './routes-schedule';

const tags = ['monitoring'];
const read = { access: 'monitoring.read' as const };
const write = { access: 'monitoring.write' as const };

/** /api/v1/monitoring: results entry, corrections, violations, notifications; import and schedule routes. */
export function monitoringRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  const flush = () => void deps.mailer.flush().catch((err) => app.log.error(err, 'e-mail delivery failed'));
  app.post(
    '/api/v1/monitoring/samples',
    { config: write, schema: { tags, body: SampleEntryInput, response: { 201: RecordedResults } } },
    async (request, reply) => {
      const recorded = await recordResults({ db, actor: request.actor!, input: request.body });
      flush();
      return reply.status(201).send(recorded);
    },
  );
  app.post(
    '/api/v1/monitoring/check-value',
    { config: write, schema: { tags, body: CheckValueInput, response: { 200: TypedValueCheck } } },
    (request) => checkValue(db, request.actor!.active!, request.body),
  );
  app.post(
    '/api/v1/monitoring/results/:id/corrections',
    {
      config: write,
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        body: CorrectResultInput,
        response: { 201: RecordedResults },
      },
    },
    async (request, reply) => {
      const input = { db, actor: request.actor!, resultId: request.params.id, input: request.body };
      const corrected = await correctResult(input);
      flush();
      return reply.status(201).send(corrected);
    },
  );
  app.get(
    '/api/v1/monitoring/results',
    { config: read, schema: { tags, querystring: ResultListQuery, response: { 200: z.array(ResultView) } } },
    (request) => listResults(db, request.actor!.active!, request.query),
  );
  app.get(
    '/api/v1/monitoring/violations',
    {
      config: read,
      schema: { tags, querystring: ViolationListQuery, response: { 200: z.array(ViolationView) } },
    },
    // the program-wide list (enforcement/), kept at this address with its original cap of 1,000
    (request) => listProgramViolations(db, request.actor!.active!, request.query, today(), 1000),
  );
  flowRoutes(app, deps);
  notificationRoutes(app, deps);
  importRoutes(app, deps);
  scheduleRoutes(app, deps);
}
