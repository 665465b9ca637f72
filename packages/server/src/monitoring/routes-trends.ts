import { TrendQuery, TrendView } from '@outfall/domain/contracts/monitoring-api';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { trendCsv, trendXlsx } from './trend-export';
import { trend } from './trends';

const tags = ['monitoring'];
const read = { access: 'monitoring.read' as const };

/** Trends of a parameter at an outfall, and their CSV/XLSX export. */
export function trendRoutes(app: App, deps: Deps) {
  const { db } = deps.database;
  app.get(
    '/api/v1/monitoring/trends',
    { config: read, schema: { tags, querystring: TrendQuery, response: { 200: TrendView } } },
    (request) => trend(db, request.actor!.active!, request.query),
  );
  app.get(
    '/api/v1/monitoring/trends/export',
    {
      config: read,
      schema: { tags, querystring: TrendQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }) },
    },
    async (request, reply) => {
      const view = await trend(db, request.actor!.active!, request.query);
      const name = `trend-${request.query.parameterCode}-${request.query.monitoringPoint.replaceAll('/', '-')}`;
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(trendCsv(view));
      }
      const xlsx = await trendXlsx(view, request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(xlsx);
    },
  );
}
