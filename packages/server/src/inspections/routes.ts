import {
  AddInspectionFindingInput,
  AddInspectionFollowUpInput,
  CancelInspectionInput,
  ChecklistTemplateInput,
  ChecklistTemplateView,
  CompleteInspectionInput,
  InspectionListQuery,
  InspectionPlanQuery,
  InspectionPlanView,
  InspectionSummaryView,
  InspectionView,
  InspectorOptionView,
  ScheduleInspectionInput,
  UpdateInspectionInput,
} from '@outfall/domain/contracts/inspections';
import { z } from 'zod';
import { authorize } from '../auth/policy';
import type { App, Deps } from '../http/types';
import { today } from '../permits/permit-views';
import { addFinding } from './add-finding';
import { addFollowUp } from './add-follow-up';
import { cancelInspection } from './cancel-inspection';
import { completeFollowUp } from './complete-follow-up';
import { completeInspection } from './complete-inspection';
import { createTemplate } from './create-template';
import { inspectorOptions, listInspections, viewInspection } from './inspections.queries';
import { inspectionPlanView } from './plan';
import { recordFindingViolation } from './record-finding-violation';
import { inspectionReportPdf } from './report-pdf';
import { scheduleInspection } from './schedule-inspection';
import { startInspection } from './start-inspection';
import { listTemplates } from './templates';
import { updateInspection } from './update-inspection';
import { updateTemplate } from './update-template';

const tags = ['inspections'];
const params = z.object({ id: z.uuid() });

/** Inspections and authority sampling (issue 7): the plan, checklist templates, inspections. */
export function inspectionRoutes(app: App, { database: { db } }: Deps) {
  app.get(
    '/api/v1/inspections/plan',
    {
      config: { access: 'program.read' },
      schema: { tags, querystring: InspectionPlanQuery, response: { 200: InspectionPlanView } },
    },
    (request) => {
      const m = authorize(request.actor!, 'program.read');
      return inspectionPlanView(db, m.organizationId, today(), request.query.year);
    },
  );

  app.get(
    '/api/v1/inspections/inspectors',
    {
      config: { access: 'inspection.plan' },
      schema: { tags, response: { 200: z.array(InspectorOptionView) } },
    },
    (request) => inspectorOptions(db, authorize(request.actor!, 'inspection.plan').organizationId),
  );

  app.get(
    '/api/v1/inspections/templates',
    {
      config: { access: 'program.read' },
      schema: { tags, response: { 200: z.array(ChecklistTemplateView) } },
    },
    (request) => listTemplates(db, request.actor!),
  );
  app.post(
    '/api/v1/inspections/templates',
    {
      config: { access: 'inspection.plan' },
      schema: { tags, body: ChecklistTemplateInput, response: { 201: ChecklistTemplateView } },
    },
    async (request, reply) =>
      reply.status(201).send(await createTemplate({ db, actor: request.actor!, input: request.body })),
  );
  app.put(
    '/api/v1/inspections/templates/:id',
    {
      config: { access: 'inspection.plan' },
      schema: { tags, params, body: ChecklistTemplateInput, response: { 200: ChecklistTemplateView } },
    },
    (request) => updateTemplate({ db, actor: request.actor!, id: request.params.id, input: request.body }),
  );

  app.get(
    '/api/v1/inspections',
    {
      config: { access: 'inspection.read' },
      schema: { tags, querystring: InspectionListQuery, response: { 200: z.array(InspectionSummaryView) } },
    },
    (request) =>
      listInspections(db, authorize(request.actor!, 'inspection.read'), request.actor!.userId, request.query),
  );
  app.post(
    '/api/v1/inspections',
    {
      config: { access: 'inspection.plan' },
      schema: { tags, body: ScheduleInspectionInput, response: { 201: InspectionView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const id = await scheduleInspection({ db, actor, input: request.body });
      return reply.status(201).send(await viewInspection(db, actor.active!, id));
    },
  );
  app.get(
    '/api/v1/inspections/:id',
    { config: { access: 'inspection.read' }, schema: { tags, params, response: { 200: InspectionView } } },
    (request) => viewInspection(db, authorize(request.actor!, 'inspection.read'), request.params.id),
  );
  app.put(
    '/api/v1/inspections/:id',
    {
      config: { access: 'inspection.perform' },
      schema: { tags, params, body: UpdateInspectionInput, response: { 200: InspectionView } },
    },
    async (request) => {
      const actor = request.actor!;
      await updateInspection({ db, actor, id: request.params.id, input: request.body });
      return viewInspection(db, actor.active!, request.params.id);
    },
  );
  app.post(
    '/api/v1/inspections/:id/start',
    { config: { access: 'inspection.perform' }, schema: { tags, params, response: { 200: InspectionView } } },
    async (request) => {
      const actor = request.actor!;
      await startInspection({ db, actor, id: request.params.id });
      return viewInspection(db, actor.active!, request.params.id);
    },
  );
  app.post(
    '/api/v1/inspections/:id/complete',
    {
      config: { access: 'inspection.perform' },
      schema: { tags, params, body: CompleteInspectionInput, response: { 200: InspectionView } },
    },
    async (request) => {
      const actor = request.actor!;
      await completeInspection({
        db,
        actor,
        id: request.params.id,
        input: request.body ?? {},
        today: today(),
      });
      return viewInspection(db, actor.active!, request.params.id);
    },
  );
  app.post(
    '/api/v1/inspections/:id/cancel',
    {
      config: { access: 'inspection.plan' },
      schema: { tags, params, body: CancelInspectionInput, response: { 200: InspectionView } },
    },
    async (request) => {
      const actor = request.actor!;
      await cancelInspection({ db, actor, id: request.params.id, input: request.body });
      return viewInspection(db, actor.active!, request.params.id);
    },
  );
  app.post(
    '/api/v1/inspections/:id/findings',
    {
      config: { access: 'inspection.perform' },
      schema: { tags, params, body: AddInspectionFindingInput, response: { 201: InspectionView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      await addFinding({ db, actor, id: request.params.id, input: request.body, today: today() });
      return reply.status(201).send(await viewInspection(db, actor.active!, request.params.id));
    },
  );
  app.post(
    '/api/v1/inspections/:id/findings/:findingId/violation',
    {
      config: { access: 'inspection.perform' },
      schema: { tags, params: params.extend({ findingId: z.uuid() }), response: { 201: InspectionView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const { id, findingId } = request.params;
      await recordFindingViolation({ db, actor, id, findingId, today: today() });
      return reply.status(201).send(await viewInspection(db, actor.active!, id));
    },
  );
  app.post(
    '/api/v1/inspections/:id/follow-ups',
    {
      config: { access: 'inspection.perform' },
      schema: { tags, params, body: AddInspectionFollowUpInput, response: { 201: InspectionView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      await addFollowUp({ db, actor, id: request.params.id, input: request.body });
      return reply.status(201).send(await viewInspection(db, actor.active!, request.params.id));
    },
  );
  app.post(
    '/api/v1/inspections/:id/follow-ups/:followUpId/complete',
    {
      config: { access: 'inspection.perform' },
      schema: { tags, params: params.extend({ followUpId: z.uuid() }), response: { 200: InspectionView } },
    },
    async (request) => {
      const actor = request.actor!;
      const { id, followUpId } = request.params;
      await completeFollowUp({ db, actor, id, followUpId });
      return viewInspection(db, actor.active!, id);
    },
  );
  app.get(
    '/api/v1/inspections/:id/report.pdf',
    { config: { access: 'inspection.read' }, schema: { tags, params } },
    async (request, reply) => {
      const { pdf, fileName } = await inspectionReportPdf(
        db,
        authorize(request.actor!, 'inspection.read'),
        request.params.id,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
