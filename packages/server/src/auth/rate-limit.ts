import { and, count, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { loginAttempts } from '../db/schema';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Failed attempts in the last 15 minutes, per account and per address; kept in the database so every instance agrees. */
export async function isLoginThrottled(db: Queryable, email: string, ip: string | null): Promise<boolean> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  const failed = and(eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since));
  const [byEmail] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(failed, eq(loginAttempts.email, email)));
  if ((byEmail?.n ?? 0) >= MAX_FAILURES_PER_EMAIL) return true;
  if (!ip) return false;
  const [byIp] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(failed, eq(loginAttempts.ip, ip)));
  return (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(
  db: Queryable,
  email: string,
  ip: string | null,
  succeeded: boolean,
) {
  await db.insert(loginAttempts).values({ email, ip, succeeded });
}
