import {
  AcceptInvitationInput,
  ChangePasswordInput,
  LoginInput,
  SessionView,
  SwitchOrganizationInput,
} from '@outfall/domain/contracts/auth';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { originOf } from '../http/request-actor';
import type { App, Deps } from '../http/types';
import { acceptInvitation, describeInvitation } from '../organizations/invitations';
import type { Actor } from './actor';
import { login } from './login';
import { changePassword, logout, switchOrganization } from './session-use-cases';
import { findLiveSession, membershipsOf, SESSION_COOKIE, SESSION_IDLE_MS } from './sessions.queries';

export function sessionView(
  actor: Pick<Actor, 'userId' | 'email' | 'name' | 'memberships' | 'active' | 'csrfToken'>,
): SessionView {
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name },
    memberships: actor.memberships.map((m) => ({
      organizationId: m.organizationId,
      organizationName: m.organizationName,
      kind: m.kind,
      role: m.role,
      signatory: m.signatory,
    })),
    activeOrganizationId: actor.active?.organizationId ?? null,
    csrfToken: actor.csrfToken,
  };
}

export function authRoutes(app: App, { database: { db }, config }: Deps) {
  function setCookie(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      maxAge: SESSION_IDLE_MS / 1000,
    });
  }
  async function viewOfToken(token: string) {
    const found = (await findLiveSession(db, token))!;
    const memberships = await membershipsOf(db, found.user.id);
    const active = memberships.find((m) => m.organizationId === found.session.activeOrganizationId) ?? null;
    return sessionView({
      userId: found.user.id,
      ...found.user,
      memberships,
      active,
      csrfToken: found.session.csrfToken,
    });
  }
  const tags = ['auth'];

  app.post(
    '/api/v1/auth/login',
    { config: { access: 'public' }, schema: { tags, body: LoginInput, response: { 200: SessionView } } },
    async (request, reply) => {
      const { token } = await login({ db, input: request.body, origin: originOf(request) });
      setCookie(reply, token);
      return viewOfToken(token);
    },
  );
  app.get(
    '/api/v1/auth/session',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: SessionView } } },
    (request) => sessionView(request.actor!),
  );
  app.post(
    '/api/v1/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags } },
    async (request, reply) => {
      await logout({ db, actor: request.actor! });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/v1/auth/switch-organization',
    {
      config: { access: 'authenticated' },
      schema: { tags, body: SwitchOrganizationInput, response: { 200: SessionView } },
    },
    async (request) => {
      await switchOrganization({ db, actor: request.actor!, organizationId: request.body.organizationId });
      return viewOfToken(request.cookies[SESSION_COOKIE]!);
    },
  );
  app.post(
    '/api/v1/auth/password',
    { config: { access: 'authenticated' }, schema: { tags, body: ChangePasswordInput } },
    async (request, reply) => {
      await changePassword({ db, actor: request.actor!, input: request.body });
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/invitations/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: z.object({ token: z.string().min(20) }),
        response: { 200: z.object({ email: z.string(), organizationName: z.string(), role: z.string() }) },
      },
    },
    (request) => describeInvitation(db, request.params.token),
  );
  app.post(
    '/api/v1/invitations/accept',
    {
      config: { access: 'public' },
      schema: { tags, body: AcceptInvitationInput, response: { 200: SessionView } },
    },
    async (request, reply) => {
      const { token } = await acceptInvitation({ db, input: request.body, origin: originOf(request) });
      setCookie(reply, token);
      return viewOfToken(token);
    },
  );
}
