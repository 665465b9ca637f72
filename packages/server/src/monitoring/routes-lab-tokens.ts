import { CreateLabTokenInput, LabTokenCreated, LabTokenView } from '@outfall/domain/contracts/monitoring-api';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { createLabToken, listLabTokens, revokeLabToken } from './lab-tokens';

const tags = ['monitoring'];

/** Lab/LIMS tokens of a facility: issued once, stored hashed, revocable. */
export function labTokenRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  app.get(
    '/api/v1/monitoring/lab-tokens',
    {
      config: { access: 'monitoring.manage' },
      schema: {
        tags,
        querystring: z.object({ facilityId: z.uuid() }),
        response: { 200: z.array(LabTokenView) },
      },
    },
    (request) => listLabTokens({ db, actor: request.actor!, facilityId: request.query.facilityId }),
  );
  app.post(
    '/api/v1/monitoring/lab-tokens',
    {
      config: { access: 'monitoring.manage' },
      schema: { tags, body: CreateLabTokenInput, response: { 201: LabTokenCreated } },
    },
    async (request, reply) =>
      reply.status(201).send(await createLabToken({ db, actor: request.actor!, input: request.body })),
  );
  app.post(
    '/api/v1/monitoring/lab-tokens/:id/revoke',
    { config: { access: 'monitoring.manage' }, schema: { tags, params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      await revokeLabToken({ db, actor: request.actor!, tokenId: request.params.id });
      return reply.status(204).send();
    },
  );
}
