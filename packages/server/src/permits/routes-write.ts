import {
  CreatePermitInput,
  ModifyPermitInput,
  PermitActionInput,
  PermitView,
  RenewPermitInput,
  UpdatePermitDraftInput,
} from '@outfall/domain/contracts/permits';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { App, Deps } from '../http/types';
import { actOnPermit } from './act-on-permit';
import { createPermit } from './create-permit';
import { modifyPermit } from './modify-permit';
import { getPermit } from './permit-reads';
import { today } from './permit-views';
import { renewPermit } from './renew-permit';
import { permitToolRoutes } from './routes-tools';
import { updatePermitDraft } from './update-permit-draft';

const tags = ['permits'];
const IdParams = z.object({ id: z.uuid() });
const write = { access: 'permit.write' as const };

/** Mutations (each one audited) and the limit-editor tools. */
export function permitWriteRoutes(app: App, { database: { db } }: Deps) {
  const view = (actor: Actor | null, id: string) => getPermit(db, actor!.active!, id, today());
  app.post(
    '/api/v1/permits',
    { config: write, schema: { tags, body: CreatePermitInput, response: { 201: PermitView } } },
    async (request, reply) => {
      const permit = await createPermit({ db, actor: request.actor!, input: request.body });
      return reply.status(201).send(await view(request.actor, permit.id));
    },
  );
  app.put(
    '/api/v1/permits/:id/draft',
    {
      config: write,
      schema: { tags, params: IdParams, body: UpdatePermitDraftInput, response: { 200: PermitView } },
    },
    async (request) => {
      await updatePermitDraft({
        db,
        actor: request.actor!,
        permitId: request.params.id,
        input: request.body,
      });
      return view(request.actor, request.params.id);
    },
  );
  app.post(
    '/api/v1/permits/:id/actions',
    {
      config: write,
      schema: { tags, params: IdParams, body: PermitActionInput, response: { 200: PermitView } },
    },
    async (request) => {
      await actOnPermit({ db, actor: request.actor!, permitId: request.params.id, input: request.body });
      return view(request.actor, request.params.id);
    },
  );
  app.post(
    '/api/v1/permits/:id/modifications',
    {
      config: write,
      schema: { tags, params: IdParams, body: ModifyPermitInput, response: { 201: PermitView } },
    },
    async (request, reply) => {
      await modifyPermit({ db, actor: request.actor!, permitId: request.params.id, input: request.body });
      return reply.status(201).send(await view(request.actor, request.params.id));
    },
  );
  app.post(
    '/api/v1/permits/:id/renew',
    {
      config: write,
      schema: { tags, params: IdParams, body: RenewPermitInput, response: { 201: PermitView } },
    },
    async (request, reply) => {
      const successor = await renewPermit({
        db,
        actor: request.actor!,
        permitId: request.params.id,
        input: request.body,
      });
      return reply.status(201).send(await view(request.actor, successor.id));
    },
  );
  permitToolRoutes(app, db);
}
