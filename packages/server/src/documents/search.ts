import type { SearchHit } from '@outfall/domain/contracts/documents';
import { and, asc, eq, ilike, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { can, visibleOrganizationsWhere } from '../auth/policy';
import type { Db } from '../db/connect';
import { organizations, permits, reports } from '../db/schema';
import { forbidden } from '../errors';
import { visiblePermitsWhere } from '../permits/permits.queries';
import { listDocuments } from './documents.queries';

export const MAX_SEARCH_HITS = 20;

const like = (q: string) => `%${q.replaceAll(/[%_\\]/g, (c) => `\\${c}`)}%`;

/**
 * Reports a membership sees — the same rule as `reports/reports.queries.ts`: the facility's own, or
 * for an authority the reports of facilities it regulates under permits it issued.
 */
function visibleReportsWhere(m: NonNullable<Actor['active']>): SQL {
  return m.kind === 'authority'
    ? and(visibleOrganizationsWhere(m), eq(permits.issuingAuthorityId, m.organizationId))!
    : visibleOrganizationsWhere(m)!;
}

/** Takes from each list in turn, so that one kind of record does not crowd out the others. */
function interleave<T>(lists: T[][], max: number): T[] {
  const out: T[] = [];
  for (let i = 0; out.length < max && lists.some((l) => i < l.length); i++)
    for (const list of lists) if (i < list.length && out.length < max) out.push(list[i]!);
  return out;
}

/**
 * The app-wide search box: documents (full text), facilities (by name), permits (by number) and
 * reports (by title) that the active membership may see, at most 20 hits.
 */
export async function searchEverything(db: Db, actor: Actor, q: string): Promise<SearchHit[]> {
  const m = actor.active;
  if (!m) throw forbidden('Choose an organization to act for');
  const text = q.trim();
  if (!text) return [];
  const pattern = like(text);
  const limit = MAX_SEARCH_HITS;

  const facilities: SearchHit[] = can(m, 'facility.read')
    ? (
        await db
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(
            and(
              eq(organizations.kind, 'facility'),
              visibleOrganizationsWhere(m),
              ilike(organizations.name, pattern),
            ),
          )
          .orderBy(asc(organizations.name))
          .limit(limit)
      ).map((o) => ({
        type: 'facility' as const,
        id: o.id,
        title: o.name,
        subtitle: 'Facility',
        href: o.id === m.organizationId ? '/my-facility' : `/facilities/${o.id}`,
      }))
    : [];

  const permitHits: SearchHit[] = can(m, 'permit.read')
    ? (
        await db
          .select({
            id: permits.id,
            number: permits.permitNumber,
            status: permits.status,
            facility: organizations.name,
          })
          .from(permits)
          .innerJoin(organizations, eq(organizations.id, permits.facilityId))
          .where(and(visiblePermitsWhere(m), ilike(permits.permitNumber, pattern)))
          .orderBy(asc(permits.permitNumber))
          .limit(limit)
      ).map((p) => ({
        type: 'permit' as const,
        id: p.id,
        title: `Permit ${p.number}`,
        subtitle: `${p.facility} · ${p.status}`,
        href: `/permits/${p.id}`,
      }))
    : [];

  const reportHits: SearchHit[] = can(m, 'report.read')
    ? (
        await db
          .select({
            id: reports.id,
            title: reports.title,
            facility: organizations.name,
            due: reports.dueDate,
          })
          .from(reports)
          .innerJoin(organizations, eq(organizations.id, reports.facilityId))
          .innerJoin(permits, eq(permits.id, reports.permitId))
          .where(and(visibleReportsWhere(m), ilike(reports.title, pattern)))
          .orderBy(asc(reports.dueDate))
          .limit(limit)
      ).map((r) => ({
        type: 'report' as const,
        id: r.id,
        title: r.title,
        subtitle: `${r.facility} · due ${r.due}`,
        href: `/reports/${r.id}`,
      }))
    : [];

  const documentHits: SearchHit[] = can(m, 'document.read')
    ? (await listDocuments(db, m, { q: text }, limit)).map((d) => ({
        type: 'document' as const,
        id: d.id,
        title: d.title,
        subtitle: d.excerpt ?? `${d.organizationName} · ${d.documentDate}`,
        href: `/documents/${d.id}`,
      }))
    : [];

  return interleave([documentHits, facilities, permitHits, reportHits], limit);
}
