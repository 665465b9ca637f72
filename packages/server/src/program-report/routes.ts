import {
  ProgramReportEdits,
  ProgramReportSignature,
  ProgramReportSummaryView,
  ProgramReportView,
  SignProgramReportInput,
} from '@outfall/domain/contracts/program-report';
import { z } from 'zod';
import { can } from '../auth/policy';
import { AppError } from '../errors';
import type { App, Deps } from '../http/types';
import { today } from '../permits/permit-views';
import { markProgramReportReady } from './mark-program-report-ready';
import { prepareProgramReport } from './prepare-program-report';
import {
  contentOf,
  copyOf,
  ensureProgramReports,
  findProgramReport,
  labelOf,
  listProgramReports,
  programReportView,
} from './program-reports.queries';
import { renderProgramReportPdf } from './render-pdf';
import { renderProgramReportXlsx } from './render-xlsx';
import { renderProgramReportXml } from './render-xml';
import { signProgramReport } from './sign-program-report';
import { updateProgramReportDraft } from './update-program-report-draft';

const tags = ['program-reports'];
const params = z.object({ id: z.uuid() });

const TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xml: 'application/xml',
} as const;

/** The pretreatment annual report (403.12(i)): obligations, preparation, signature, downloads. */
export function programReportRoutes(app: App, deps: Deps) {
  const { db } = deps.database;

  app.get(
    '/api/v1/program-reports',
    {
      config: { access: 'program_report.read' },
      schema: { tags, response: { 200: z.array(ProgramReportSummaryView) } },
    },
    async (request) => {
      const actor = request.actor!;
      const m = actor.active!;
      // the obligations follow the program settings: the preparers bring them up to date
      if (can(m, 'program_report.prepare')) await ensureProgramReports(db, actor, m.organizationId, today());
      return listProgramReports(db, m.organizationId);
    },
  );

  app.get(
    '/api/v1/program-reports/:id',
    {
      config: { access: 'program_report.read' },
      schema: { tags, params, response: { 200: ProgramReportView } },
    },
    async (request) =>
      programReportView(db, await findProgramReport(db, request.actor!.active!, request.params.id)),
  );

  app.post(
    '/api/v1/program-reports/:id/prepare',
    {
      config: { access: 'program_report.prepare' },
      schema: { tags, params, response: { 200: ProgramReportView } },
    },
    async (request) =>
      programReportView(db, await prepareProgramReport({ db, actor: request.actor!, id: request.params.id })),
  );

  app.put(
    '/api/v1/program-reports/:id/draft',
    {
      config: { access: 'program_report.prepare' },
      schema: { tags, params, body: ProgramReportEdits, response: { 200: ProgramReportView } },
    },
    async (request) =>
      programReportView(
        db,
        await updateProgramReportDraft({
          db,
          actor: request.actor!,
          id: request.params.id,
          input: request.body,
        }),
      ),
  );

  app.post(
    '/api/v1/program-reports/:id/ready',
    {
      config: { access: 'program_report.prepare' },
      schema: { tags, params, response: { 200: ProgramReportView } },
    },
    async (request) =>
      programReportView(
        db,
        await markProgramReportReady({ db, actor: request.actor!, id: request.params.id }),
      ),
  );

  app.post(
    '/api/v1/program-reports/:id/sign',
    {
      config: { access: 'program_report.sign' },
      schema: { tags, params, body: SignProgramReportInput, response: { 200: ProgramReportView } },
    },
    async (request) =>
      programReportView(
        db,
        await signProgramReport({ db, actor: request.actor!, id: request.params.id, input: request.body }),
      ),
  );

  app.get(
    '/api/v1/program-reports/:id/report.:format',
    {
      config: { access: 'program_report.read' },
      schema: { tags, params: params.extend({ format: z.enum(['pdf', 'xlsx', 'xml']) }) },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const row = await findProgramReport(db, actor.active!, request.params.id);
      const content = contentOf(row);
      if (!content) throw new AppError('invalid_state', 'Prepare the annual report before downloading it');
      const { format } = request.params;
      const name = `pretreatment-annual-report-${labelOf(row)}${row.signedAt ? '' : '-draft'}.${format}`;
      reply
        .type(TYPES[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-type-options', 'nosniff');
      // a signed report serves its stored copy of record, byte for byte
      const copy = row.signedAt ? await copyOf(db, row.id) : null;
      if (copy && format === 'pdf') return reply.send(Buffer.from(copy.pdf));
      if (copy && format === 'xml') return reply.send(Buffer.from(copy.xml));
      const signature = row.signature === null ? null : ProgramReportSignature.parse(row.signature);
      if (format === 'pdf')
        return reply.send(await renderProgramReportPdf({ content, signature, copyOfRecord: null }));
      if (format === 'xlsx')
        return reply.send(await renderProgramReportXlsx(content, signature?.signedAt ?? null));
      return reply.send(
        renderProgramReportXml({
          reportId: row.id,
          content,
          signature,
          author: actor.name,
          createdAt: new Date().toISOString(),
        }),
      );
    },
  );
}
