import { FacilityListItem, FacilityListQuery } from '@outfall/domain/contracts/facilities';
import { z } from 'zod';
import type { App, Deps } from '../http/types';
import { inventoryCsv, inventoryXlsx } from './export-inventory';
import { listFacilityInventory, queryInventory } from './inventory.queries';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/v1/facilities (the IU inventory, compatible with the plain list) and its CSV / XLSX export. */
export function inventoryRoutes(app: App, { database: { db } }: Deps) {
  app.get(
    '/api/v1/facilities',
    {
      config: { access: 'facility.read' },
      schema: {
        tags: ['facilities'],
        querystring: FacilityListQuery,
        response: { 200: z.array(FacilityListItem) },
      },
    },
    (request) => listFacilityInventory(db, request.actor!.active!, request.query),
  );
  app.get(
    '/api/v1/facilities.csv',
    { config: { access: 'facility.read' }, schema: { tags: ['facilities'], querystring: FacilityListQuery } },
    async (request, reply) => {
      const rows = await queryInventory(db, request.actor!.active!, request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="outfall-iu-inventory.csv"')
        .send(inventoryCsv(rows));
    },
  );
  app.get(
    '/api/v1/facilities.xlsx',
    { config: { access: 'facility.read' }, schema: { tags: ['facilities'], querystring: FacilityListQuery } },
    async (request, reply) => {
      const m = request.actor!.active!;
      const rows = await queryInventory(db, m, request.query);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', 'attachment; filename="outfall-iu-inventory.xlsx"')
        .send(await inventoryXlsx(rows, `${m.organizationName}: IU inventory`));
    },
  );
}
