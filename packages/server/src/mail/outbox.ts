import { asc, eq, isNull, lt, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db, Queryable } from '../db/connect';
import { outboxEmails } from '../db/schema';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Queues an e-mail in the caller's transaction: it is sent only if the change commits. */
export async function enqueueEmail(db: Queryable, email: Email) {
  await db.insert(outboxEmails).values(email);
}

const MAX_ATTEMPTS = 5;

/**
 * Delivers queued e-mail over SMTP (`SMTP_URL`). Without SMTP the outbox is the record and
 * nothing is sent. Each message is marked sent, or its error kept for the next attempt.
 */
export function createMailer(db: Db, smtpUrl: string | undefined, from: string) {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  let running: Promise<number> | null = null;

  async function deliverPending(): Promise<number> {
    if (!transport) return 0;
    const pending = await db
      .select()
      .from(outboxEmails)
      .where(sql`${isNull(outboxEmails.sentAt)} and ${lt(outboxEmails.attempts, MAX_ATTEMPTS)}`)
      .orderBy(asc(outboxEmails.createdAt))
      .limit(50);
    let sent = 0;
    for (const mail of pending) {
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        await db
          .update(outboxEmails)
          .set({ sentAt: new Date(), attempts: mail.attempts + 1 })
          .where(eq(outboxEmails.id, mail.id));
        sent++;
      } catch (err) {
        await db
          .update(outboxEmails)
          .set({ attempts: mail.attempts + 1, lastError: String((err as Error).message) })
          .where(eq(outboxEmails.id, mail.id));
      }
    }
    return sent;
  }

  return {
    enabled: transport !== null,
    /** Runs one delivery pass (one at a time); resolves to the number sent. */
    flush(): Promise<number> {
      running ??= deliverPending().finally(() => {
        running = null;
      });
      return running;
    },
    close() {
      transport?.close();
    },
  };
}

export type Mailer = ReturnType<typeof createMailer>;
