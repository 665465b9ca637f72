import {
  AmendReportInput,
  AttachReportFileInput,
  CertificationTemplateView,
  CopyOfRecordVerification,
  CreateSignatoryAuthorizationInput,
  GenerateReportsInput,
  RecordReceiptInput,
  ReportListQuery,
  ReportSummaryView,
  ReportView,
  ReviewReportInput,
  SignatoryAuthorizationView,
  SignReportInput,
  UpdateReportDraftInput,
} from '@outfall/domain/contracts/reports';
import { icisDmrXml, netDmrCsv } from '@outfall/domain/exports/index';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize, type Permission } from '../auth/policy';
import { certificationTemplates, copiesOfRecord, reportAttachments, reportRevisions } from '../db/schema';
import { AppError, notFound } from '../errors';
import type { App, Deps } from '../http/types';
import { findMonitoredFacility, listMonitoredFacilities } from '../monitoring/facility-scope';
import { today } from '../permits/permit-views';
import { amendReport } from './amend-report';
import { attachFile } from './attach-file';
import {
  createAuthorization,
  listAuthorizations,
  receiveAuthorization,
  supersedeAuthorization,
} from './authorizations';
import { verifyCopyOfRecord } from './copy-of-record';
import { markReady } from './mark-ready';
import { defaultThrough, ensureObligations } from './obligations';
import { prepareReport } from './prepare-report';
import { recordReceipt } from './record-receipt';
import { renderReportPdf, renderReportXlsx } from './render/index';
import { reportView } from './report-view';
import { findVisibleReport, listReports } from './reports.queries';
import { reviewReport } from './review-report';
import { signReport } from './sign-report';

const tags = ['reports'];
const params = z.object({ id: z.uuid() });
const safeName = (s: string) =>
  s
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 120);

export function reportRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  const flush = () => void deps.mailer.flush().catch((err) => app.log.error(err, 'e-mail delivery failed'));

  const view = async (request: { actor: unknown }, id: string) => {
    const actor = (request as { actor: Parameters<typeof reportView>[1] }).actor;
    return reportView(db, actor, await findVisibleReport(db, actor.active!, id));
  };

  app.get(
    '/api/v1/reports',
    {
      config: { access: 'report.read' },
      schema: { tags, querystring: ReportListQuery, response: { 200: z.array(ReportSummaryView) } },
    },
    async (request) => {
      const actor = request.actor!;
      const m = actor.active!;
      // obligations are computed from the permits: the facility's preparers bring them up to date
      if (m.kind === 'facility' && (m.role === 'admin' || m.role === 'manager'))
        await ensureObligations(db, auditActorOf(actor), m.organizationId, defaultThrough(today()));
      return listReports(db, m, request.query);
    },
  );

  app.post(
    '/api/v1/reports/generate',
    {
      config: { access: 'report.prepare' },
      schema: { tags, body: GenerateReportsInput, response: { 200: z.object({ created: z.number() }) } },
    },
    async (request) => {
      const actor = request.actor!;
      const m = authorize(actor, 'report.prepare');
      const ids = request.body.facilityId
        ? [(await findMonitoredFacility(db, m, request.body.facilityId)).id]
        : (await listMonitoredFacilities(db, m)).map((f) => f.id);
      let created = 0;
      for (const id of ids)
        created += await ensureObligations(
          db,
          auditActorOf(actor),
          id,
          request.body.through ?? defaultThrough(today()),
        );
      return { created };
    },
  );

  app.get(
    '/api/v1/reports/:id',
    { config: { access: 'report.read' }, schema: { tags, params, response: { 200: ReportView } } },
    (request) => view(request, request.params.id),
  );

  /** A state-changing step on one report: run the use case, then answer the report as its user now sees it. */
  function reportStep<B extends z.ZodType>(
    method: 'POST' | 'PATCH',
    step: string,
    access: Permission,
    body: B | null,
    run: (input: { actor: Actor; reportId: string; body: z.infer<B> }) => Promise<unknown>,
  ) {
    app.route({
      method,
      url: `/api/v1/reports/:id/${step}`,
      config: { access },
      schema: { tags, params, ...(body ? { body } : {}), response: { 200: ReportView } },
      handler: async (request) => {
        const reportId = (request.params as { id: string }).id;
        await run({ actor: request.actor!, reportId, body: request.body as z.infer<B> });
        flush();
        return view(request, reportId);
      },
    });
  }
  const { publicUrl } = deps.config;
  reportStep('POST', 'prepare', 'report.prepare', null, ({ actor, reportId }) =>
    prepareReport({ db, actor, reportId }),
  );
  reportStep('PATCH', 'draft', 'report.prepare', UpdateReportDraftInput, ({ actor, reportId, body }) =>
    prepareReport({ db, actor, reportId, edits: body }),
  );
  reportStep('POST', 'ready', 'report.prepare', null, ({ actor, reportId }) =>
    markReady({ db, actor, reportId }),
  );
  reportStep('POST', 'sign', 'report.sign', SignReportInput, ({ actor, reportId, body }) =>
    signReport({ db, actor, reportId, input: body, publicUrl }),
  );
  reportStep('POST', 'review', 'report.review', ReviewReportInput, ({ actor, reportId, body }) =>
    reviewReport({ db, actor, reportId, input: body, publicUrl }),
  );
  reportStep('POST', 'received-outside', 'report.review', RecordReceiptInput, ({ actor, reportId, body }) =>
    recordReceipt({ db, actor, reportId, input: body, today: today() }),
  );
  reportStep('POST', 'amend', 'report.prepare', AmendReportInput, ({ actor, reportId, body }) =>
    amendReport({ db, actor, reportId, input: body }),
  );

  app.post(
    '/api/v1/reports/:id/attachments',
    {
      config: { access: 'report.prepare' },
      bodyLimit: 16 * 1024 * 1024,
      schema: { tags, params, body: AttachReportFileInput, response: { 201: ReportView } },
    },
    async (request, reply) => {
      await attachFile({ db, actor: request.actor!, reportId: request.params.id, input: request.body });
      return reply.status(201).send(await view(request, request.params.id));
    },
  );

  app.get(
    '/api/v1/reports/:id/attachments/:attachmentId',
    {
      config: { access: 'report.read' },
      schema: { tags, params: params.extend({ attachmentId: z.uuid() }) },
    },
    async (request, reply) => {
      const { report } = await findVisibleReport(db, request.actor!.active!, request.params.id);
      const [file] = await db
        .select()
        .from(reportAttachments)
        .where(
          and(
            eq(reportAttachments.id, request.params.attachmentId),
            eq(reportAttachments.reportId, report.id),
          ),
        );
      if (!file) throw notFound('Attachment');
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${safeName(file.name)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.bytes));
    },
  );

  app.get(
    '/api/v1/reports/:id/export/:format',
    {
      config: { access: 'report.read' },
      schema: {
        tags,
        params: params.extend({ format: z.enum(['pdf', 'xlsx', 'xml', 'csv']) }),
        querystring: z.object({ revision: z.coerce.number().int().min(1).optional() }),
      },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const { report } = await findVisibleReport(db, actor.active!, request.params.id);
      const revisions = await db
        .select()
        .from(reportRevisions)
        .where(eq(reportRevisions.reportId, report.id))
        .orderBy(asc(reportRevisions.revision));
      const wanted = request.query.revision ?? report.currentRevision;
      const revision = revisions.find((r) => r.revision === wanted);
      if (!revision) throw notFound('Report revision');
      if (!revision.content) throw new AppError('invalid_state', 'The report has not been prepared yet');
      const input = {
        content: revision.content,
        signature: revision.signature ?? null,
        draft: !revision.signedAt,
      };
      const name = safeName(`${report.title}-rev${revision.revision}`);
      const { format } = request.params;
      if (format === 'pdf')
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}.pdf"`)
          .send(await renderReportPdf({ ...input, copyOfRecord: null }));
      if (format === 'xlsx')
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(await renderReportXlsx({ ...input, copyOfRecord: null }));
      if (report.kind !== 'dmr')
        throw new AppError(
          'invalid_state',
          'ICIS XML and NetDMR CSV are DMR formats; this report is not a DMR',
        );
      if (format === 'csv')
        return reply
          .type('text/csv')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(netDmrCsv([revision.content]));
      const xml = icisDmrXml([{ content: revision.content, signature: revision.signature ?? null }], {
        author: actor.name,
        organization: actor.active!.organizationName,
        createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });
      return reply
        .type('application/xml')
        .header('content-disposition', `attachment; filename="${name}.xml"`)
        .send(xml);
    },
  );

  app.get(
    '/api/v1/copies-of-record/:id/:part',
    {
      config: { access: 'report.read' },
      schema: { tags, params: params.extend({ part: z.enum(['json', 'pdf']) }) },
    },
    async (request, reply) => {
      const [row] = await db.select().from(copiesOfRecord).where(eq(copiesOfRecord.id, request.params.id));
      if (!row) throw notFound('Copy of record');
      const { report } = await findVisibleReport(db, request.actor!.active!, row.reportId).catch(() => {
        throw notFound('Copy of record');
      });
      const name = safeName(`${report.title}-rev${row.revision}-copy-of-record`);
      const json = request.params.part === 'json';
      return reply
        .type(json ? 'application/json' : 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}.${request.params.part}"`)
        .send(Buffer.from(json ? row.json : row.pdf));
    },
  );

  app.post(
    '/api/v1/copies-of-record/verify',
    {
      config: { access: 'authenticated' },
      bodyLimit: 30 * 1024 * 1024,
      schema: {
        tags,
        body: z.object({
          fileName: z.string().max(300).optional(),
          base64: z.string().max(40 * 1024 * 1024),
        }),
        response: { 200: CopyOfRecordVerification },
      },
    },
    (request) => verifyCopyOfRecord(db, Buffer.from(request.body.base64, 'base64')),
  );

  app.get(
    '/api/v1/certification-templates',
    {
      config: { access: 'authenticated' },
      schema: { tags, response: { 200: z.array(CertificationTemplateView) } },
    },
    async () =>
      (
        await db
          .select()
          .from(certificationTemplates)
          .orderBy(asc(certificationTemplates.key), asc(certificationTemplates.version))
      ).map((t) => ({ id: t.id, key: t.key, version: t.version, citation: t.citation, text: t.text })),
  );

  app.get(
    '/api/v1/signatory-authorizations',
    {
      config: { access: 'report.read' },
      schema: {
        tags,
        querystring: z.object({ facilityId: z.uuid() }),
        response: { 200: z.array(SignatoryAuthorizationView) },
      },
    },
    (request) => listAuthorizations(db, request.actor!, request.query.facilityId),
  );
  app.post(
    '/api/v1/signatory-authorizations',
    {
      config: { access: 'signatory.manage' },
      schema: {
        tags,
        body: CreateSignatoryAuthorizationInput,
        response: { 201: SignatoryAuthorizationView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAuthorization(db, request.actor!, request.body)),
  );
  app.post(
    '/api/v1/signatory-authorizations/:id/receive',
    {
      config: { access: 'report.review' },
      schema: { tags, params, body: z.object({ receivedOn: z.iso.date().optional() }).default({}) },
    },
    async (request, reply) => {
      await receiveAuthorization(db, request.actor!, request.params.id, request.body?.receivedOn);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/v1/signatory-authorizations/:id/supersede',
    { config: { access: 'signatory.manage' }, schema: { tags, params } },
    async (request, reply) => {
      await supersedeAuthorization(db, request.actor!, request.params.id);
      return reply.status(204).send();
    },
  );
}
