import type { DocumentLink, DocumentLinkView } from '@outfall/domain/contracts/documents';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ActiveMembership } from '../auth/actor';
import { visibleOrganizationsWhere } from '../auth/policy';
import type { Queryable } from '../db/connect';
import { inspections, organizations, permits, reports, samples, violations } from '../db/schema';
import { AppError } from '../errors';

const isUuid = (id: string) => z.uuid().safeParse(id).success;

interface Resolved {
  label: string;
  href: string | null;
  /** The facility (organization) the record belongs to, to check the writer may see it. */
  organizationId: string | null;
}

/** The record a link names, in words, or null when there is none. */
async function resolve(db: Queryable, m: ActiveMembership, link: DocumentLink): Promise<Resolved | null> {
  const { kind, id } = link;
  if (kind === 'outfall') {
    const [permitId, code] = id.split('/');
    if (!permitId || !code || !isUuid(permitId)) return null;
    const [p] = await db.select().from(permits).where(eq(permits.id, permitId));
    if (!p) return null;
    return {
      label: `Outfall ${code} (permit ${p.permitNumber})`,
      href: `/permits/${p.id}`,
      organizationId: p.facilityId,
    };
  }
  if (kind === 'inspection') {
    if (!isUuid(id)) return null;
    const [i] = await db
      .select({
        facilityId: inspections.facilityId,
        day: inspections.scheduledDate,
        on: inspections.inspectedOn,
        name: organizations.name,
      })
      .from(inspections)
      .innerJoin(organizations, eq(organizations.id, inspections.facilityId))
      .where(eq(inspections.id, id));
    if (!i) return null;
    return {
      label: `Inspection of ${i.name} on ${i.on ?? i.day}`,
      href: `/inspections/${id}`,
      organizationId: i.facilityId,
    };
  }
  // records without a table yet (enforcement actions) are named by their id
  if (kind === 'enforcement_action')
    return {
      label: `Enforcement action ${id}`,
      href: null,
      organizationId: null,
    };
  if (!isUuid(id)) return null;
  if (kind === 'facility') {
    const [o] = await db.select().from(organizations).where(eq(organizations.id, id));
    if (o?.kind !== 'facility') return null;
    return {
      label: o.name,
      href: m.organizationId === o.id ? '/my-facility' : `/facilities/${o.id}`,
      organizationId: o.id,
    };
  }
  if (kind === 'permit') {
    const [p] = await db.select().from(permits).where(eq(permits.id, id));
    if (!p) return null;
    return { label: `Permit ${p.permitNumber}`, href: `/permits/${p.id}`, organizationId: p.facilityId };
  }
  if (kind === 'sample') {
    const [s] = await db.select().from(samples).where(eq(samples.id, id));
    if (!s) return null;
    return {
      label: `Sample ${s.sampleDate} at ${s.monitoringPoint}`,
      href: null,
      organizationId: s.facilityId,
    };
  }
  if (kind === 'violation') {
    const [v] = await db.select().from(violations).where(eq(violations.id, id));
    if (!v) return null;
    return {
      label: `Violation ${v.parameterCode} at ${v.monitoringPoint}, ${v.periodStart} to ${v.periodEnd}`,
      href: null,
      organizationId: v.facilityId,
    };
  }
  const [r] = await db.select().from(reports).where(eq(reports.id, id));
  if (!r) return null;
  return { label: r.title, href: `/reports/${r.id}`, organizationId: r.facilityId };
}

/** The links in words for a reader; a record gone since is named by its kind and id. */
export async function linkViews(
  db: Queryable,
  m: ActiveMembership,
  links: readonly DocumentLink[],
): Promise<DocumentLinkView[]> {
  const views: DocumentLinkView[] = [];
  for (const link of links) {
    const r = await resolve(db, m, link);
    views.push({ ...link, label: r?.label ?? `${link.kind} ${link.id}`, href: r?.href ?? null });
  }
  return views;
}

/**
 * Checks the links a writer gives: each names a record that exists and belongs to an organization
 * the writer sees (its own, or for an authority a facility it regulates); duplicates are dropped.
 * Returns the links with their labels (the labels go into the search vector).
 */
export async function checkLinks(
  db: Queryable,
  m: ActiveMembership,
  links: readonly DocumentLink[],
): Promise<DocumentLinkView[]> {
  const seen = new Set<string>();
  const views: DocumentLinkView[] = [];
  for (const [index, link] of links.entries()) {
    const id = `${link.kind}:${link.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const r = await resolve(db, m, link);
    let visible = r !== null;
    if (r?.organizationId) {
      const [o] = await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.id, r.organizationId), visibleOrganizationsWhere(m)));
      visible = !!o;
    }
    if (!r || !visible)
      throw new AppError(
        'validation_failed',
        `The linked ${link.kind.replace('_', ' ')} ${link.id} was not found`,
        [{ path: `links.${index}.id`, message: `no ${link.kind.replace('_', ' ')} with this id` }],
      );
    views.push({ ...link, label: r.label, href: r.href });
  }
  return views;
}
