import {
  AddDocumentVersionInput,
  CreateDocumentInput,
  DocumentListQuery,
  DocumentSummaryView,
  DocumentView,
  HoldInput,
  RetentionRule,
  SearchHit,
  UpdateDocumentInput,
} from '@outfall/domain/contracts/documents';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../auth/policy';
import { documentVersions } from '../db/schema';
import { notFound } from '../errors';
import type { App, Deps } from '../http/types';
import { addDocumentVersion } from './add-version';
import { createDocument } from './create-document';
import { deleteDocument } from './delete-document';
import { findVisibleDocument, listDocuments, viewDocument } from './documents.queries';
import { placeHold } from './place-hold';
import { readVersionBytes } from './read-file';
import { releaseHold } from './release-hold';
import { listRetentionRules, updateRetentionRules } from './retention-rules';
import { searchEverything } from './search';
import { updateDocument } from './update-document';

const tags = ['documents'];
const params = z.object({ id: z.uuid() });
/** 25 MB of file as base64 in JSON, with room for the other fields. */
const bodyLimit = 40 * 1024 * 1024;

/** Types a browser may show in place; anything else is always a download. */
const INLINE = /^(application\/pdf|image\/(png|jpeg|gif|webp|tiff|heic))$/;
/** Shown in place, a file may run nothing and load nothing from elsewhere. */
const FILE_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9 ._()-]+/g, '_').slice(0, 150) || 'document';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function documentRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  const { storage } = deps;

  app.post(
    '/api/v1/documents',
    {
      config: { access: 'document.write' },
      bodyLimit,
      schema: { tags, body: CreateDocumentInput, response: { 201: DocumentView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const id = await createDocument({ db, storage, actor, input: request.body });
      return reply.status(201).send(await viewDocument(db, actor.active!, id));
    },
  );

  app.get(
    '/api/v1/documents',
    {
      config: { access: 'document.read' },
      schema: { tags, querystring: DocumentListQuery, response: { 200: z.array(DocumentSummaryView) } },
    },
    (request) => listDocuments(db, authorize(request.actor!, 'document.read'), request.query),
  );

  app.get(
    '/api/v1/documents/:id',
    { config: { access: 'document.read' }, schema: { tags, params, response: { 200: DocumentView } } },
    (request) => viewDocument(db, authorize(request.actor!, 'document.read'), request.params.id),
  );

  app.patch(
    '/api/v1/documents/:id',
    {
      config: { access: 'document.write' },
      schema: { tags, params, body: UpdateDocumentInput, response: { 200: DocumentView } },
    },
    async (request) => {
      const actor = request.actor!;
      await updateDocument({ db, actor, documentId: request.params.id, input: request.body });
      return viewDocument(db, actor.active!, request.params.id);
    },
  );

  app.post(
    '/api/v1/documents/:id/versions',
    {
      config: { access: 'document.write' },
      bodyLimit,
      schema: { tags, params, body: AddDocumentVersionInput, response: { 201: DocumentView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      await addDocumentVersion({ db, storage, actor, documentId: request.params.id, input: request.body });
      return reply.status(201).send(await viewDocument(db, actor.active!, request.params.id));
    },
  );

  app.get(
    '/api/v1/documents/:id/versions/:version/file',
    {
      config: { access: 'document.read' },
      schema: {
        tags,
        params: params.extend({ version: z.coerce.number().int().min(1) }),
        querystring: z.object({ disposition: z.enum(['inline', 'attachment']).optional() }),
      },
    },
    async (request, reply) => {
      const m = authorize(request.actor!, 'document.read');
      const { document } = await findVisibleDocument(db, m, request.params.id);
      const [version] = await db
        .select()
        .from(documentVersions)
        .where(
          and(
            eq(documentVersions.documentId, document.id),
            eq(documentVersions.version, request.params.version),
          ),
        );
      if (!version) throw notFound(`Version ${request.params.version} of the document`);
      const bytes = await readVersionBytes(db, storage, version);
      const inline = request.query.disposition === 'inline' && INLINE.test(version.mediaType);
      return reply
        .type(version.mediaType)
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', version.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', FILE_CSP)
        .header('cache-control', 'private, no-store')
        .header('x-document-sha256', version.sha256)
        .send(bytes);
    },
  );

  app.post(
    '/api/v1/documents/:id/holds',
    {
      config: { access: 'document.manage' },
      schema: { tags, params, body: HoldInput, response: { 200: DocumentView } },
    },
    async (request) => {
      const actor = request.actor!;
      await placeHold({ db, actor, documentId: request.params.id, reason: request.body.reason });
      return viewDocument(db, actor.active!, request.params.id);
    },
  );

  app.post(
    '/api/v1/documents/:id/holds/:holdId/release',
    {
      config: { access: 'document.manage' },
      schema: { tags, params: params.extend({ holdId: z.uuid() }), response: { 200: DocumentView } },
    },
    async (request) => {
      const actor = request.actor!;
      await releaseHold({ db, actor, documentId: request.params.id, holdId: request.params.holdId });
      return viewDocument(db, actor.active!, request.params.id);
    },
  );

  app.delete(
    '/api/v1/documents/:id',
    { config: { access: 'document.manage' }, schema: { tags, params } },
    async (request, reply) => {
      await deleteDocument({
        db,
        storage,
        actor: request.actor!,
        documentId: request.params.id,
        log: (err) => request.log.error(err, 'stored bytes of a deleted document could not be removed'),
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/retention-rules',
    {
      config: { access: 'document.read' },
      schema: { tags, response: { 200: z.array(RetentionRule) } },
    },
    (request) => listRetentionRules(db, request.actor!),
  );

  app.put(
    '/api/v1/retention-rules',
    {
      config: { access: 'document.manage' },
      schema: { tags, body: z.array(RetentionRule).max(100), response: { 200: z.array(RetentionRule) } },
    },
    (request) => updateRetentionRules(db, request.actor!, request.body),
  );

  app.get(
    '/api/v1/search',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['search'],
        querystring: z.object({ q: z.string().trim().max(200).default('') }),
        response: { 200: z.array(SearchHit) },
      },
    },
    (request) => searchEverything(db, request.actor!, request.query.q),
  );
}
