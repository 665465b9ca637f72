import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/connect';
import type { Mailer } from '../mail/outbox';
import type { StorageProvider } from '../storage/index';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface Deps {
  database: Database;
  config: Config;
  mailer: Mailer;
  /** Where uploaded documents' bytes go (`STORAGE`). */
  storage: StorageProvider;
  version: string;
}
