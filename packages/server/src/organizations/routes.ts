import { InviteInput } from '@outfall/domain/contracts/auth';
import {
  CreateFacilityInput,
  DashboardView,
  InvitationView,
  MemberView,
  OrganizationView,
} from '@outfall/domain/contracts/organizations';
import { z } from 'zod';
import { authorize } from '../auth/policy';
import type { App, Deps } from '../http/types';
import { createFacility } from './create-facility';
import { inviteMember } from './invitations';
import { dashboardCounts, getFacility, listInvitations, listMembers } from './organizations.queries';

export function organizationRoutes(app: App, { database: { db }, config, mailer }: Deps) {
  app.get(
    '/api/v1/dashboard',
    {
      config: { access: 'dashboard.read' },
      schema: { tags: ['organizations'], response: { 200: DashboardView } },
    },
    (request) => dashboardCounts(db, request.actor!.active!),
  );
  // GET /api/v1/facilities (the IU inventory) lives in facilities/inventory-routes.ts.
  app.post(
    '/api/v1/facilities',
    {
      config: { access: 'facility.create' },
      schema: { tags: ['facilities'], body: CreateFacilityInput, response: { 201: OrganizationView } },
    },
    async (request, reply) => {
      const org = await createFacility({ db, actor: request.actor!, input: request.body });
      return reply.status(201).send(await getFacility(db, request.actor!.active!, org.id));
    },
  );
  app.get(
    '/api/v1/facilities/:id',
    {
      config: { access: 'facility.read' },
      schema: {
        tags: ['facilities'],
        params: z.object({ id: z.uuid() }),
        response: { 200: OrganizationView },
      },
    },
    (request) => getFacility(db, request.actor!.active!, request.params.id),
  );
  app.get(
    '/api/v1/organizations/current/members',
    {
      config: { access: 'members.read' },
      schema: { tags: ['organizations'], response: { 200: z.array(MemberView) } },
    },
    (request) => listMembers(db, request.actor!.active!.organizationId),
  );
  app.get(
    '/api/v1/organizations/current/invitations',
    {
      config: { access: 'members.read' },
      schema: { tags: ['organizations'], response: { 200: z.array(InvitationView) } },
    },
    (request) => listInvitations(db, authorize(request.actor, 'members.read').organizationId),
  );
  app.post(
    '/api/v1/organizations/current/invitations',
    {
      config: { access: 'members.invite' },
      schema: { tags: ['organizations'], body: InviteInput, response: { 201: InvitationView } },
    },
    async (request, reply) => {
      const { invitation } = await inviteMember({
        db,
        actor: request.actor!,
        input: request.body,
        publicUrl: config.publicUrl,
      });
      void mailer.flush().catch((err) => request.log.error(err, 'e-mail delivery failed'));
      return reply.status(201).send({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        signatory: invitation.signatory,
        expiresAt: invitation.expiresAt.toISOString(),
        acceptedAt: null,
      });
    },
  );
}
