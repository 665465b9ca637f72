import type { LoginInput } from '@outfall/domain/contracts/auth';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import type { Db } from '../db/connect';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { isLoginThrottled, recordLoginAttempt } from './rate-limit';
import { insertSession, membershipsOf } from './sessions.queries';

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** Checks the password (throttled per account and address) and opens a session for the user's first organization. */
export async function login({ db, input, origin }: { db: Db; input: LoginInput; origin: RequestOrigin }) {
  if (await isLoginThrottled(db, input.email, origin.ip)) {
    throw new AppError('rate_limited', 'Too many failed sign-in attempts. Wait 15 minutes and try again.');
  }
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    await recordLoginAttempt(db, input.email, origin.ip, false);
    throw new AppError('unauthenticated', 'The e-mail or password is wrong');
  }
  const memberships = await membershipsOf(db, user.id);
  const active = memberships[0] ?? null;
  return db.transaction(async (tx) => {
    await recordLoginAttempt(tx, input.email, origin.ip, true);
    const session = await insertSession(tx, {
      userId: user.id,
      activeOrganizationId: active?.organizationId ?? null,
      ...origin,
    });
    await appendAudit(
      tx,
      { userId: user.id, organizationId: active?.organizationId ?? null, ...origin },
      { type: 'user.logged_in', subjectId: user.id, organizationId: null },
    );
    return session;
  });
}
