import type {
  ReportKind,
  ReportOutfall,
  ReportParameter,
  ReportStatus,
  ReportValue,
} from '@outfall/domain/contracts/index';
import { NODI_CODES } from '@outfall/domain/reference/data/nodi-codes';
import { toSearch } from '../../api/client';
import { REPORT_KIND_LABELS } from '../permits/permit-labels';

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  upcoming: 'Upcoming',
  in_preparation: 'In preparation',
  ready_for_signature: 'Ready for signature',
  submitted: 'Submitted',
  accepted: 'Accepted',
  returned: 'Returned',
};

// Shade 9 text on the light badge background keeps the contrast above 4.5:1.
export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  upcoming: 'gray',
  in_preparation: 'blue',
  ready_for_signature: 'violet',
  submitted: 'cyan',
  accepted: 'green',
  returned: 'orange',
};

export const STATUS_OPTIONS = (Object.keys(REPORT_STATUS_LABELS) as ReportStatus[]).map((value) => ({
  value,
  label: REPORT_STATUS_LABELS[value],
}));

export const KIND_OPTIONS = (Object.keys(REPORT_KIND_LABELS) as ReportKind[]).map((value) => ({
  value,
  label: REPORT_KIND_LABELS[value],
}));

export function kindLabel(kind: ReportKind): string {
  return REPORT_KIND_LABELS[kind];
}

const NODI_MEANINGS = new Map(NODI_CODES.map((n) => [n.code, n.meaning]));

export const NODI_OPTIONS = NODI_CODES.map((n) => ({ value: n.code, label: `${n.code} — ${n.meaning}` }));

export function nodiText(code: string): string {
  const meaning = NODI_MEANINGS.get(code);
  return meaning ? `NODI ${code} (${meaning})` : `NODI ${code}`;
}

export function periodText(period: { start: string; end: string }): string {
  return `${period.start} – ${period.end}`;
}

/** "12 days late"; null when on time or not yet due. */
export function daysLateText(daysLate: number): string | null {
  if (daysLate <= 0) return null;
  return `${daysLate} day${daysLate === 1 ? '' : 's'} late`;
}

/** Draft keys of UpdateReportDraftInput. */
export function parameterKey(outfall: ReportOutfall, p: ReportParameter): string {
  return `${outfall.outfallCode}/${p.parameterCode}/${p.monitoringLocationCode}`;
}

/** The server keys a value by its slot (C1–C3, Q1–Q2), else by its statistical base code. */
export function valueKey(outfall: ReportOutfall, p: ReportParameter, v: ReportValue): string | null {
  const slot = v.slot ?? v.statisticalBaseCode;
  return slot ? `${parameterKey(outfall, p)}/${slot}` : null;
}

const QUALIFIER_SIGNS: Record<string, string> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' };

/** "≤ 3.38" or "Req Mon" (monitor only). */
export function limitText(v: ReportValue): string {
  if (v.limitValue === null) return 'Req Mon';
  const sign = v.limitQualifier ? (QUALIFIER_SIGNS[v.limitQualifier] ?? v.limitQualifier) : '';
  return sign ? `${sign} ${v.limitValue}` : v.limitValue;
}

/** The value as printed on the report: "<0.010", "3.52", or the NODI code. */
export function reportedText(v: ReportValue): string {
  if (v.nodi) return nodiText(v.nodi);
  const text = v.reported ?? v.value;
  if (text === null) return '—';
  const prefix = v.qualifier && v.qualifier !== '=' && !text.startsWith(v.qualifier) ? v.qualifier : '';
  return `${prefix}${text}`;
}

export function statisticText(v: ReportValue): string {
  const name = v.statisticalBaseName ?? v.statisticalBaseCode;
  if (name && v.slot) return `${name} (${v.slot})`;
  return name ?? v.slot ?? '—';
}

/**
 * The results page filtered to a parameter at an outfall over the sample dates of the value's
 * results (the whole report period when those dates are not known).
 */
export function resultsHref(options: {
  facilityId: string | null;
  outfallCode: string;
  parameterCode: string;
  range: { from: string; to: string };
}): string {
  return `/monitoring/results${toSearch({
    facility: options.facilityId,
    point: options.outfallCode,
    parameter: options.parameterCode,
    from: options.range.from,
    to: options.range.to,
  })}`;
}

/** The first and last sample date of some results, or the period when none is known. */
export function sampleRange(
  resultIds: readonly string[],
  sampleDates: ReadonlyMap<string, string>,
  period: { start: string; end: string },
): { from: string; to: string } {
  const dates = resultIds.flatMap((id) => sampleDates.get(id) ?? []).sort();
  if (dates.length !== resultIds.length || dates.length === 0) return { from: period.start, to: period.end };
  return { from: dates[0]!, to: dates[dates.length - 1]! };
}

export function today(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
