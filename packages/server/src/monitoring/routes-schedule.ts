import {
  SamplingEvent,
  ScheduleQuery,
  SweepInput,
  SweepResult,
} from '@outfall/domain/contracts/monitoring-api';
import { addDays, addMonths, endOfMonth, startOfMonth } from '@outfall/domain/schedules/dates';
import { z } from 'zod';
import { auditActorOf } from '../auth/actor';
import type { App, Deps } from '../http/types';
import { dayOf } from './evaluation-summary';
import { findMonitoredFacility, listMonitoredFacilities } from './facility-scope';
import { trendRoutes } from './routes-trends';
import { requirementChecks, toSamplingEvents } from './schedule';
import { sweepMissedSamples } from './sweep-missed-samples';
import { toViolationView } from './violations.queries';

const tags = ['monitoring'];
const read = { access: 'monitoring.read' as const };

/** Sampling schedule (both sides), the missed-sample sweep, and trends with export. */
export function scheduleRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  app.get(
    '/api/v1/monitoring/schedule',
    { config: read, schema: { tags, querystring: ScheduleQuery, response: { 200: z.array(SamplingEvent) } } },
    async (request) => {
      const m = request.actor!.active!;
      const asOf = request.query.asOf ?? dayOf(new Date());
      const from = request.query.from ?? startOfMonth(addMonths(asOf, -2));
      const to = request.query.to ?? endOfMonth(addDays(asOf, 31));
      const facilities = request.query.facilityId
        ? [await findMonitoredFacility(db, m, request.query.facilityId)]
        : await listMonitoredFacilities(db, m);
      const events = [];
      for (const f of facilities)
        events.push(...toSamplingEvents(f, await requirementChecks(db, f, from, to, asOf)));
      return events.sort(
        (a, b) => a.dueBy.localeCompare(b.dueBy) || a.facilityName.localeCompare(b.facilityName),
      );
    },
  );
  app.post(
    '/api/v1/monitoring/sweep',
    {
      config: { access: 'monitoring.manage' },
      schema: { tags, body: SweepInput, response: { 200: SweepResult } },
    },
    async (request) => {
      const m = request.actor!.active!;
      const facilities = request.body.facilityId
        ? [await findMonitoredFacility(db, m, request.body.facilityId)]
        : await listMonitoredFacilities(db, m);
      const asOf = request.body.asOf ?? dayOf(new Date());
      const opened = await sweepMissedSamples(db, facilities, asOf, auditActorOf(request.actor!));
      void deps.mailer.flush().catch((err) => app.log.error(err, 'e-mail delivery failed'));
      return { facilitiesChecked: facilities.length, violationsOpened: opened.map(toViolationView) };
    },
  );
  trendRoutes(app, deps);
}
