import type { ErrorBody, ErrorCode } from '@outfall/domain/contracts/errors';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

/** The one place an error code becomes an HTTP status. */
export const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  rate_limited: 429,
  internal: 500,
};

function body(code: ErrorCode, message: string, fields?: { path: string; message: string }[]): ErrorBody {
  return { error: { code, message, ...(fields?.length ? { fields } : {}) } };
}

function fieldPath(instancePath: string, params: Record<string, unknown>): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = typeof params.missingProperty === 'string' ? params.missingProperty : '';
  return [path, missing].filter(Boolean).join('.') || '(body)';
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(STATUS[error.code]).send(body(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: fieldPath(v.instancePath, v.params),
        message: v.message ?? 'is invalid',
      }));
      const first = fields[0];
      const message = first ? `${first.path}: ${first.message}` : 'The request is invalid';
      return reply.status(400).send(body('validation_failed', message, fields));
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('validation_failed', error.message));
    }
    request.log.error(error);
    return reply
      .status(500)
      .send(body('internal', 'Something went wrong on the server; the change was not saved'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
