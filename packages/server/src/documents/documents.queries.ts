import type {
  DocumentLink,
  DocumentListQuery,
  DocumentSummaryView,
  DocumentView,
  RetentionRule,
} from '@outfall/domain/contracts/documents';
import {
  defaultRetentionRule,
  effectiveRetentionRules,
  retentionStatus,
} from '@outfall/domain/documents/retention';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActiveMembership } from '../auth/actor';
import { can } from '../auth/policy';
import type { Queryable, Tx } from '../db/connect';
import {
  documentHolds,
  documents,
  documentVersions,
  organizations,
  retentionRules,
  users,
} from '../db/schema';
import { notFound } from '../errors';
import { today } from '../permits/permit-views';
import { linkViews } from './links';

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;

/** The owning organization of a document, joined as `document_owner`. */
export const owner = alias(organizations, 'document_owner');

/** A link to the facility, as stored in `documents.links` (for jsonb containment). */
export const facilityLinkJson = (facilityId: string) =>
  JSON.stringify([{ kind: 'facility', id: facilityId } satisfies DocumentLink]);

/**
 * Documents a membership may read (with `owner` joined): its organization's own; for an authority
 * the shared documents of the facilities it regulates; for a regulated facility the authority's
 * shared documents linked to it (a `facility` link). Deleted documents are nobody's.
 */
export function visibleDocumentsWhere(m: ActiveMembership): SQL {
  const own = eq(documents.organizationId, m.organizationId);
  const shared = eq(documents.visibility, 'shared');
  const seen =
    m.kind === 'authority'
      ? and(shared, eq(owner.regulatedById, m.organizationId))
      : m.regulatedById
        ? and(
            shared,
            eq(documents.organizationId, m.regulatedById),
            sql`${documents.links} @> ${facilityLinkJson(m.organizationId)}::jsonb`,
          )
        : undefined;
  return and(isNull(documents.deletedAt), seen ? sql`(${own} or ${seen})` : own)!;
}

export interface DocumentRecord {
  document: DocumentRow;
  organizationName: string;
  regulatedById: string | null;
}

/** A document the membership may read; 404 otherwise (no existence leak). */
export async function findVisibleDocument(
  db: Queryable,
  m: ActiveMembership,
  id: string,
): Promise<DocumentRecord> {
  const [row] = await db
    .select({ document: documents, organizationName: owner.name, regulatedById: owner.regulatedById })
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.organizationId))
    .where(and(eq(documents.id, id), visibleDocumentsWhere(m)));
  if (!row) throw notFound('Document');
  return row;
}

/** The organization's own rules (rows), without defaults. */
export async function ownRetentionRules(db: Queryable, organizationId: string): Promise<RetentionRule[]> {
  const rows = await db
    .select()
    .from(retentionRules)
    .where(eq(retentionRules.organizationId, organizationId));
  return rows.map((r) => ({ kind: r.kind, years: r.years, basis: r.basis }));
}

/** Every kind's rule for the organization: its own where set, the §3.6 default otherwise. */
export async function rulesOf(db: Queryable, organizationId: string): Promise<RetentionRule[]> {
  return effectiveRetentionRules(await ownRetentionRules(db, organizationId));
}

export async function ruleFor(db: Queryable, doc: DocumentRow): Promise<RetentionRule> {
  const [row] = await db
    .select()
    .from(retentionRules)
    .where(and(eq(retentionRules.organizationId, doc.organizationId), eq(retentionRules.kind, doc.kind)));
  return row ? { kind: row.kind, years: row.years, basis: row.basis } : defaultRetentionRule(doc.kind);
}

export function openHolds(db: Queryable, documentId: string) {
  return db
    .select({ hold: documentHolds, placedByName: users.name })
    .from(documentHolds)
    .leftJoin(users, eq(users.id, documentHolds.placedByUserId))
    .where(and(eq(documentHolds.documentId, documentId), isNull(documentHolds.releasedAt)))
    .orderBy(asc(documentHolds.placedAt));
}

/** Retention of a document now: its rule, keep-until date, open holds and whether it may go. */
export async function retentionOf(db: Queryable, doc: DocumentRow) {
  const rule = await ruleFor(db, doc);
  const holds = await openHolds(db, doc.id);
  const status = retentionStatus(
    rule,
    doc,
    holds.map((h) => h.hold),
    today(),
  );
  return {
    rule,
    ...status,
    holds: holds.map((h) => ({
      id: h.hold.id,
      reason: h.hold.reason,
      placedAt: h.hold.placedAt.toISOString(),
      placedByName: h.placedByName,
    })),
  };
}

export function listVersionRows(db: Queryable, documentId: string) {
  return db
    .select({ version: documentVersions, uploadedByName: users.name })
    .from(documentVersions)
    .leftJoin(users, eq(users.id, documentVersions.uploadedByUserId))
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(asc(documentVersions.version));
}

/** The document as this reader sees it. */
export async function documentView(
  db: Queryable,
  m: ActiveMembership,
  record: DocumentRecord,
): Promise<DocumentView> {
  const { document: d } = record;
  const versions = await listVersionRows(db, d.id);
  const retention = await retentionOf(db, d);
  const owns = d.organizationId === m.organizationId;
  return {
    id: d.id,
    organizationId: d.organizationId,
    organizationName: record.organizationName,
    title: d.title,
    kind: d.kind,
    visibility: d.visibility,
    tags: d.tags,
    documentDate: d.documentDate,
    expiresOn: d.expiresOn,
    links: await linkViews(db, m, d.links),
    currentVersion: d.currentVersion,
    versions: versions.map(({ version: v, uploadedByName }) => ({
      version: v.version,
      fileName: v.fileName,
      mediaType: v.mediaType,
      size: v.size,
      sha256: v.sha256,
      note: v.note,
      uploadedAt: v.uploadedAt.toISOString(),
      uploadedByName,
      hasText: v.text !== null,
    })),
    retention,
    createdAt: d.createdAt.toISOString(),
    can: {
      edit: owns && can(m, 'document.write'),
      hold: owns && can(m, 'document.manage'),
      delete: owns && can(m, 'document.manage') && retention.deletable,
    },
  };
}

/** Reads the document again (after a change) as the reader sees it. */
export async function viewDocument(db: Queryable, m: ActiveMembership, id: string) {
  return documentView(db, m, await findVisibleDocument(db, m, id));
}

const HEADLINE_OPTIONS =
  'MaxFragments=2, MinWords=5, MaxWords=25, FragmentDelimiter=" … ", StartSel=«, StopSel=»';

/** A websearch query over the documents' search vectors (title A, tags B, link labels C, text D). */
export const tsQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/** Documents the membership may read, filtered; with `q`, ranked by relevance with an excerpt. */
export async function listDocuments(
  db: Queryable,
  m: ActiveMembership,
  query: DocumentListQuery,
  limit = 500,
): Promise<DocumentSummaryView[]> {
  const filters: (SQL | undefined)[] = [visibleDocumentsWhere(m)];
  if (query.organizationId) filters.push(eq(documents.organizationId, query.organizationId));
  if (query.kind) filters.push(eq(documents.kind, query.kind));
  if (query.tag) filters.push(sql`${documents.tags} @> array[${query.tag}]::text[]`);
  if (query.linkKind || query.linkId) {
    const link: Record<string, string> = {};
    if (query.linkKind) link.kind = query.linkKind;
    if (query.linkId) link.id = query.linkId;
    filters.push(sql`${documents.links} @> ${JSON.stringify([link])}::jsonb`);
  }
  const q = query.q?.trim() || null;
  if (q) filters.push(sql`${documents.searchVector} @@ ${tsQuery(q)}`);
  const excerpt = q
    ? sql<
        string | null
      >`ts_headline('english', coalesce(${documentVersions.text}, ${documents.title}), ${tsQuery(q)}, ${HEADLINE_OPTIONS})`
    : sql<string | null>`null`;
  const rows = await db
    .select({
      document: documents,
      organizationName: owner.name,
      fileName: documentVersions.fileName,
      mediaType: documentVersions.mediaType,
      size: documentVersions.size,
      excerpt,
    })
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.organizationId))
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.documentId, documents.id),
        eq(documentVersions.version, documents.currentVersion),
      ),
    )
    .where(and(...filters))
    .orderBy(
      ...(q ? [desc(sql`ts_rank(${documents.searchVector}, ${tsQuery(q)})`)] : []),
      desc(documents.documentDate),
      desc(documents.createdAt),
    )
    .limit(limit);
  return rows.map((r) => ({
    id: r.document.id,
    organizationId: r.document.organizationId,
    organizationName: r.organizationName,
    title: r.document.title,
    kind: r.document.kind,
    visibility: r.document.visibility,
    tags: r.document.tags,
    documentDate: r.document.documentDate,
    currentVersion: r.document.currentVersion,
    createdAt: r.document.createdAt.toISOString(),
    fileName: r.fileName,
    mediaType: r.mediaType,
    size: r.size,
    excerpt: r.excerpt,
  }));
}

/** Text longer than this is left out of the search vector if the whole of it would not fit in one. */
const FALLBACK_VECTOR_CHARS = 200_000;

/**
 * Recomputes `search_vector` in SQL from the title (A), tags (B), the links' labels (C) and the
 * current version's text (D). A very large text whose vector would exceed PostgreSQL's 1 MB
 * tsvector limit is indexed by its beginning only (the attempt runs in a savepoint).
 */
export async function refreshSearchVector(tx: Tx, documentId: string, linkLabels: readonly string[]) {
  const labels = linkLabels.join(' ');
  const update = (textLimit: number | null) => {
    const text =
      textLimit === null ? sql`coalesce(v.text, '')` : sql`left(coalesce(v.text, ''), ${textLimit}::int)`;
    return sql`update documents d set search_vector =
        setweight(to_tsvector('english', d.title), 'A') ||
        setweight(to_tsvector('english', array_to_string(d.tags, ' ')), 'B') ||
        setweight(to_tsvector('english', ${labels}::text), 'C') ||
        setweight(to_tsvector('english', ${text}), 'D')
      from document_versions v
      where d.id = ${documentId} and v.document_id = d.id and v.version = d.current_version`;
  };
  try {
    await tx.transaction(async (sp) => {
      await sp.execute(update(null));
    });
  } catch {
    await tx.execute(update(FALLBACK_VECTOR_CHARS));
  }
}

/** One document for the audit binder, with where each version's bytes are. */
export interface BinderDocument {
  id: string;
  organizationId: string;
  organizationName: string;
  title: string;
  kind: DocumentRow['kind'];
  visibility: DocumentRow['visibility'];
  tags: string[];
  documentDate: string;
  expiresOn: string | null;
  links: DocumentLink[];
  currentVersion: number;
  versions: {
    version: number;
    fileName: string;
    mediaType: string;
    size: number;
    sha256: string;
    uploadedAt: string;
    /** The provider that holds the bytes (`database`, `disk`, `s3`) and the key there. */
    storageProvider: string;
    storageKey: string;
  }[];
}

/**
 * The documents of a facility for its audit binder: its own, and its authority's linked to it
 * (a `facility` link), not deleted, whose document date or a version's upload day falls within
 * [from, to]. With `viewer` only those the membership may read (pass it: a facility must not get its
 * authority's private documents); the caller checks that the viewer may see the facility at all.
 * Read the bytes with `readVersionBytes`.
 */
export async function documentsForBinder(
  db: Queryable,
  facilityId: string,
  from: string,
  to: string,
  viewer?: ActiveMembership,
): Promise<BinderDocument[]> {
  const [facility] = await db
    .select({ regulatedById: organizations.regulatedById })
    .from(organizations)
    .where(eq(organizations.id, facilityId));
  if (!facility) return [];
  const ofFacility = facility.regulatedById
    ? sql`(${eq(documents.organizationId, facilityId)} or (${eq(documents.organizationId, facility.regulatedById)} and ${documents.links} @> ${facilityLinkJson(facilityId)}::jsonb))`
    : eq(documents.organizationId, facilityId);
  const inRange = sql`(${documents.documentDate} between ${from} and ${to} or exists (
      select 1 from document_versions r where r.document_id = ${documents.id}
      and (r.uploaded_at at time zone 'UTC')::date between ${from} and ${to}))`;
  const rows = await db
    .select({ document: documents, organizationName: owner.name })
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.organizationId))
    .where(
      and(
        isNull(documents.deletedAt),
        ofFacility,
        inRange,
        viewer ? visibleDocumentsWhere(viewer) : undefined,
      ),
    )
    .orderBy(asc(documents.documentDate), asc(documents.title));
  const result: BinderDocument[] = [];
  for (const { document: d, organizationName } of rows) {
    const versions = await db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, d.id))
      .orderBy(asc(documentVersions.version));
    result.push({
      id: d.id,
      organizationId: d.organizationId,
      organizationName,
      title: d.title,
      kind: d.kind,
      visibility: d.visibility,
      tags: d.tags,
      documentDate: d.documentDate,
      expiresOn: d.expiresOn,
      links: d.links,
      currentVersion: d.currentVersion,
      versions: versions.map((v) => ({
        version: v.version,
        fileName: v.fileName,
        mediaType: v.mediaType,
        size: v.size,
        sha256: v.sha256,
        uploadedAt: v.uploadedAt.toISOString(),
        storageProvider: v.storageProvider,
        storageKey: v.storageKey,
      })),
    });
  }
  return result;
}
