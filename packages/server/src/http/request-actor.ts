import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { type Access, authorize, isPermission } from '../auth/policy';
import { findLiveSession, membershipsOf, SESSION_COOKIE, touchSession } from '../auth/sessions.queries';
import type { Db } from '../db/connect';
import { AppError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route: every /api/v1 route must say. */
    access?: Access;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originOf(request: FastifyRequest) {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent']?.slice(0, 500) ?? null };
}

async function loadActor(db: Db, request: FastifyRequest): Promise<Actor | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const found = await findLiveSession(db, token);
  if (!found) return null;
  await touchSession(db, found.session.id, found.session.lastSeenAt);
  const memberships = await membershipsOf(db, found.user.id);
  const active = memberships.find((m) => m.organizationId === found.session.activeOrganizationId) ?? null;
  return {
    userId: found.user.id,
    email: found.user.email,
    name: found.user.name,
    sessionId: found.session.id,
    csrfToken: found.session.csrfToken,
    memberships,
    active,
    ...originOf(request),
  };
}

/**
 * Resolves the session of every API request and enforces the route's declared access:
 * a session for anything not public, a CSRF token on every state-changing request with a
 * session, and the policy's permission where one is named.
 */
export function registerAccessControl(app: FastifyInstance, db: Db) {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
  });
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    request.actor = await loadActor(db, request);
    if (access === 'public') return;
    if (access === 'lab_token') return; // the route checks its bearer token (monitoring/lab-token-auth.ts)
    if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue');
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.actor.csrfToken) {
      throw new AppError(
        'csrf_failed',
        'The request is missing its CSRF token; reload the page and try again',
      );
    }
    if (isPermission(access)) authorize(request.actor, access);
  });
}
