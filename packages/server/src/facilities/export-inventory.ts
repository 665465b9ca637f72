import type { FacilityAddress, FacilityListItem, IuClassCode } from '@outfall/domain/contracts/facilities';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ProfileRow } from './inventory.queries';

type InventoryRow = { item: FacilityListItem; profile: ProfileRow | null };
type Cell = string | number | null;

export const CLASS_LABELS: Record<IuClassCode, string> = {
  SIU_CATEGORICAL: 'SIU (categorical)',
  NSCIU: 'Non-significant categorical (NSCIU)',
  SIU_NON_CATEGORICAL: 'SIU (non-categorical)',
  NON_SIGNIFICANT: 'Non-significant',
};

const address = (a: FacilityAddress | null | undefined) =>
  a ? [a.line1, a.line2, `${a.city}, ${a.state} ${a.postalCode}`].filter(Boolean).join(', ') : '';

const primaryContact = (p: ProfileRow | null) =>
  p?.contacts.find((c) => c.role === 'primary') ?? p?.contacts[0] ?? null;

/** Flows stay exact text in CSV; XLSX gets numbers so they sum and sort. */
const flow = (value: string | null | undefined, numeric: boolean): Cell =>
  value == null ? null : numeric ? Number(value) : value;

const COLUMNS: { header: string; width: number; value: (r: InventoryRow, numeric: boolean) => Cell }[] = [
  { header: 'Facility', width: 34, value: (r) => r.item.name },
  { header: 'Status', width: 10, value: (r) => r.item.status },
  {
    header: 'Class',
    width: 30,
    value: (r) => (r.item.iuClass ? CLASS_LABELS[r.item.iuClass] : 'Not classified'),
  },
  {
    header: 'Computed class',
    width: 30,
    value: (r) => (r.item.computedClass ? CLASS_LABELS[r.item.computedClass] : null),
  },
  { header: 'Designated', width: 11, value: (r) => (r.item.isDesignated ? 'yes' : 'no') },
  { header: 'Middle tier', width: 11, value: (r) => (r.item.middleTier ? 'yes' : 'no') },
  {
    header: 'Categorical standards (40 CFR)',
    width: 24,
    value: (r) => r.item.categoricalStandards.join('; '),
  },
  { header: 'NAICS', width: 14, value: (r) => r.item.naicsCodes.join('; ') },
  { header: 'SIC', width: 12, value: (r) => r.item.sicCodes.join('; ') },
  { header: 'Process (gpd)', width: 14, value: (r, n) => flow(r.profile?.processFlowGpd, n) },
  { header: 'Sanitary (gpd)', width: 14, value: (r, n) => flow(r.profile?.sanitaryFlowGpd, n) },
  {
    header: 'Non-contact cooling (gpd)',
    width: 14,
    value: (r, n) => flow(r.profile?.nonContactCoolingFlowGpd, n),
  },
  { header: 'Boiler blowdown (gpd)', width: 14, value: (r, n) => flow(r.profile?.boilerBlowdownFlowGpd, n) },
  { header: 'Other (gpd)', width: 14, value: (r, n) => flow(r.profile?.otherFlowGpd, n) },
  { header: 'Total (gpd)', width: 14, value: (r, n) => flow(r.item.totalFlowGpd, n) },
  { header: 'Site address', width: 40, value: (r) => address(r.profile?.siteAddress) },
  { header: 'Contact', width: 24, value: (r) => primaryContact(r.profile)?.name ?? null },
  { header: 'Contact phone', width: 16, value: (r) => primaryContact(r.profile)?.phone ?? null },
  { header: 'Contact e-mail', width: 28, value: (r) => primaryContact(r.profile)?.email ?? null },
  { header: 'Regulated by', width: 30, value: (r) => r.item.regulatedByName },
];

/** A spreadsheet opening a cell with = + - @ would run it as a formula: prefix a quote (OWASP CSV injection). */
function defuse(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function inventoryCsv(rows: InventoryRow[]): string {
  return stringify(
    rows.map((r) => COLUMNS.map((c) => defuse(c.value(r, false)) ?? '')),
    { header: true, columns: COLUMNS.map((c) => c.header) },
  );
}

export async function inventoryXlsx(rows: InventoryRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Outfall';
  const sheet = workbook.addWorksheet('IU inventory', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(COLUMNS.map((c) => c.value(r, true)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
