import type { TrendQuery, TrendView } from '@outfall/domain/contracts/monitoring-api';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

const HEADER = ['kind', 'start', 'end', 'statistic', 'value', 'unit', 'limit', 'exceeds', 'result_ids'];

/** One row per daily value and per period statistic; a value outside a limit is marked. */
function trendRows(view: TrendView): (string | number)[][] {
  const unit = view.unit ?? '';
  const exceeded = (start: string, end: string) =>
    view.exceedances
      .filter((e) => e.start === start && e.end === end)
      .map(
        (e) =>
          `${view.limits.find((l) => l.id === e.limitId)?.label ?? e.limitId} ${e.limit}${e.enforceable ? '' : ' (alert)'}`,
      )
      .join('; ');
  const daily = view.daily.map((d) => [
    'daily',
    d.date,
    d.date,
    d.nonDetect ? 'daily value (non-detect)' : 'daily value',
    d.value,
    unit,
    '',
    exceeded(d.date, d.date),
    d.resultIds.join(' '),
  ]);
  const periods = view.values.map((v) => {
    const limit = view.limits.find((l) => l.id === v.limitId);
    return [
      'period',
      v.start,
      v.end,
      v.label,
      v.value,
      unit,
      limit?.value ?? '',
      v.outside ? exceeded(v.start, v.end) || 'yes' : '',
      '',
    ];
  });
  return [...daily, ...periods];
}

export function trendCsv(view: TrendView): string {
  return stringify([HEADER, ...trendRows(view)]);
}

export async function trendXlsx(view: TrendView, q: TrendQuery): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${q.parameterCode} ${q.monitoringPoint}`.replaceAll('/', '-'));
  sheet.addRow(HEADER);
  for (const row of trendRows(view)) sheet.addRow(row);
  const limits = workbook.addWorksheet('limits');
  limits.addRow(['label', 'value', 'unit', 'direction', 'enforceable', 'effective_from', 'effective_to']);
  for (const l of view.limits)
    limits.addRow([
      l.label,
      l.value,
      l.unit,
      l.direction,
      l.enforceable ? 'yes' : 'alert only',
      l.effectiveFrom,
      l.effectiveTo ?? '',
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
