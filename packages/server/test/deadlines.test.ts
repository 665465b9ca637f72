import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { addDays } from '@outfall/domain/schedules/dates';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/audit/append';
import { reports } from '../src/db/schema';
import { sweepDeadlines } from '../src/deadlines/sweep-deadlines';
import { actorFor, makePermit, makeUser } from '../src/factories';
import { createMailer } from '../src/mail/outbox';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import { ensureObligations } from '../src/reports/obligations';
import { insertObligation, monitoringWorld, sampleEvent, today } from './monitoring-helpers';

interface Received {
  to: string[];
  subject: string;
  raw: string;
}

const T = today();
const PUBLIC_URL = 'http://outfall.test';
let t: Awaited<ReturnType<typeof monitoringWorld>>;
let smtp: SMTPServer;
let mailer: ReturnType<typeof createMailer>;
const inbox: Received[] = [];
let late: string;
let met: string;

const obligation = (title: string, dueDate: string) =>
  insertObligation(t, { title, dueDate, periodEnd: addDays(dueDate, -30), requirementId: `test:${title}` });

/** Runs the daily sweep for each day, delivers the e-mail over SMTP, returns the mail received. */
async function sweepDays(from: string, to: string) {
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (day === addDays(T, 2))
      await t.db.update(reports).set({ status: 'submitted' }).where(eq(reports.id, met));
    await sweepDeadlines(t.db, { asOf: day, publicUrl: PUBLIC_URL });
  }
  while ((await mailer.flush()) > 0);
}

const mailTo = (email: string, about: string) =>
  inbox.filter((m) => m.to.includes(email) && m.subject.includes(about)).map((m) => m.subject);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      // a real MIME parser: subjects with non-ASCII characters arrive encoded
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            raw: mail.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  const port = (smtp.server.address() as AddressInfo).port;

  const content = metalFinishingPermitContent();
  content.complianceSchedules.push({
    id: 'schedule:cn',
    title: 'Cyanide destruction unit',
    requirement: null,
    milestones: [
      { id: 'm1', kind: 'final_compliance', description: 'Final compliance', dueDate: addDays(T, 20) },
    ],
  });
  t = await monitoringWorld(content);
  mailer = createMailer(t.db, `smtp://127.0.0.1:${port}`, 'Outfall <outfall@test>');
  // the brewery's permit expires within a year: its renewal application is due
  const coordinator = await actorFor(t.db, t.world.users.northCoordinator.id, t.world.orgs.north.id);
  await makePermit(t.db, coordinator, {
    facilityId: t.world.orgs.brewery.id,
    permitNumber: 'NB-002',
    content: metalFinishingPermitContent(),
    issue: {
      issuedDate: addDays(T, -1010),
      effectiveDate: addDays(T, -1000),
      expirationDate: addDays(T, 150),
    },
  });
  await ensureObligations(t.db, systemActor, t.world.orgs.plating.id, addDays(T, 180));
  late = await obligation('Late test report', addDays(T, 10));
  met = await obligation('Met test report', addDays(T, 5));
  // an exceedance starts the 403.12(g)(2) clock
  const operator = await t.as('manager@plating.test');
  const res = await operator.post(
    '/api/v1/monitoring/samples',
    sampleEvent(t.world.orgs.plating.id, `${addDays(T, -1)}T08:00`, [
      { parameterCode: '01042', value: '3.52' },
    ]),
  );
  expect(res.statusCode, res.body).toBe(201);
  await sweepDays(T, addDays(T, 12));
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe('deadlines are computed from the records', () => {
  it('each kind appears for the facility: sampling, reports, milestone, repeat sample; renewal for the brewery', async () => {
    const manager = await t.as('manager@plating.test');
    const list = (await manager.get('/api/v1/deadlines')).json() as {
      kind: string;
      key: string;
      link: string;
    }[];
    const kinds = new Set(list.map((d) => d.kind));
    for (const k of ['sampling', 'report', 'schedule_milestone', 'resample']) expect(kinds).toContain(k);
    // the 24-hour notice was given by Outfall to the authority on Outfall: met, not listed
    expect(kinds).not.toContain('violation_notice');
    expect(list.find((d) => d.key === `report:${late}`)!.link).toBe(`/reports/${late}`);
    // met: no longer listed
    expect(list.some((d) => d.key === `report:${met}`)).toBe(false);
    const brewery = await t.as('manager@brewery.test');
    const theirs = (await brewery.get('/api/v1/deadlines')).json() as { kind: string; facilityId: string }[];
    const theirKinds = new Set(theirs.map((d) => d.kind));
    expect(theirKinds).toContain('permit_application');
    expect(theirKinds).toContain('permit_expiry');
    expect(theirs.every((d) => d.facilityId === t.world.orgs.brewery.id)).toBe(true);
  });

  it('the coordinator follows the facilities’ reports and renewals, not their self-monitoring slots', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const list = (await coordinator.get('/api/v1/deadlines')).json() as { kind: string }[];
    const kinds = new Set(list.map((d) => d.kind));
    expect(kinds).toContain('report');
    expect(kinds).toContain('permit_application');
    expect(kinds).not.toContain('sampling');
    const south = await t.as('coordinator@south.test');
    expect((await south.get('/api/v1/deadlines')).json()).toEqual([]);
  });
});

describe('reminders over a controlled clock, delivered by SMTP', () => {
  it('a report is reminded 30, 7 and 1 days ahead, once each, then once overdue; a met one stops', () => {
    const d = (n: number) => addDays(T, n);
    expect(mailTo('manager@plating.test', 'Late test report')).toEqual([
      `Outfall: Late test report — due in 10 days (${d(10)})`,
      `Outfall: Late test report — due in 7 days (${d(10)})`,
      `Outfall: Late test report — due tomorrow (${d(10)})`,
      `Outfall: Overdue: Late test report — overdue by 1 day (was due ${d(10)})`,
    ]);
    expect(mailTo('manager@plating.test', 'Met test report')).toEqual([
      `Outfall: Met test report — due in 5 days (${d(5)})`,
    ]);
  });

  it('e-mails link to the record; the coordinator hears only of the overdue report; other organizations hear nothing', () => {
    const overdue = inbox.find(
      (m) => m.subject.includes('Overdue: Late test report') && m.to.includes('manager@plating.test'),
    )!;
    expect(overdue.raw).toContain(`${PUBLIC_URL}/reports/${late}`);
    expect(mailTo('coordinator@north.test', 'Late test report')).toEqual([
      `Outfall: Overdue: Late test report — overdue by 1 day (was due ${addDays(T, 10)})`,
    ]);
    for (const other of ['manager@brewery.test', 'coordinator@south.test', 'manager@refinery.test'])
      expect(
        inbox.filter((m) => m.to.includes(other) && /North Plating|test report/.test(m.subject + m.raw)),
      ).toEqual([]);
    // the viewer of the authority and the facility's operator get no report reminders
    expect(mailTo('viewer@north.test', 'test report')).toEqual([]);
  });

  it('a sweep run twice on the same day sends nothing more', async () => {
    const before = inbox.length;
    const again = await sweepDeadlines(t.db, { asOf: addDays(T, 12), publicUrl: PUBLIC_URL });
    expect(again.reminders).toBe(0);
    while ((await mailer.flush()) > 0);
    expect(inbox.length).toBe(before);
  });

  it('a daily digest sends one message a day; "off" sends none but keeps in-app notices', async () => {
    const admin = await t.as('admin@plating.test');
    const put = await admin.request('PUT', '/api/v1/account/notification-preferences', {
      emailMode: 'daily_digest',
    });
    expect(put.statusCode, put.body).toBe(200);
    const manager = await t.as('manager@plating.test');
    await manager.request('PUT', '/api/v1/account/notification-preferences', { emailMode: 'off' });
    const due = addDays(T, 40);
    await obligation('Digest report A', due);
    await obligation('Digest report B', due);
    const before = inbox.length;
    await sweepDeadlines(t.db, { asOf: addDays(T, 13), publicUrl: PUBLIC_URL });
    while ((await mailer.flush()) > 0);
    const fresh = inbox.slice(before);
    const digests = fresh.filter((m) => m.to.includes('admin@plating.test'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/deadlines need attention/);
    expect(digests[0]!.raw).toContain('Digest report A');
    expect(digests[0]!.raw).toContain('Digest report B');
    expect(fresh.filter((m) => m.to.includes('manager@plating.test'))).toEqual([]);
    const notices = (await manager.get('/api/v1/notifications')).json() as { text: string }[];
    expect(notices.some((n) => n.text.includes('Digest report A'))).toBe(true);
  });
});

describe('the private calendar feed', () => {
  it('is valid iCalendar listing the user’s open deadlines; a revoked address answers 404', async () => {
    const manager = await t.as('manager@plating.test');
    const created = await manager.post('/api/v1/account/calendar-feed');
    expect(created.statusCode, created.body).toBe(201);
    const url = new URL(created.json().url);
    expect(url.origin).toBe(PUBLIC_URL);
    const anonymous = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(anonymous.body));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const open = (await manager.get('/api/v1/deadlines')).json() as { key: string; dueDate: string }[];
    expect(events.map((e) => e.uid).sort()).toEqual(open.map((d) => `${d.key}@outfall`).sort());
    const report = events.find((e) => e.uid === `report:${late}@outfall`)!;
    expect(report.startDate.isDate).toBe(true);
    expect(report.startDate.toString()).toBe(addDays(T, 10));
    expect(report.summary).toBe('Late test report');
    expect(report.description).toContain(`${PUBLIC_URL}/reports/${late}`);
    expect((await manager.post('/api/v1/account/calendar-feed/revoke')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/ocal_notarealtokennotarealtoken.ics' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('dashboards: what needs attention first, per role', () => {
  const byId = (items: { id: string; count: number; link: string }[]) => new Map(items.map((i) => [i.id, i]));

  it('the coordinator’s counts agree with the lists they link to', async () => {
    const coordinator = await t.as('coordinator@north.test');
    const view = (await coordinator.get('/api/v1/dashboard/attention')).json();
    expect(view.audience).toBe('coordinator');
    const items = byId(view.items);
    const late = (await coordinator.get('/api/v1/reports?queue=late')).json();
    expect(items.get('reports-late')).toMatchObject({ count: late.length, link: '/reports?queue=late' });
    expect(late.length).toBeGreaterThan(0);
    const open = (await coordinator.get('/api/v1/monitoring/violations?status=open')).json();
    expect(items.get('violations-open')!.count).toBe(open.length);
    expect(items.get('permits-expiring')!.count).toBe(1); // the brewery's permit
  });

  it('the manager sees reports due, open exceedances and signature work; the operator today’s sampling', async () => {
    const manager = await t.as('manager@plating.test');
    const items = byId((await manager.get('/api/v1/dashboard/attention')).json().items);
    const open = (await manager.get('/api/v1/monitoring/violations?status=open&kind=effluent')).json();
    expect(items.get('violations-open')!.count).toBe(open.length);
    expect(open.length).toBeGreaterThan(0);
    expect(items.has('reports-signature')).toBe(true); // a responsible official
    const deadlines = (
      await manager.get(`/api/v1/deadlines?kind=report&from=${T}&to=${addDays(T, 30)}`)
    ).json();
    expect(items.get('reports-due')!.count).toBe(deadlines.length);
    await makeUser(t.db, t.world.orgs.plating.id, { email: 'operator@plating.test', role: 'operator' });
    const operator = await t.as('operator@plating.test');
    const view = (await operator.get('/api/v1/dashboard/attention')).json();
    expect(view.audience).toBe('operator');
    const today = (
      await operator.get(`/api/v1/deadlines?kind=sampling&from=${T}&to=${addDays(T, 1)}`)
    ).json();
    expect(byId(view.items).get('sampling-today')!.count).toBe(today.length);
    expect(byId(view.items).has('reports-signature')).toBe(false);
  });
});
