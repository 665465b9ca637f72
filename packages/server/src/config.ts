import { resolve } from 'node:path';
import { z } from 'zod';

const Bool = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

/** An empty variable counts as unset (`DATABASE_URL= npm start`). */
const optionalText = (schema: z.ZodString) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optionalText(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres:// or postgresql://' }),
  ),
  OUTFALL_DEMO: Bool,
  OUTFALL_DEMO_LAB_IMPORT: z.enum(['0', '1']).default('1'),
  SMTP_URL: optionalText(z.string()),
  MAIL_FROM: z.string().default('Outfall <no-reply@outfall.local>'),
  PUBLIC_URL: optionalText(z.string()),
  COOKIE_SECURE: Bool,
  TRUST_PROXY: Bool,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STORAGE: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['database', 'disk', 's3']).default('database'),
  ),
  S3_ENDPOINT: optionalText(
    z.string().regex(/^https?:\/\//, { message: 'S3_ENDPOINT must be a URL (https://s3.example.com)' }),
  ),
  S3_BUCKET: optionalText(z.string()),
  S3_REGION: optionalText(z.string()),
  S3_ACCESS_KEY_ID: optionalText(z.string()),
  S3_SECRET_ACCESS_KEY: optionalText(z.string()),
});

/** Where an S3-compatible bucket is (STORAGE=s3). */
export interface S3Config {
  /** Empty for AWS itself; the URL of another S3-compatible service (MinIO, Ceph…). */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const S3_REQUIRED = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Seed the demo program on an empty database: always on the embedded database, opt-in on PostgreSQL. */
  seedDemo: boolean;
  /** Whether the demo imports Acme Plating's June lab file (its copper violation); e2e turns it off to import it itself. */
  demoLabImport: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** Where uploaded files' bytes are kept. */
  storage: 'database' | 'disk' | 's3';
  /** Set when storage is s3. */
  s3: S3Config | null;
}

/** Parses the environment; a bad variable stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.STORAGE === 's3') {
    const missing = S3_REQUIRED.filter((name) => !e[name]);
    if (missing.length)
      throw new Error(
        `Invalid configuration:\n${missing.map((name) => `  ${name}: required when STORAGE=s3`).join('\n')}`,
      );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    seedDemo: e.DATABASE_URL ? e.OUTFALL_DEMO : true,
    demoLabImport: e.OUTFALL_DEMO_LAB_IMPORT === '1',
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    storage: e.STORAGE,
    s3:
      e.STORAGE === 's3'
        ? {
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION ?? 'us-east-1',
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
          }
        : null,
  };
}
