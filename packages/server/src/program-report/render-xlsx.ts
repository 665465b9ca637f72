import type { AnnualReportContent } from '@outfall/domain/contracts/program-report';
import ExcelJS from 'exceljs';
import { CLASS_TEXT, ENFORCEMENT_TEXT, PPS_ROWS } from './report-text';

type Cell = string | number | null;

function sheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][]) {
  const ws = workbook.addWorksheet(name);
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c) => {
    c.width = 18;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

/** Numbers that are money stay exact text; counts are numbers. */
export async function renderProgramReportXlsx(
  content: AnnualReportContent,
  signedAt: string | null,
): Promise<Buffer> {
  const c = content;
  const workbook = new ExcelJS.Workbook();
  const date = new Date(signedAt ?? `${c.period.end}T00:00:00Z`);
  workbook.creator = 'Outfall';
  workbook.created = date;
  workbook.modified = date;
  sheet(
    workbook,
    'Summary',
    ['figure', 'icis_element', 'value'],
    [
      ['Authority', null, c.authority.name],
      ['NPDES permit', 'PermitIdentifier', c.authority.npdesPermitId],
      ['Period start', 'ProgramReportStartDate', c.period.start],
      ['Period end', 'ProgramReportEndDate', c.period.end],
      ['Sewer use ordinance', 'SUOReference', c.authority.suoReference],
      ['Sewer use ordinance date', 'SUODate', c.authority.suoDate],
      ['Annual pretreatment budget', 'AnnualPretreatmentBudget', c.entered.annualBudget],
      ['Penalties assessed in the period', null, c.penalties.assessed],
      ...PPS_ROWS.map(([key, label]): Cell[] => [label, key, c.pps[key]]),
      ['Program changes', null, c.entered.programChanges],
      ['Other information', null, c.entered.otherInformation],
    ],
  );
  sheet(
    workbook,
    'Industrial users',
    [
      'name',
      'address',
      'class',
      'categorical_standards',
      'middle_tier',
      'local_more_stringent',
      'local_only',
      'permit',
      'permit_current',
      'icis_permit_id',
      'change',
      'change_on',
      'change_explanation',
      'avg_flow_gpd',
      'avg_process_flow_gpd',
      'inspections',
      'sampling_events',
      'reports_required',
      'reports_late',
      'reports_missing',
      'in_snc',
      'snc_criteria',
      'penalty_assessed',
      'penalty_collected',
    ],
    c.industrialUsers.map((iu) => [
      iu.name,
      iu.address,
      CLASS_TEXT[iu.iuClass] ?? iu.iuClass,
      iu.categories.map((x) => `${x.part} ${x.subpart}`).join(', '),
      iu.middleTier ? 'Y' : 'N',
      iu.localLimitsMoreStringent ? 'Y' : 'N',
      iu.localLimitsOnly ? 'Y' : 'N',
      iu.permit?.number ?? null,
      iu.permit?.currentAtPeriodEnd ? 'Y' : 'N',
      iu.icisPermitId,
      iu.change?.kind ?? null,
      iu.change?.on ?? null,
      iu.change?.explanation ?? null,
      iu.averageDailyFlowGpd,
      iu.averageDailyProcessFlowGpd,
      iu.inspections,
      iu.samplingEvents,
      iu.selfMonitoring.required,
      iu.selfMonitoring.late,
      iu.selfMonitoring.missing,
      iu.snc.inSnc ? 'Y' : 'N',
      iu.snc.criteria.join(', '),
      iu.enforcement.penaltyAssessed,
      iu.enforcement.penaltyCollected,
    ]),
  );
  sheet(
    workbook,
    'SNC',
    ['name', 'window_start', 'window_end', 'window', 'criteria', 'parameters', 'published'],
    c.sncList.flatMap((s) =>
      s.windows.map((w) => [
        s.name,
        w.start,
        w.end,
        w.label,
        w.criteria.join(', '),
        w.parameters.join(', '),
        s.published ? 'Y' : 'N',
      ]),
    ),
  );
  sheet(
    workbook,
    'Inspections',
    ['name', 'date', 'kind', 'includes_sampling', 'source'],
    [
      ...c.inspections.map((i): Cell[] => [
        i.name,
        i.date,
        i.kind,
        i.includesSampling ? 'Y' : 'N',
        'inspection',
      ]),
      ...c.samplingEvents
        .filter((s) => s.source === 'sample')
        .map((s): Cell[] => [s.name, s.date, 'authority sampling', 'Y', 'sample']),
    ],
  );
  sheet(
    workbook,
    'Enforcement',
    [
      'name',
      'action',
      'judicial_kind',
      'issued_on',
      'status',
      'penalty_assessed',
      'penalty_collected',
      'penalty_collected_on',
    ],
    c.enforcementActions.map((a) => [
      a.name,
      ENFORCEMENT_TEXT[a.type],
      a.judicialKind,
      a.issuedOn,
      a.status,
      a.penaltyAssessed,
      a.penaltyCollected,
      a.penaltyCollectedOn,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
