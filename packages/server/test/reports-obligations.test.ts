import { addDays } from '@outfall/domain/schedules/dates';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/audit/append';
import { reports, violations } from '../src/db/schema';
import { metalFinishingPermitContent } from '../src/permits/demo-content';
import { sweepReports } from '../src/reports/sweep-reports';
import { insertObligation, monitoringWorld, today } from './monitoring-helpers';

let t: Awaited<ReturnType<typeof monitoringWorld>>;

beforeAll(async () => {
  const content = metalFinishingPermitContent();
  content.reportingRequirements.push({
    id: 'reporting:90day',
    kind: 'ninety_day_compliance',
    name: '90-day compliance report (40 CFR 403.12(d))',
    cadence: 'once',
    firstMonth: null,
    dueRule: { kind: 'fixed-date', date: '2025-05-02' },
    outfallId: null,
    notes: null,
  });
  content.complianceSchedules.push({
    id: 'schedule:cn',
    title: 'Cyanide destruction unit',
    requirement: null,
    milestones: [
      {
        id: 'm1',
        kind: 'complete_construction',
        description: 'Complete construction',
        dueDate: '2025-09-30',
      },
      { id: 'm2', kind: 'final_compliance', description: 'Final compliance', dueDate: '2026-03-31' },
    ],
  });
  t = await monitoringWorld(content);
});

describe('report obligations beyond the periodic ones', () => {
  it('a one-time report on its fixed date and a progress report 14 days after each schedule milestone', async () => {
    const manager = await t.as('manager@plating.test');
    const list = (await manager.get('/api/v1/reports')).json() as {
      kind: string;
      dueDate: string;
      title: string;
    }[];
    const byKind = (k: string) => list.filter((r) => r.kind === k).map((r) => r.dueDate);
    expect(byKind('ninety_day_compliance')).toEqual(['2025-05-02']);
    expect(byKind('schedule_progress').sort()).toEqual(['2025-10-14', '2026-04-14']);
    expect(list.find((r) => r.kind === 'schedule_progress')!.title).toMatch(/Cyanide destruction unit/);
  });
});

describe('the daily report sweep', () => {
  const outstanding = (dueDate: string, periodEnd: string) => insertObligation(t, { dueDate, periodEnd });

  it('opens one reporting violation per report outstanding more than 45 days, and none twice', async () => {
    const overdue = await outstanding(addDays(today(), -46), '2026-09-30');
    const within = await outstanding(addDays(today(), -45), '2026-10-31');
    await sweepReports(t.db, systemActor, today());
    const again = await sweepReports(t.db, systemActor, today());
    expect(again.opened).toBe(0);
    const rows = await t.db
      .select()
      .from(violations)
      .where(and(eq(violations.kind, 'reporting'), eq(violations.facilityId, t.world.orgs.plating.id)));
    const refs = rows.map((r) => r.limitRef);
    expect(refs).toContain(overdue);
    expect(refs).not.toContain(within);
    const v = rows.find((r) => r.limitRef === overdue)!;
    expect(v).toMatchObject({ status: 'open', computedValue: '46', limitValue: '45', unit: 'days late' });
    expect((v.explanation as { text: string }).text).toMatch(/not received by/);
    // the older obligations from the permit (e.g. the 90-day report due 2025-05-02) are overdue too
    const ninety = await t.db.select().from(reports).where(eq(reports.kind, 'ninety_day_compliance'));
    expect(refs).toContain(ninety[0]!.id);
  });
});

describe('report attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);

  async function draft() {
    const manager = await t.as('manager@plating.test');
    const list = (await manager.get('/api/v1/reports')).json() as {
      id: string;
      kind: string;
      periodEnd: string;
    }[];
    const id = list.find((r) => r.kind === 'periodic_compliance' && r.periodEnd === '2026-06-30')!.id;
    expect((await manager.post(`/api/v1/reports/${id}/prepare`)).statusCode).toBe(200);
    return { manager, id };
  }

  it('a PDF is attached with its digest, listed in the content and downloadable; an executable named .pdf is refused', async () => {
    const { manager, id } = await draft();
    const res = await manager.post(`/api/v1/reports/${id}/attachments`, {
      fileName: '../../lab report June.pdf',
      base64: pdf.toString('base64'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const [ref] = res.json().content.attachments;
    expect(ref).toMatchObject({
      name: 'lab report June.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = await manager.get(`/api/v1/reports/${id}/attachments/${ref.id}`);
    expect(Buffer.from(file.rawPayload).equals(pdf)).toBe(true);
    // kept across a rebuild from the record
    const rebuilt = (await manager.post(`/api/v1/reports/${id}/prepare`)).json();
    expect(rebuilt.content.attachments.map((a: { id: string }) => a.id)).toEqual([ref.id]);

    const refused = await manager.post(`/api/v1/reports/${id}/attachments`, {
      fileName: 'results.pdf',
      base64: exe.toString('base64'),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/application\/x-msdownload.*by its content/);
    const big = await manager.post(`/api/v1/reports/${id}/attachments`, {
      fileName: 'big.pdf',
      base64: Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]).toString('base64'),
    });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.message).toMatch(/larger than 10 MB/);
    // removing it from the draft leaves the stored file (append-only) but not the report
    const removed = await manager.request('PATCH', `/api/v1/reports/${id}/draft`, { attachmentIds: [] });
    expect(removed.json().content.attachments).toEqual([]);
    // another facility cannot fetch it
    const brewery = await t.as('manager@brewery.test');
    expect((await brewery.get(`/api/v1/reports/${id}/attachments/${ref.id}`)).statusCode).toBe(404);
  });
});
