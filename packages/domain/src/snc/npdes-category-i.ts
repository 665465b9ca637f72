import {
  addDays,
  addMonthsToMonth,
  compareIsoDates,
  firstDayOfMonth,
  type IsoDate,
  type IsoMonth,
  monthOf,
} from '../schedules/dates';
import { type DeterminationVerdict, evaluateDeterminations } from './manual-criteria';
import { evaluateNpdesEffluent, type NpdesMonthlyAverage, type NpdesSeriesVerdict } from './npdes-effluent';
import { evaluateReports, type ReportVerdict } from './report-criterion';
import { evaluateMilestones, type MilestoneVerdict } from './schedule-criterion';
import type { RequiredReport, ScheduleMilestone } from './types';

/** 123.45 Appendix A: a report more than 30 days after its due date is Category I. */
export const NPDES_LATE_REPORT_DAYS = 30;

/** An enforcement-order condition the permittee violated (a POTW/agency determination). */
export interface EnforcementOrderViolation {
  id: string;
  occurredOn: IsoDate;
  note?: string;
}

export interface NpdesCategoryIInput {
  asOf: IsoDate;
  /** Last month of the 6-month period; default the month of `asOf`. Slide it to test "any 6-month period". */
  windowEndMonth?: IsoMonth;
  monthlyAverages?: NpdesMonthlyAverage[];
  milestones?: ScheduleMilestone[];
  reports?: RequiredReport[];
  enforcementOrderViolations?: EnforcementOrderViolation[];
}

export type NpdesCategoryIReason =
  | 'effluent-trc'
  | 'effluent-chronic'
  | 'schedule'
  | 'reporting'
  | 'enforcement-order';

export interface NpdesCategoryIResult {
  isCategoryI: boolean;
  reasons: NpdesCategoryIReason[];
  window: { start: IsoDate; end: IsoDate; months: IsoMonth[]; label: string };
  asOf: IsoDate;
  isWindowOpen: boolean;
  effluent: NpdesSeriesVerdict[];
  milestones: MilestoneVerdict[];
  reports: ReportVerdict[];
  orderViolations: DeterminationVerdict[];
  explanation: string[];
}

// 123.45 Appendix A: a DMR, a final compliance-schedule progress report or a pretreatment report.
function isNpdesReport(r: RequiredReport): boolean {
  return (
    r.kind === 'dmr' ||
    r.kind === 'pretreatment-program' ||
    (r.kind === 'compliance-schedule-progress' && r.isFinal === true)
  );
}

/** NPDES Category I (§9.9) for a direct discharger over one 6-month period, with explanations. Not Part 403 SNC. */
export function evaluateNpdesCategoryI(input: NpdesCategoryIInput): NpdesCategoryIResult {
  const endMonth = input.windowEndMonth ?? monthOf(input.asOf);
  const months = [-5, -4, -3, -2, -1, 0].map((k) => addMonthsToMonth(endMonth, k));
  const start = firstDayOfMonth(months[0]!);
  const end = addDays(firstDayOfMonth(addMonthsToMonth(endMonth, 1)), -1);
  const window = { start, end, months, label: `${months[0]}..${endMonth}` };
  const isWindowOpen = compareIsoDates(input.asOf, end) < 0;
  const asOfMonth = monthOf(input.asOf);
  const rows = (input.monthlyAverages ?? []).filter((r) => months.includes(r.month) && r.month <= asOfMonth);
  const effluent = evaluateNpdesEffluent(rows, isWindowOpen);
  // 123.45 Appendix A: schedule milestones missed by 90 days or more.
  const milestones = evaluateMilestones(input.milestones ?? [], window, input.asOf, 90);
  const reports = evaluateReports(
    input.reports ?? [],
    isNpdesReport,
    window,
    input.asOf,
    NPDES_LATE_REPORT_DAYS,
  );
  const orders = (input.enforcementOrderViolations ?? []).map((v) => ({ ...v, criterion: 'H' as const }));
  const orderViolations = evaluateDeterminations(orders, window, input.asOf).map((v) => ({
    ...v,
    explanation: `Enforcement order condition violated on ${v.occurredOn}${v.isSnc ? '' : ' (outside this period)'}.`,
  }));
  const reasons = npdesReasons(effluent, milestones, reports, orderViolations);
  return {
    isCategoryI: reasons.length > 0,
    reasons,
    window,
    asOf: input.asOf,
    isWindowOpen,
    effluent,
    milestones,
    reports,
    orderViolations,
    explanation: [
      ...explainNpdes(effluent, milestones, reports),
      ...orderViolations.map((o) => o.explanation),
    ],
  };
}

function npdesReasons(
  effluent: NpdesSeriesVerdict[],
  milestones: MilestoneVerdict[],
  reports: ReportVerdict[],
  orders: DeterminationVerdict[],
): NpdesCategoryIReason[] {
  const reasons: NpdesCategoryIReason[] = [];
  if (effluent.some((s) => s.trc?.isMet)) reasons.push('effluent-trc');
  if (effluent.some((s) => s.chronic.isMet)) reasons.push('effluent-chronic');
  if (milestones.some((m) => m.isSnc)) reasons.push('schedule');
  if (reports.some((r) => r.isSnc)) reasons.push('reporting');
  if (orders.some((o) => o.isSnc)) reasons.push('enforcement-order');
  return reasons;
}

function explainNpdes(
  effluent: NpdesSeriesVerdict[],
  milestones: MilestoneVerdict[],
  reports: ReportVerdict[],
): string[] {
  const lines = effluent.flatMap((s) =>
    [s.trc, s.chronic].flatMap((c) => {
      if (!c) return [];
      const what = c.kind === 'trc' ? 'at or above TRC × limit' : 'above the limit';
      const tail = c.isOneExceedanceAway ? '; one more such month makes it Category I' : '';
      return [
        `Parameter ${s.parameterCode}${s.monitoringPoint ? ` at ${s.monitoringPoint}` : ''}: monthly average ${what} in ${c.count} of 6 months (${c.months.join(', ') || 'none'}); needs ${c.threshold} → ${c.isMet ? 'Category I' : 'not Category I'}${tail}.`,
      ];
    }),
  );
  return [...lines, ...milestones.map((m) => m.explanation), ...reports.map((r) => r.explanation)];
}
