import { NotificationView } from '@outfall/domain/contracts/monitoring-api';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { listNotifications } from './monitoring.queries';
import { readNotifications } from './read-notifications';

const tags = ['monitoring'];

/** In-app notifications of the signed-in user. */
export function notificationRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        querystring: z.object({ unread: z.coerce.boolean().default(false) }),
        response: { 200: z.array(NotificationView) },
      },
    },
    (request) => listNotifications(db, request.actor!.userId, request.actor!.active, request.query.unread),
  );
  app.post(
    '/api/v1/notifications/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        body: z.object({ ids: z.array(z.uuid()).max(500) }),
        response: { 200: z.object({ read: z.number() }) },
      },
    },
    async (request) => ({ read: await readNotifications(db, request.actor!, request.body.ids) }),
  );
}
