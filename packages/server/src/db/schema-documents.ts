import type { DocumentLink } from '@outfall/domain/contracts/documents';
import { DocumentKind, DocumentVisibility } from '@outfall/domain/contracts/documents';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, day, stamp, tsvector } from './columns';
import { enumValues } from './enum-values';
import { organizations, users } from './schema';

/** A document of one organization; its files are the versions. Deleted documents keep their audit events. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: enumValues(DocumentKind) }).notNull(),
    visibility: text('visibility', { enum: enumValues(DocumentVisibility) }).notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    documentDate: day('document_date').notNull(),
    expiresOn: day('expires_on'),
    links: jsonb('links').$type<DocumentLink[]>().notNull().default([]),
    currentVersion: integer('current_version').notNull().default(1),
    /** Title, tags, link labels and the current version's text, for full-text search. */
    searchVector: tsvector('search_vector'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
    deletedAt: stamp('deleted_at'),
  },
  (t) => [
    index('documents_org_idx').on(t.organizationId, t.documentDate),
    index('documents_search_idx').using('gin', t.searchVector),
  ],
);

/** One uploaded file of a document. The bytes live in the storage provider under `storage_key`. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageProvider: text('storage_provider').notNull(),
    storageKey: text('storage_key').notNull(),
    /** Text extracted at upload (PDF, text files), null when none could be. */
    text: text('text'),
    note: text('note'),
    uploadedAt: stamp('uploaded_at').notNull().defaultNow(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('document_versions_doc_version_idx').on(t.documentId, t.version)],
);

/** File bytes kept in the database (the default storage provider, no setup). */
export const storedFiles = pgTable('stored_files', {
  key: text('key').primaryKey(),
  bytes: bytea('bytes').notNull(),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

/** Retention years per document kind, per organization (defaults from §3.6 when absent). */
export const retentionRules = pgTable(
  'retention_rules',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind', { enum: enumValues(DocumentKind) }).notNull(),
    years: integer('years').notNull(),
    basis: text('basis', { enum: ['document_date', 'expiry'] }).notNull(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('retention_rules_org_kind_idx').on(t.organizationId, t.kind)],
);

/** A litigation or request hold: while released_at is null the document cannot be deleted. */
export const documentHolds = pgTable(
  'document_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    reason: text('reason').notNull(),
    placedAt: stamp('placed_at').notNull().defaultNow(),
    placedByUserId: uuid('placed_by_user_id').references(() => users.id),
    releasedAt: stamp('released_at'),
    releasedByUserId: uuid('released_by_user_id').references(() => users.id),
  },
  (t) => [index('document_holds_doc_idx').on(t.documentId)],
);
