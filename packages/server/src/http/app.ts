import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRoutes } from '../audit/routes';
import { authRoutes } from '../auth/routes';
import { binderRoutes } from '../binder/routes';
import { deadlineRoutes } from '../deadlines/routes';
import { documentRoutes } from '../documents/routes';
import { enforcementRoutes } from '../enforcement/routes';
import { facilityRoutes } from '../facilities/routes';
import { inspectionRoutes } from '../inspections/routes';
import { monitoringRoutes } from '../monitoring/routes';
import { organizationRoutes } from '../organizations/routes';
import { permitRoutes } from '../permits/routes';
import { programRoutes } from '../program/routes';
import { programReportRoutes } from '../program-report/routes';
import { reportRoutes } from '../reports/routes';
import { sncRoutes } from '../snc/routes';
import { registerErrorHandling } from './errors';
import { registerAccessControl } from './request-actor';
import type { App, Deps } from './types';

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Builds the HTTP server: API under /api/v1, OpenAPI at /api/openapi.json, docs at /api/docs, the web app at /. */
export async function buildApp(deps: Deps, options: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: deps.config.logLevel },
    trustProxy: deps.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Outfall API', version: deps.version }, servers: [] },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerErrorHandling(app);
  registerAccessControl(app, deps.database.db);

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['embedded', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    () => ({ status: 'ok' as const, database: deps.database.kind, version: deps.version }),
  );
  authRoutes(app, deps);
  organizationRoutes(app, deps);
  facilityRoutes(app, deps);
  auditRoutes(app, deps);
  permitRoutes(app, deps);
  monitoringRoutes(app, deps);
  reportRoutes(app, deps);
  deadlineRoutes(app, deps);
  binderRoutes(app, deps);
  documentRoutes(app, deps);
  programRoutes(app, deps);
  inspectionRoutes(app, deps);
  enforcementRoutes(app, deps);
  sncRoutes(app, deps);
  programReportRoutes(app, deps);
  await registerWeb(app);
  return app;
}

/** Serves the built web app, answering index.html for client-side routes. */
async function registerWeb(app: App) {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) return;
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: `No route GET ${request.url.split('?')[0]}` } });
    }
    return reply.sendFile('index.html');
  });
}
