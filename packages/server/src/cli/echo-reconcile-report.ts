import type { EchoFinding, EchoReconciliation } from '@outfall/domain/echo/index';
import { formatTable, type TableColumn } from './format-table';

const COLUMNS: TableColumn[] = [
  { header: 'DMR value', align: 'right' },
  { header: 'Permit' },
  { header: 'Feature' },
  { header: 'Parameter' },
  { header: 'Loc' },
  { header: 'Period end' },
  { header: 'Stat' },
  { header: 'Type' },
  { header: 'Value', align: 'right' },
  { header: 'Limit', align: 'right' },
  { header: 'Unit' },
  { header: 'Exc %', align: 'right' },
];

/** The human-readable `echo reconcile` output: exceedances, values needing review, then a summary. */
export function formatEchoReconciliation(r: EchoReconciliation): string {
  const parts: string[] = [];
  if (r.exceedances.length > 0)
    parts.push('Exceedances', formatTable(COLUMNS, r.exceedances.map(findingRow)), '');
  if (r.indeterminate.length > 0) {
    parts.push('Needs manual review (< or > value; may or may not exceed)');
    parts.push(formatTable(COLUMNS, r.indeterminate.map(findingRow)), '');
  }
  parts.push(...summaryLines(r));
  return `${parts.join('\n')}\n`;
}

function findingRow(f: EchoFinding): string[] {
  const v = f.value;
  const desc = v.parameterDesc ? ` ${truncate(v.parameterDesc, 28)}` : '';
  return [
    v.dmrValueId,
    v.permit,
    v.feature,
    `${v.parameterCode}${desc}`,
    v.monitoringLocation,
    v.periodEnd,
    v.statisticalBaseCode,
    v.valueTypeCode,
    `${f.reported.qualifier === '=' ? '' : f.reported.qualifier}${f.reported.value}`,
    `${f.limit.qualifier} ${f.limit.value}`,
    v.standardUnitDesc || v.standardUnitCode,
    f.exceedancePct === null ? '' : String(f.exceedancePct),
  ];
}

function summaryLines(r: EchoReconciliation): string[] {
  const lines = [
    `DMR values: ${r.dmrValues}`,
    `Exceedances (ours): ${r.exceedances.length}`,
    `Needing manual review: ${r.indeterminate.length}`,
  ];
  const a = r.agreement;
  if (!r.epa || !a) return [...lines, 'EPA verdicts: none in this file (no violation_code column)'];
  lines.push(
    `EPA E90 flags: ${r.epa.e90}`,
    `Agreement: matched ${a.matched}, only ours ${a.onlyOurs.length}, only EPA ${a.onlyEpa.length}, percent mismatches ${a.pctMismatches.length}`,
  );
  if (a.onlyOurs.length > 0) lines.push(`  only ours: ${a.onlyOurs.join(', ')}`);
  if (a.onlyEpa.length > 0) lines.push(`  only EPA: ${a.onlyEpa.join(', ')}`);
  for (const m of a.pctMismatches)
    lines.push(`  percent differs for ${m.dmrValueId}: ours ${m.ours ?? '—'}, EPA ${m.epa ?? '—'}`);
  return lines;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
