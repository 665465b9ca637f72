import { compareIsoDates, type IsoDate } from '../schedules/dates';
import { countMeasurements, type SeriesCounts } from './measurement-counts';
import { type CountedMeasurement, countedMeasurements, type SncComparisonOptions } from './measurement-units';
import { meetsPercentThreshold, percentText } from './ratio';
import type { PretreatmentSncSettings, SncLimitKind, SncMeasurement, SncWindow } from './types';

/** 403.8(f)(2)(viii)(A): 66 % or more of all measurements. */
export const CHRONIC_PERCENT = 66;
/** 403.8(f)(2)(viii)(B): 33 % or more of all measurements. */
export const TRC_PERCENT = 33;

/** The count behind one percentage criterion (A or B) for one series. */
export interface PercentCriterionResult {
  criterion: 'A' | 'B';
  isMet: boolean;
  exceeding: number;
  total: number;
  /** exceeding / total, one decimal ('66.7'). */
  percent: string;
  thresholdPercent: number;
  /** The exact test applied, e.g. '100 × 4 >= 66 × 6'. */
  test: string;
  /** Keys of the measurements that counted. */
  exceedingKeys: string[];
  /** The window is still open and one more exceedance would meet the criterion. */
  isOneExceedanceAway: boolean;
}

/**
 * A and B for one parameter at one monitoring point (and one limit kind unless POOLED). The counts
 * are computed eagerly; `measurements`, `reviewKeys` and each criterion's `exceedingKeys` are
 * enumerable getters that build the per-measurement detail once, on first read (JSON included).
 */
export interface SeriesVerdict {
  parameterCode: string;
  monitoringPoint: string;
  limitKind: SncLimitKind | 'pooled';
  measurements: CountedMeasurement[];
  /** §4.3(7): non-detects set aside for manual review (in the total, never counted as exceeding). */
  reviewKeys: string[];
  chronic: PercentCriterionResult;
  /** null when no measurement has a TRC test (pH). */
  trc: PercentCriterionResult | null;
}

function percentCriterion(
  criterion: 'A' | 'B',
  k: number,
  n: number,
  isWindowOpen: boolean,
  keysOf: () => string[],
): PercentCriterionResult {
  const threshold = criterion === 'A' ? CHRONIC_PERCENT : TRC_PERCENT;
  const isMet = meetsPercentThreshold(k, n, threshold);
  return {
    criterion,
    isMet,
    exceeding: k,
    total: n,
    percent: percentText(k, n),
    thresholdPercent: threshold,
    test: `100 × ${k} >= ${threshold} × ${n}`,
    get exceedingKeys() {
      return keysOf();
    },
    isOneExceedanceAway: isWindowOpen && !isMet && meetsPercentThreshold(k + 1, n + 1, threshold),
  };
}

/** The per-measurement detail of a series, built on first read (a program-wide sweep needs only counts). */
interface SeriesDetail {
  measurements: CountedMeasurement[];
  reviewKeys: string[];
  chronicKeys: string[];
  trcKeys: string[];
}

function seriesDetail(
  rows: SncMeasurement[],
  settings: PretreatmentSncSettings,
  options: SncComparisonOptions,
): SeriesDetail {
  const measurements = countedMeasurements(rows, settings, options);
  return {
    measurements,
    reviewKeys: measurements.filter((m) => m.needsReview).map((m) => m.key),
    chronicKeys: measurements.filter((m) => m.exceedsLimit).map((m) => m.key),
    trcKeys: measurements.filter((m) => m.meetsTrc).map((m) => m.key),
  };
}

// 'YYYY-MM-DD' by shape (digits and dashes); read as character codes, this runs once per row.
function hasIsoDateShape(date: string): boolean {
  if (date.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = date.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

// ISO dates of one shape order as strings; the shape is checked so a malformed date fails loudly.
function isInWindow(
  row: SncMeasurement,
  window: SncWindow,
  asOf: IsoDate,
  settings: PretreatmentSncSettings,
) {
  if (!hasIsoDateShape(row.date))
    throw new RangeError(`Measurement ${row.id}: not an ISO date '${row.date}'`);
  if (row.isInvalid) return false; // §4.3(2): results invalidated by QA are excluded.
  if (row.limitKind === 'average' && settings.averageLimitCounting === 'EXCLUDE') return false;
  return row.date >= window.start && row.date <= window.end && row.date <= asOf;
}

/** Rows in the window grouped into series; consecutive rows of one series share a single key lookup. */
function seriesOf(
  rows: SncMeasurement[],
  window: SncWindow,
  asOf: IsoDate,
  settings: PretreatmentSncSettings,
): Map<string, SncMeasurement[]> {
  const isPooled = settings.limitKindEvaluation === 'POOLED';
  const groups = new Map<string, SncMeasurement[]>();
  let last: SncMeasurement | null = null;
  let lastGroup: SncMeasurement[] = [];
  for (const row of rows) {
    if (!isInWindow(row, window, asOf, settings)) continue;
    const isSameSeries =
      last !== null &&
      last.parameterCode === row.parameterCode &&
      (last.monitoringPoint ?? '') === (row.monitoringPoint ?? '') &&
      (isPooled || last.limitKind === row.limitKind);
    if (!isSameSeries) {
      const key = `${row.parameterCode}\u0000${row.monitoringPoint ?? ''}\u0000${isPooled ? 'pooled' : row.limitKind}`;
      let group = groups.get(key);
      if (!group) {
        group = [];
        groups.set(key, group);
      }
      lastGroup = group;
    }
    lastGroup.push(row);
    last = row;
  }
  return groups;
}

/**
 * Criteria A and B for every series of measurements in a window, as of `asOf` (later rows ignored).
 * Series are per parameter and monitoring point (§4.3(1)) and per limit kind unless POOLED (§4.3(6)).
 */
export function evaluateMeasurementCriteria(
  rows: SncMeasurement[],
  window: SncWindow,
  asOf: IsoDate,
  settings: PretreatmentSncSettings,
  options: SncComparisonOptions = {},
): SeriesVerdict[] {
  const isPooled = settings.limitKindEvaluation === 'POOLED';
  const isWindowOpen = compareIsoDates(asOf, window.end) < 0;
  const groups = [...seriesOf(rows, window, asOf, settings).entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return groups.map(([, seriesRows]) => {
    const first = seriesRows[0]!;
    return seriesVerdict(
      {
        parameterCode: first.parameterCode,
        monitoringPoint: first.monitoringPoint ?? '',
        limitKind: isPooled ? 'pooled' : first.limitKind,
      },
      countMeasurements(seriesRows, settings, options),
      isWindowOpen,
      () => seriesRows,
      settings,
      options,
    );
  });
}

/**
 * The verdict of one series from its counts; `rowsOf` gives the series' rows (in input order) when
 * the per-measurement detail is first read.
 */
export function seriesVerdict(
  head: Pick<SeriesVerdict, 'parameterCode' | 'monitoringPoint' | 'limitKind'>,
  counts: SeriesCounts,
  isWindowOpen: boolean,
  rowsOf: () => SncMeasurement[],
  settings: PretreatmentSncSettings,
  options: SncComparisonOptions,
): SeriesVerdict {
  let detail: SeriesDetail | null = null;
  const detailOf = () => {
    detail ??= seriesDetail(rowsOf(), settings, options);
    return detail;
  };
  const chronic = percentCriterion(
    'A',
    counts.exceeding,
    counts.total,
    isWindowOpen,
    () => detailOf().chronicKeys,
  );
  const trc = counts.hasTrc
    ? percentCriterion('B', counts.meetingTrc, counts.total, isWindowOpen, () => detailOf().trcKeys)
    : null;
  return {
    parameterCode: head.parameterCode,
    monitoringPoint: head.monitoringPoint,
    limitKind: head.limitKind,
    get measurements() {
      return detailOf().measurements;
    },
    get reviewKeys() {
      return detailOf().reviewKeys;
    },
    chronic,
    trc,
  };
}
