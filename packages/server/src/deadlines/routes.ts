import {
  AttentionView,
  CalendarFeedView,
  DeadlineQuery,
  DeadlineView,
  NotificationPreferences,
  NotificationPreferencesView,
} from '@outfall/domain/contracts/deadlines';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { today } from '../permits/permit-views';
import { attentionFor } from './attention';
import { calendarFeedIcs, calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from './calendar-feed';
import { deadlinesFor, toDeadlineView } from './deadlines.queries';
import { preferencesOfUser } from './preferences';
import { updatePreferences } from './update-preferences';

const tags = ['deadlines'];

/** Deadlines, notification preferences and the private calendar feed. */
export function deadlineRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  const { publicUrl } = deps.config;

  app.get(
    '/api/v1/deadlines',
    {
      config: { access: 'dashboard.read' },
      schema: { tags, querystring: DeadlineQuery, response: { 200: z.array(DeadlineView) } },
    },
    async (request) =>
      (await deadlinesFor(db, request.actor!.active!, request.query, today())).map(toDeadlineView),
  );

  app.get(
    '/api/v1/dashboard/attention',
    { config: { access: 'dashboard.read' }, schema: { tags, response: { 200: AttentionView } } },
    (request) => attentionFor(db, request.actor!, today()),
  );

  app.get(
    '/api/v1/account/notification-preferences',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: NotificationPreferencesView } } },
    (request) => preferencesOfUser(db, request.actor!.userId),
  );
  app.put(
    '/api/v1/account/notification-preferences',
    {
      config: { access: 'authenticated' },
      schema: { tags, body: NotificationPreferences, response: { 200: NotificationPreferencesView } },
    },
    (request) => updatePreferences(db, request.actor!, request.body),
  );

  app.get(
    '/api/v1/account/calendar-feed',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: CalendarFeedView } } },
    (request) => calendarFeedStatus(db, request.actor!),
  );
  app.post(
    '/api/v1/account/calendar-feed',
    { config: { access: 'authenticated' }, schema: { tags, response: { 201: CalendarFeedView } } },
    async (request, reply) => reply.status(201).send(await createCalendarFeed(db, request.actor!, publicUrl)),
  );
  app.post(
    '/api/v1/account/calendar-feed/revoke',
    { config: { access: 'authenticated' }, schema: { tags } },
    async (request, reply) => {
      await revokeCalendarFeed(db, request.actor!);
      return reply.status(204).send();
    },
  );

  // Calendar applications fetch this without a session: the token in the address is the credential.
  app.get(
    '/api/v1/calendar/:file',
    {
      config: { access: 'public' },
      schema: { tags, params: z.object({ file: z.string().regex(/^ocal_[A-Za-z0-9_-]{20,}\.ics$/) }) },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '');
      const ics = await calendarFeedIcs(db, token, today(), publicUrl);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=900')
        .send(ics);
    },
  );
}
