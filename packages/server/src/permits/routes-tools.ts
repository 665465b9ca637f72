import { ImportPermitInput, PermitKind, PermitSummaryView } from '@outfall/domain/contracts/permits';
import { z } from 'zod';
import type { Db } from '../db/connect';
import type { App } from '../http/types';
import { fillCategoricalLimits } from './categorical-fill';
import { CwfInput, CwfResult, computeCwf } from './compute-cwf';
import { importPermitFile } from './import-permit';
import { getPermitSummary } from './permit-reads';
import { today } from './permit-views';

const tags = ['permits'];
const write = { access: 'permit.write' as const };

const ImportBody = ImportPermitInput.extend({
  kind: PermitKind.optional(),
  /** The file's text (XML or CSV). */
  text: z.string().min(1, { error: 'the file is empty' }),
});
const ImportResponse = z.object({
  outcome: z.enum(['created', 'updated', 'recorded', 'unchanged']),
  message: z.string(),
  versionNo: z.number().int(),
  reportCount: z.number().int(),
  warnings: z.array(z.string()),
  permit: PermitSummaryView,
});
const CategoricalFillBody = z.object({
  part: z
    .string()
    .trim()
    .regex(/^\d{3}$/, { error: 'must be a 40 CFR part, e.g. 433' }),
  subpart: z.string().trim().max(3).optional(),
  sourceType: z.enum(['PSES', 'PSNS', 'BPT']).optional(),
  pollutants: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  processFlowGpd: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .optional(),
  includeAlternatives: z.boolean().optional(),
});

/** Import a permit from a file, and the limit editor's tools. */
export function permitToolRoutes(app: App, db: Db) {
  app.post(
    '/api/v1/permits/import',
    {
      config: write,
      bodyLimit: 32 * 1024 * 1024,
      schema: { tags, body: ImportBody, response: { 200: ImportResponse } },
    },
    async (request) => {
      const result = await importPermitFile({ db, actor: request.actor!, input: request.body });
      const permit = await getPermitSummary(db, request.actor!.active!, result.permit.id, today());
      return { ...result, permit };
    },
  );
  app.post(
    '/api/v1/permits/tools/categorical-limits',
    { config: { access: 'permit.read' }, schema: { tags, body: CategoricalFillBody } },
    (request) => fillCategoricalLimits(request.body),
  );
  app.post(
    '/api/v1/permits/tools/cwf',
    { config: { access: 'permit.read' }, schema: { tags, body: CwfInput, response: { 200: CwfResult } } },
    (request) => computeCwf(request.body),
  );
}
