import { AuditPage, AuditQuery } from '@outfall/domain/contracts/audit';
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { App, Deps } from '../http/types';
import { auditFilters, listAuditEvents } from './audit.queries';

const CSV_MAX_ROWS = 100_000;

/** A record's history is open to anyone who can see the record; the organization-wide log to admins. */
function scopeFor(actor: Actor | null, q: AuditQuery) {
  const recordView = Boolean(q.subjectType && q.subjectId);
  const membership = authorize(actor, recordView ? 'audit.read_record' : 'audit.read_organization');
  return { membership, recordView };
}

export function auditRoutes(app: App, { database: { db } }: Deps) {
  app.get(
    '/api/v1/audit',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditPage } },
    },
    async (request) => {
      const { membership, recordView } = scopeFor(request.actor, request.query);
      const events = await listAuditEvents(
        db,
        auditFilters(db, membership, request.query, recordView),
        request.query.limit,
      );
      const last = events[events.length - 1];
      return { events, nextBeforeSeq: events.length === request.query.limit && last ? last.seq : null };
    },
  );
  app.get(
    '/api/v1/audit.csv',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['audit'], querystring: AuditQuery.omit({ limit: true }) },
    },
    async (request, reply) => {
      const q = { ...request.query, limit: CSV_MAX_ROWS };
      const { membership, recordView } = scopeFor(request.actor, q);
      const events = await listAuditEvents(db, auditFilters(db, membership, q, recordView), CSV_MAX_ROWS);
      const csv = stringify(
        events.map((e) => [
          e.seq,
          e.occurredAt,
          e.eventType,
          e.actorEmail ?? '',
          e.subjectType,
          e.subjectId,
          e.ip ?? '',
          JSON.stringify(e.before),
          JSON.stringify(e.after),
          e.hash,
        ]),
        {
          header: true,
          columns: [
            'seq',
            'occurred_at',
            'event_type',
            'actor',
            'subject_type',
            'subject_id',
            'ip',
            'before',
            'after',
            'hash',
          ],
        },
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="outfall-audit.csv"')
        .send(csv);
    },
  );
}
