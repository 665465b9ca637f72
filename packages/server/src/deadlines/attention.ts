import type { AttentionItem, AttentionView } from '@outfall/domain/contracts/deadlines';
import { addDays } from '@outfall/domain/schedules/dates';
import { and, count, eq, gte, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { notifications, violations } from '../db/schema';
import { listMonitoredFacilities } from '../monitoring/facility-scope';
import { listReports } from '../reports/reports.queries';
import { deadlinesFor } from './deadlines.queries';

const item = (
  id: string,
  label: string,
  n: number,
  link: string,
  severity: 'alert' | 'info',
  hint: string | null = null,
): AttentionItem => ({ id, label, count: n, link, severity: n > 0 ? severity : 'info', hint });

/**
 * What needs attention first, for the active membership's role: counts computed from the same
 * queries as the lists they link to (so a count and its list always agree).
 */
export async function attentionFor(db: Db, actor: Actor, asOf: string): Promise<AttentionView> {
  const m = actor.active!;
  const facilities = await listMonitoredFacilities(db, m);
  const ids = facilities.map((f) => f.id);
  const openViolations = async (kind?: 'effluent' | 'monitoring' | 'reporting') => {
    if (ids.length === 0) return 0;
    const [row] = await db
      .select({ n: count() })
      .from(violations)
      .where(
        and(
          inArray(violations.facilityId, ids),
          eq(violations.status, 'open'),
          ...(kind ? [eq(violations.kind, kind)] : []),
        ),
      );
    return row?.n ?? 0;
  };
  if (m.kind === 'authority' && m.role === 'inspector') {
    const sampling = (
      await deadlinesFor(db, m, { kind: 'sampling', from: asOf, to: addDays(asOf, 7) }, asOf)
    ).filter((d) => d.ownerOrganizationId === m.organizationId);
    return {
      audience: 'inspector',
      items: [
        item(
          'sampling-week',
          'Authority sampling due this week',
          sampling.length,
          '/calendar?view=list&kind=sampling&range=week',
          'info',
        ),
        item(
          'violations-open',
          'Open violations',
          await openViolations(),
          '/monitoring/violations?status=open',
          'alert',
        ),
      ],
    };
  }

  // the inspector's dashboard needs only its own sampling: the full deadline list is computed after it
  const deadlines = await deadlinesFor(db, m, { from: addDays(asOf, -92), to: addDays(asOf, 180) }, asOf);
  const within = (days: number) =>
    deadlines.filter((d) => d.dueDate >= asOf && d.dueDate <= addDays(asOf, days));
  const overdue = deadlines.filter((d) => d.state === 'overdue');

  if (m.kind === 'authority') {
    const review = await listReports(db, m, { queue: 'review' });
    const late = await listReports(db, m, { queue: 'late' });
    const expiring = deadlines.filter((d) => d.kind === 'permit_expiry' && d.dueDate <= addDays(asOf, 180));
    return {
      audience: m.role === 'viewer' ? 'authority_viewer' : 'coordinator',
      items: [
        item(
          'violations-open',
          'Violations to act on',
          await openViolations(),
          '/monitoring/violations?status=open',
          'alert',
        ),
        item('reports-review', 'Reports to review', review.length, '/reports?queue=review', 'info'),
        item('reports-late', 'Reports overdue', late.length, '/reports?queue=late', 'alert'),
        item(
          'permits-expiring',
          'Permits expiring within 180 days',
          expiring.length,
          '/calendar?view=list&kind=permit_expiry',
          'alert',
          null,
        ),
        item(
          'deadlines-overdue',
          'Overdue deadlines',
          overdue.length,
          '/calendar?view=list&state=overdue',
          'alert',
        ),
      ],
    };
  }

  const signature = m.signatory ? await listReports(db, m, { queue: 'signature' }) : [];
  const signatureItem = m.signatory
    ? [
        item(
          'reports-signature',
          'Reports waiting for your signature',
          signature.length,
          '/reports?queue=signature',
          'alert',
        ),
      ]
    : [];
  if (m.role === 'operator' || m.role === 'viewer') {
    const todays = deadlines.filter(
      (d) => d.kind === 'sampling' && d.dueDate >= asOf && d.dueDate <= addDays(asOf, 1),
    );
    return {
      audience: m.role === 'operator' ? 'operator' : 'facility_viewer',
      items: [
        item(
          'sampling-today',
          'Samples due today or tomorrow',
          todays.length,
          '/calendar?view=list&kind=sampling&range=day',
          'alert',
        ),
        item(
          'sampling-week',
          'Samples due this week',
          within(7).filter((d) => d.kind === 'sampling').length,
          '/calendar?view=list&kind=sampling&range=week',
          'info',
        ),
        item(
          'violations-open',
          'Open exceedances',
          await openViolations('effluent'),
          '/monitoring/violations?status=open&kind=effluent',
          'alert',
        ),
        ...signatureItem,
      ],
    };
  }
  const [warnings] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, actor.userId),
        eq(notifications.kind, 'warning'),
        gte(notifications.createdAt, new Date(`${addDays(asOf, -30)}T00:00:00Z`)),
      ),
    );
  return {
    audience: 'manager',
    items: [
      item(
        'sampling-week',
        'Samples due in the next 7 days',
        within(7).filter((d) => d.kind === 'sampling').length,
        '/calendar?view=list&kind=sampling&range=week',
        'info',
      ),
      item(
        'reports-due',
        'Reports due in the next 30 days',
        within(30).filter((d) => d.kind === 'report').length,
        '/calendar?view=list&kind=report&range=month',
        'info',
      ),
      item(
        'violations-open',
        'Open exceedances',
        await openViolations('effluent'),
        '/monitoring/violations?status=open&kind=effluent',
        'alert',
      ),
      item(
        'headroom',
        'Low-headroom warnings (30 days)',
        warnings?.n ?? 0,
        '/notifications?kind=warning',
        'alert',
        'Period values within 10 % of an enforceable limit',
      ),
      item(
        'deadlines-overdue',
        'Overdue deadlines',
        overdue.length,
        '/calendar?view=list&state=overdue',
        'alert',
      ),
      ...signatureItem,
    ],
  };
}
