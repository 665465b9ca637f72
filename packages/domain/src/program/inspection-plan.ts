import { addMonths, addYears, compareIsoDates, type IsoDate } from '../schedules/dates';
import { type ReportingYear, reportingYearContaining, reportingYearStarting } from './reporting-year';

/**
 * POTW inspection and sampling planning (§3.1, §3.2; 403.8(f)(2)(v), (vi)): for one industrial user
 * and one reporting year, the activities the authority owes, when each is due, when it was last done
 * and whether it is done, due or overdue. Pure: the caller passes the stored facts and the date.
 */

export type PlanIuClass = 'SIU_CATEGORICAL' | 'SIU_NON_CATEGORICAL' | 'NSCIU' | 'NON_SIGNIFICANT';

export type PlannedActivityKind =
  | 'inspection'
  | 'sampling'
  | 'nsciu_evaluation'
  | 'slug_evaluation'
  | 'waived_pollutant_sampling';

export type PlannedActivityState = 'done' | 'due' | 'overdue' | 'not_required';

/** A completed authority inspection (any kind), on the day it took place. */
export interface CompletedInspectionFact {
  kind: string;
  date: IsoDate;
  includesSampling: boolean;
}

/** A sample taken by the authority (`samples.sampled_by = 'authority'`) and the parameters analysed. */
export interface AuthoritySampleFact {
  date: IsoDate;
  parameterCodes: readonly string[];
}

export interface PlanFacilityFacts {
  iuClass: PlanIuClass;
  /** 403.12(e)(3) middle-tier CIU today (ignored for other classes). */
  middleTier: boolean;
  /** The first day the IU became an SIU (history or the classification date); null if unknown. */
  siuDesignatedOn: IsoDate | null;
  /** The current permit term (effective date to expiration or end); null without a binding permit. */
  permitTerm: { start: IsoDate; end: IsoDate } | null;
  /** Parameter codes under a 403.12(e)(2) monitoring waiver in the current permit. */
  waivedParameterCodes: readonly string[];
  inspections: readonly CompletedInspectionFact[];
  authoritySamples: readonly AuthoritySampleFact[];
}

export interface PlanSettings {
  /** §3.1 LOCAL: the reporting year starts on the first of this month (1 = calendar year). */
  reportingYearStartMonth: number;
  /** §3.2 LOCAL: slug control re-evaluation interval in months (default 24). */
  slugReevaluationMonths: number;
}

export interface PlannedActivity {
  kind: PlannedActivityKind;
  /** The waived pollutant, for `waived_pollutant_sampling`. */
  parameterCode: string | null;
  /** The rule in words, with its citation. */
  basis: string;
  /** The first day an activity counts toward this requirement; null when not required. */
  windowStart: IsoDate | null;
  /** The last day it may be done; null when not required. */
  dueDate: IsoDate | null;
  /** The latest qualifying activity on or before the window's end (or the year's end). */
  lastDone: IsoDate | null;
  state: PlannedActivityState;
}

export interface FacilityPlan {
  year: ReportingYear;
  iuClass: PlanIuClass;
  middleTier: boolean;
  activities: PlannedActivity[];
}

/** Before 14 Nov 2005 an SIU's first slug evaluation was due 14 Oct 2006 (§3.2). */
const SLUG_RULE_DATE = '2005-11-14';
const SLUG_LEGACY_DUE = '2006-10-14';

const isSiu = (c: PlanIuClass) => c === 'SIU_CATEGORICAL' || c === 'SIU_NON_CATEGORICAL';
const within = (d: IsoDate, start: IsoDate, end: IsoDate) =>
  compareIsoDates(d, start) >= 0 && compareIsoDates(d, end) <= 0;
const latest = (dates: readonly IsoDate[]): IsoDate | null =>
  dates.reduce<IsoDate | null>((acc, d) => (acc === null || compareIsoDates(d, acc) > 0 ? d : acc), null);

/** Done when an activity falls in the window; else overdue once the due date has passed, else due. */
function windowed(
  kind: PlannedActivityKind,
  basis: string,
  dates: readonly IsoDate[],
  windowStart: IsoDate,
  dueDate: IsoDate,
  asOf: IsoDate,
  parameterCode: string | null = null,
): PlannedActivity {
  const upToDue = dates.filter((d) => compareIsoDates(d, dueDate) <= 0);
  const inWindow = upToDue.filter((d) => within(d, windowStart, dueDate));
  const state: PlannedActivityState =
    inWindow.length > 0 ? 'done' : compareIsoDates(asOf, dueDate) > 0 ? 'overdue' : 'due';
  return { kind, parameterCode, basis, windowStart, dueDate, lastDone: latest(upToDue), state };
}

const notRequired = (
  kind: PlannedActivityKind,
  basis: string,
  lastDone: IsoDate | null,
): PlannedActivity => ({
  kind,
  parameterCode: null,
  basis,
  windowStart: null,
  dueDate: null,
  lastDone,
  state: 'not_required',
});

/**
 * The slug control evaluation (§3.2): the first within one year of SIU designation (14 Oct 2006 for
 * SIUs designated before 14 Nov 2005), then every `slugReevaluationMonths` after the last one. For
 * a reporting year, done when the next evaluation falls due after the year's end.
 */
export function slugEvaluationPlan(
  designatedOn: IsoDate | null,
  evaluations: readonly IsoDate[],
  year: ReportingYear,
  reevaluationMonths: number,
  asOf: IsoDate,
): PlannedActivity {
  const basis = `Slug control evaluation within 1 year of SIU designation, then every ${reevaluationMonths} months (403.8(f)(2)(vi))`;
  const upToYearEnd = evaluations.filter((d) => compareIsoDates(d, year.end) <= 0);
  const last = latest(upToYearEnd);
  if (last === null) {
    const designated = designatedOn ?? year.start;
    const dueDate =
      compareIsoDates(designated, SLUG_RULE_DATE) < 0 ? SLUG_LEGACY_DUE : addYears(designated, 1);
    return {
      kind: 'slug_evaluation',
      parameterCode: null,
      basis,
      windowStart: designated,
      dueDate,
      lastDone: null,
      state: compareIsoDates(asOf, dueDate) > 0 ? 'overdue' : 'due',
    };
  }
  const dueDate = addMonths(last, reevaluationMonths);
  const state: PlannedActivityState =
    compareIsoDates(dueDate, year.end) > 0 ? 'done' : compareIsoDates(asOf, dueDate) > 0 ? 'overdue' : 'due';
  return {
    kind: 'slug_evaluation',
    parameterCode: null,
    basis,
    windowStart: last,
    dueDate,
    lastDone: last,
    state,
  };
}

/**
 * The activities the authority owes one IU for the reporting year that starts in `yearStart`
 * (a 'YYYY' start year), evaluated on `asOf`.
 */
export function planFacility(
  facts: PlanFacilityFacts,
  settings: PlanSettings,
  yearStart: number,
  asOf: IsoDate,
): FacilityPlan {
  const year = reportingYearStarting(yearStart, settings.reportingYearStartMonth);
  const middleTier = facts.iuClass === 'SIU_CATEGORICAL' && facts.middleTier;
  const inspectionDates = facts.inspections.map((i) => i.date);
  const samplingDates = [
    ...facts.authoritySamples.map((s) => s.date),
    ...facts.inspections.filter((i) => i.includesSampling).map((i) => i.date),
  ];
  const activities: PlannedActivity[] = [];

  if (facts.iuClass === 'NON_SIGNIFICANT') {
    activities.push(
      notRequired(
        'inspection',
        'Not a significant industrial user: no minimum inspection or sampling frequency (403.8(f)(2)(v))',
        latest(inspectionDates.filter((d) => compareIsoDates(d, year.end) <= 0)),
      ),
    );
    return { year, iuClass: facts.iuClass, middleTier: false, activities };
  }

  // An IU designated an SIU only after this year ended owed nothing in it.
  const designatedLater =
    facts.siuDesignatedOn !== null && compareIsoDates(facts.siuDesignatedOn, year.end) > 0;

  if (facts.iuClass === 'NSCIU') {
    const basis =
      'NSCIU: evaluate at least once each reporting year whether it still qualifies (403.8(f)(2)(v)(B))';
    activities.push(
      designatedLater
        ? notRequired('nsciu_evaluation', basis, null)
        : windowed('nsciu_evaluation', basis, inspectionDates, year.start, year.end, asOf),
    );
  } else {
    const windowStart = middleTier
      ? reportingYearStarting(yearStart - 1, settings.reportingYearStartMonth).start
      : year.start;
    const every = middleTier
      ? 'Middle-tier CIU: at least once every two reporting years (403.12(e)(3), 403.8(f)(2)(v)(A))'
      : 'SIU: at least once each reporting year (403.8(f)(2)(v))';
    for (const [kind, dates, what] of [
      ['inspection', inspectionDates, 'Inspect'],
      ['sampling', samplingDates, 'Sample the effluent'],
    ] as const) {
      const basis = `${what}. ${every}`;
      activities.push(
        designatedLater
          ? notRequired(kind, basis, null)
          : windowed(kind, basis, dates, windowStart, year.end, asOf),
      );
    }
    if (!designatedLater)
      activities.push(
        slugEvaluationPlan(
          facts.siuDesignatedOn,
          facts.inspections.filter((i) => i.kind === 'slug_evaluation').map((i) => i.date),
          year,
          settings.slugReevaluationMonths,
          asOf,
        ),
      );
  }

  // A CIU with a monitoring waiver: the authority samples each waived pollutant once per permit term.
  const term = facts.permitTerm;
  const isCiu = facts.iuClass === 'SIU_CATEGORICAL' || facts.iuClass === 'NSCIU';
  if (
    isCiu &&
    term &&
    compareIsoDates(term.start, year.end) <= 0 &&
    compareIsoDates(term.end, year.start) >= 0
  ) {
    for (const code of [...new Set(facts.waivedParameterCodes)].sort()) {
      const dates = facts.authoritySamples.filter((s) => s.parameterCodes.includes(code)).map((s) => s.date);
      activities.push(
        windowed(
          'waived_pollutant_sampling',
          `Waived pollutant ${code}: the authority samples it at least once during the permit term (403.8(f)(2)(v)(A), 403.12(e)(2))`,
          dates,
          term.start,
          term.end,
          asOf,
          code,
        ),
      );
    }
  }
  return { year, iuClass: facts.iuClass, middleTier, activities };
}

/** The start year of the reporting year containing `date`. */
export function reportingYearStartOf(date: IsoDate, startMonth: number): number {
  return Number(reportingYearContaining(date, startMonth).start.slice(0, 4));
}

/** Whether any activity of the plan is due or overdue (for counts). */
export function planCounts(plans: readonly FacilityPlan[]): { due: number; overdue: number } {
  let due = 0;
  let overdue = 0;
  for (const p of plans)
    for (const a of p.activities) {
      if (a.state === 'due') due++;
      if (a.state === 'overdue') overdue++;
    }
  return { due, overdue };
}

export { isSiu as isSignificantClass };
