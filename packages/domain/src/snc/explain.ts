import type { PercentCriterionResult, SeriesVerdict } from './measurement-criteria';

/** "one more exceedance puts this in SNC": raised only while the window is open. */
export interface SncWarning {
  criterion: 'A' | 'B';
  parameterCode: string;
  monitoringPoint: string;
  limitKind: SeriesVerdict['limitKind'];
  exceeding: number;
  total: number;
  message: string;
}

function seriesName(s: SeriesVerdict): string {
  const point = s.monitoringPoint ? ` at ${s.monitoringPoint}` : '';
  return `Parameter ${s.parameterCode}${point} (${s.limitKind} limits)`;
}

function testText(c: PercentCriterionResult): string {
  return c.criterion === 'A' ? 'exceed the limit' : 'equal or exceed limit × TRC';
}

/** One line explaining a percentage criterion for a series. */
export function explainPercentCriterion(s: SeriesVerdict, c: PercentCriterionResult): string {
  const verdict = c.isMet ? `SNC (${c.criterion})` : `not SNC (${c.criterion})`;
  return `${seriesName(s)}: ${c.exceeding} of ${c.total} measurements (${c.percent} %) ${testText(c)}; ${c.test} is ${c.isMet} → ${verdict}.`;
}

/** The warning for a series one exceedance away from A or B, or null. */
export function oneMoreWarning(s: SeriesVerdict, c: PercentCriterionResult): SncWarning | null {
  if (!c.isOneExceedanceAway) return null;
  const next = `${c.exceeding + 1} of ${c.total + 1}`;
  return {
    criterion: c.criterion,
    parameterCode: s.parameterCode,
    monitoringPoint: s.monitoringPoint,
    limitKind: s.limitKind,
    exceeding: c.exceeding,
    total: c.total,
    message: `${seriesName(s)}: ${c.exceeding} of ${c.total} measurements ${testText(c)}; one more such measurement makes ${next} (≥ ${c.thresholdPercent} %) and puts this in SNC (${c.criterion}).`,
  };
}
