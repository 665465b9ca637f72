import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { verifyPassword } from '../auth/passwords';
import { isLoginThrottled, recordLoginAttempt } from '../auth/rate-limit';
import type { Queryable } from '../db/connect';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { certificationInForce } from './certification';

/**
 * The signer proves who they are at signing time (§10.2 R5): the password re-entered, throttled
 * like sign-in, a wrong one recorded as a failed attempt. Returns the signer's user row.
 */
export async function reauthenticateSigner(db: Queryable, actor: Actor, password: string) {
  if (await isLoginThrottled(db, actor.email, actor.ip))
    throw new AppError('rate_limited', 'Too many wrong passwords. Wait 15 minutes and try again.');
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    await recordLoginAttempt(db, actor.email, actor.ip, false);
    throw new AppError('validation_failed', 'The password is wrong', [
      { path: 'password', message: 'is wrong: re-enter your Outfall password to sign' },
    ]);
  }
  return user;
}

/** The certification in force for `key`, which must be the one the signer was shown. */
export async function confirmedCertification(db: Queryable, key: string, shownTemplateId: string) {
  const certification = await certificationInForce(db, key);
  if (certification.id !== shownTemplateId)
    throw new AppError(
      'invalid_state',
      'The certification statement shown is not the one in force: read it again and sign',
    );
  return certification;
}
