import {
  CloseActionInput,
  EnforcementActionListQuery,
  EnforcementActionView,
  ErpGuideInput,
  ErpGuideView,
  EscalateInput,
  IssueActionInput,
  MilestoneAchievedInput,
  PenaltyCollectedInput,
  RecordResponseInput,
  RecordViolationInput,
  ReturnToComplianceInput,
  ViolationDetailView,
  ViolationDeterminationInput,
} from '@outfall/domain/contracts/enforcement';
import { ViolationListQuery, ViolationView } from '@outfall/domain/contracts/monitoring-api';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/policy';
import { AppError } from '../errors';
import type { App, Deps } from '../http/types';
import { today } from '../permits/permit-views';
import {
  closeAction,
  escalateAction,
  recordPenaltyCollected,
  recordResponse,
  setMilestoneAchieved,
} from './action-updates';
import { listActions, viewAction } from './actions.queries';
import { guideView, updateGuide } from './guide';
import { issueAction } from './issue-action';
import { generateLetter, readLetter } from './letter';
import { recordViolation } from './record-violation';
import { returnToCompliance } from './return-to-compliance';
import { updateDetermination } from './update-determination';
import { violationDetail } from './violation-detail';
import { listProgramViolations } from './violations.queries';

const params = z.object({ id: z.uuid() });

/** Violations across the program, the Enforcement Response Guide and enforcement actions (§5). */
export function enforcementRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  const { storage } = deps;
  const detail = (request: { actor?: Actor | null }, id: string) =>
    violationDetail(db, authorize(request.actor ?? null, 'violation.read'), id, today());
  const action = (request: { actor?: Actor | null }, id: string) =>
    viewAction(db, authorize(request.actor ?? null, 'enforcement.read'), id, today());

  // violations
  app.get(
    '/api/v1/violations',
    {
      config: { access: 'violation.read' },
      schema: {
        tags: ['violations'],
        querystring: ViolationListQuery,
        response: { 200: z.array(ViolationView) },
      },
    },
    (request) =>
      listProgramViolations(db, authorize(request.actor!, 'violation.read'), request.query, today()),
  );
  app.post(
    '/api/v1/violations',
    {
      config: { access: 'violation.manage' },
      schema: { tags: ['violations'], body: RecordViolationInput, response: { 201: ViolationDetailView } },
    },
    async (request, reply) => {
      const id = await recordViolation({ db, actor: request.actor!, input: request.body, today: today() });
      return reply.status(201).send(await detail(request, id));
    },
  );
  app.get(
    '/api/v1/violations/:id',
    {
      config: { access: 'violation.read' },
      schema: { tags: ['violations'], params, response: { 200: ViolationDetailView } },
    },
    (request) => detail(request, request.params.id),
  );
  app.put(
    '/api/v1/violations/:id/determination',
    {
      config: { access: 'violation.manage' },
      schema: {
        tags: ['violations'],
        params,
        body: ViolationDeterminationInput,
        response: { 200: ViolationDetailView },
      },
    },
    async (request) => {
      await updateDetermination({
        db,
        actor: request.actor!,
        violationId: request.params.id,
        input: request.body,
      });
      return detail(request, request.params.id);
    },
  );
  app.post(
    '/api/v1/violations/:id/return-to-compliance',
    {
      config: { access: 'violation.manage' },
      schema: {
        tags: ['violations'],
        params,
        body: ReturnToComplianceInput,
        response: { 200: ViolationDetailView },
      },
    },
    async (request) => {
      await returnToCompliance({
        db,
        actor: request.actor!,
        violationId: request.params.id,
        input: request.body,
        today: today(),
      });
      return detail(request, request.params.id);
    },
  );

  // the Enforcement Response Guide
  app.get(
    '/api/v1/erp/guide',
    {
      config: { access: 'enforcement.read' },
      schema: { tags: ['enforcement'], response: { 200: ErpGuideView } },
    },
    (request) => {
      const m = authorize(request.actor!, 'enforcement.read');
      if (m.kind !== 'authority') throw new AppError('not_found', 'The response guide was not found');
      return guideView(db, m.organizationId);
    },
  );
  app.put(
    '/api/v1/erp/guide',
    {
      config: { access: 'erp.manage' },
      schema: { tags: ['enforcement'], body: ErpGuideInput, response: { 200: ErpGuideView } },
    },
    (request) => updateGuide({ db, actor: request.actor!, input: request.body }),
  );

  // enforcement actions
  app.get(
    '/api/v1/enforcement-actions',
    {
      config: { access: 'enforcement.read' },
      schema: {
        tags: ['enforcement'],
        querystring: EnforcementActionListQuery,
        response: { 200: z.array(EnforcementActionView) },
      },
    },
    (request) => listActions(db, authorize(request.actor!, 'enforcement.read'), request.query, today()),
  );
  app.post(
    '/api/v1/enforcement-actions',
    {
      config: { access: 'enforcement.issue' },
      schema: { tags: ['enforcement'], body: IssueActionInput, response: { 201: EnforcementActionView } },
    },
    async (request, reply) => {
      const id = await issueAction({ db, actor: request.actor!, input: request.body, today: today() });
      return reply.status(201).send(await action(request, id));
    },
  );
  app.get(
    '/api/v1/enforcement-actions/:id',
    {
      config: { access: 'enforcement.read' },
      schema: { tags: ['enforcement'], params, response: { 200: EnforcementActionView } },
    },
    (request) => action(request, request.params.id),
  );
  const update = <B extends z.ZodType>(
    path: string,
    body: B,
    run: (args: { actor: Actor; id: string; body: z.infer<B> }) => Promise<unknown>,
  ) =>
    app.post(
      `/api/v1/enforcement-actions/:id/${path}`,
      {
        config: { access: 'enforcement.issue' },
        schema: { tags: ['enforcement'], params, body, response: { 200: EnforcementActionView } },
      },
      async (request) => {
        await run({ actor: request.actor!, id: request.params.id, body: request.body as z.infer<B> });
        return action(request, request.params.id);
      },
    );
  update('response', RecordResponseInput, ({ actor, id, body }) =>
    recordResponse({ db, actor, actionId: id, input: body, today: today() }),
  );
  update('penalty-collected', PenaltyCollectedInput, ({ actor, id, body }) =>
    recordPenaltyCollected({ db, actor, actionId: id, input: body, today: today() }),
  );
  update('close', CloseActionInput, ({ actor, id, body }) =>
    closeAction({ db, actor, actionId: id, input: body, today: today() }),
  );
  app.post(
    '/api/v1/enforcement-actions/:id/escalate',
    {
      config: { access: 'enforcement.issue' },
      schema: {
        tags: ['enforcement'],
        params,
        body: EscalateInput,
        response: { 201: EnforcementActionView },
      },
    },
    async (request, reply) => {
      const id = await escalateAction({
        db,
        actor: request.actor!,
        actionId: request.params.id,
        input: request.body,
        today: today(),
      });
      return reply.status(201).send(await action(request, id));
    },
  );
  app.put(
    '/api/v1/enforcement-actions/:id/milestones/:milestoneId',
    {
      config: { access: 'enforcement.issue' },
      schema: {
        tags: ['enforcement'],
        params: params.extend({ milestoneId: z.string().min(1).max(60) }),
        body: MilestoneAchievedInput,
        response: { 200: EnforcementActionView },
      },
    },
    async (request) => {
      await setMilestoneAchieved({
        db,
        actor: request.actor!,
        actionId: request.params.id,
        milestoneId: request.params.milestoneId,
        achievedDate: request.body.achievedDate,
        today: today(),
      });
      return action(request, request.params.id);
    },
  );

  // the letter
  app.post(
    '/api/v1/enforcement-actions/:id/letter',
    {
      config: { access: 'enforcement.issue' },
      schema: { tags: ['enforcement'], params, response: { 201: EnforcementActionView } },
    },
    async (request, reply) => {
      await generateLetter({ db, storage, actor: request.actor!, actionId: request.params.id });
      return reply.status(201).send(await action(request, request.params.id));
    },
  );
  app.get(
    '/api/v1/enforcement-actions/:id/letter.pdf',
    { config: { access: 'enforcement.read' }, schema: { tags: ['enforcement'], params } },
    async (request, reply) => {
      const { bytes, version } = await readLetter(db, storage, request.actor!, request.params.id);
      const ascii = version.fileName.replace(/[^A-Za-z0-9 ._()-]+/g, '_');
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${ascii}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('x-document-sha256', version.sha256)
        .send(bytes);
    },
  );
}
