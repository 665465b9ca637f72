import type { Role, SignatoryKind } from '@outfall/domain/contracts/roles';
import { eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/connect';
import { memberships, users } from '../db/schema';

export interface NewMember {
  organizationId: string;
  email: string;
  name: string;
  password: string;
  role: Role;
  signatory?: SignatoryKind | null;
}

/** Adds a person to an organization directly (demo seed, CLI, tests); creates the account when new. */
export async function addMember({ db, actor, input }: { db: Db; actor: AuditActor; input: NewMember }) {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(users).where(eq(users.email, email));
    const user =
      found ?? (await tx.insert(users).values({ email, name: input.name, passwordHash }).returning())[0]!;
    const [membership] = await tx
      .insert(memberships)
      .values({
        userId: user.id,
        organizationId: input.organizationId,
        role: input.role,
        signatory: input.signatory ?? null,
      })
      .returning();
    await appendAudit(tx, actor, {
      type: 'membership.created',
      subjectId: membership!.id,
      organizationId: input.organizationId,
      after: {
        userId: user.id,
        email,
        role: membership!.role,
        signatory: membership!.signatory,
        newAccount: !found,
      },
    });
    return { user, membership: membership! };
  });
}
