import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import { outboxEmails } from '../src/db/schema';
import type { App } from '../src/http/types';
import { Browser, testApp, testDatabase } from './harness';
import { makeWorld } from './world';

interface Received {
  to: string[];
  raw: string;
}

let database: Database;
let app: App;
let smtp: SMTPServer;
const inbox: Received[] = [];
let world: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  const port = (smtp.server.address() as AddressInfo).port;
  database = await testDatabase();
  world = await makeWorld(database.db);
  app = await testApp(database, {
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Outfall <outfall@test>',
  });
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

async function as(email: string, password = world.password) {
  const browser = new Browser(app);
  await browser.login(email, password);
  return browser;
}

function waitForMail(n: number) {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const tick = () =>
      inbox.length >= n
        ? resolve()
        : Date.now() - started > 10_000
          ? reject(new Error('no mail'))
          : setTimeout(tick, 25);
    tick();
  });
}

describe('inviting a person by e-mail', () => {
  it('queues the invitation in the outbox, delivers it over SMTP, and the invitee joins with the role', async () => {
    const admin = await as('admin@plating.test');
    const res = await admin.post('/api/v1/organizations/current/invitations', {
      email: 'New.Operator@Plating.test',
      role: 'operator',
      signatory: 'authorized_representative',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'new.operator@plating.test',
      role: 'operator',
      signatory: 'authorized_representative',
      acceptedAt: null,
    });

    await waitForMail(1);
    const mail = inbox[0]!;
    expect(mail.to).toEqual(['new.operator@plating.test']);
    expect(mail.raw).toContain('Subject: You are invited to North Plating on Outfall');
    const token = /http:\/\/outfall\.test\/invite\/([A-Za-z0-9_-]{43})/.exec(
      mail.raw.replace(/=\r?\n/g, ''),
    )?.[1];
    expect(token).toBeDefined();
    // The SMTP server has the message; the mailer marks the outbox row sent right after (poll, don't race).
    const sentAt = async () =>
      (
        await database.db.select().from(outboxEmails).where(eq(outboxEmails.to, 'new.operator@plating.test'))
      )[0]!.sentAt;
    await expect.poll(sentAt, { timeout: 10_000 }).not.toBeNull();

    const info = await new Browser(app).get(`/api/v1/invitations/${token}`);
    expect(info.json()).toEqual({
      email: 'new.operator@plating.test',
      organizationName: 'North Plating',
      role: 'operator',
    });

    const invitee = new Browser(app);
    const weak = await invitee.post('/api/v1/invitations/accept', {
      token,
      name: 'Nia Operator',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0].path).toBe('password');
    const accepted = await invitee.post('/api/v1/invitations/accept', {
      token,
      name: 'Nia Operator',
      password: 'operator-password-1',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships).toEqual([
      expect.objectContaining({
        organizationName: 'North Plating',
        role: 'operator',
        signatory: 'authorized_representative',
      }),
    ]);
    expect((await invitee.get('/api/v1/dashboard')).json().organizationName).toBe('North Plating');
    expect(
      (
        await new Browser(app).post('/api/v1/invitations/accept', {
          token,
          name: 'Again',
          password: 'operator-password-1',
        })
      ).statusCode,
    ).toBe(404);
    const members = (await admin.get('/api/v1/organizations/current/members')).json() as { email: string }[];
    expect(members.map((m) => m.email)).toContain('new.operator@plating.test');
  });

  it('only admins invite, only with a role of their kind of organization, never a current member', async () => {
    const manager = await as('manager@plating.test');
    expect(
      (
        await manager.post('/api/v1/organizations/current/invitations', {
          email: 'x@plating.test',
          role: 'operator',
        })
      ).statusCode,
    ).toBe(403);
    const admin = await as('admin@plating.test');
    const wrongKind = await admin.post('/api/v1/organizations/current/invitations', {
      email: 'x@plating.test',
      role: 'inspector',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.fields[0].path).toBe('role');
    const member = await admin.post('/api/v1/organizations/current/invitations', {
      email: 'manager@plating.test',
      role: 'viewer',
    });
    expect(member.statusCode).toBe(409);
  });

  it('keeps the e-mail in the outbox when SMTP is not configured', async () => {
    const offline = await testApp(database);
    const browser = new Browser(offline);
    await browser.login('admin@north.test', world.password);
    const res = await browser.post('/api/v1/organizations/current/invitations', {
      email: 'queued@north.test',
      role: 'viewer',
    });
    expect(res.statusCode).toBe(201);
    const [row] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, 'queued@north.test'));
    expect(row).toMatchObject({ subject: 'You are invited to North Basin POTW on Outfall', sentAt: null });
  });
});
