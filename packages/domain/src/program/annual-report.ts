import type { IuClassCode } from '../contracts/facilities-common';
import type { EnforcementActionType } from '../contracts/program';
import {
  type AnnualReportContent,
  type AnnualReportIu,
  ProgramReportEdits as EditsSchema,
  type PpsFigures,
  type ProgramReportEdits,
  type ProgramSncCriterion,
} from '../contracts/program-report';
import { D } from '../numbers/decimal';
import { addMonthsToMonth, compareIsoDates, isWithin, monthOf } from '../schedules/dates';

/**
 * The pretreatment annual report (403.12(i); domain-spec §6.1–§6.3) computed from plain facts.
 * Every figure is a count over the facts of the reporting period; money is decimal.
 */

type IuClass = (typeof IuClassCode.options)[number];

export interface IuPermitFacts {
  number: string;
  status: string;
  effectiveDate: string | null;
  expirationDate: string | null;
  /** Date of the terminal status (terminated, revoked), if any. */
  statusDate: string | null;
}

export interface IuSncFinding {
  windowStart: string;
  windowEnd: string;
  label: string;
  criteria: readonly ProgramSncCriterion[];
  parameters: readonly string[];
}

export interface IuEnforcementFacts {
  type: EnforcementActionType;
  issuedOn: string;
  status: string;
  penaltyAssessed: string | null;
  penaltyCollected: string | null;
  penaltyCollectedOn: string | null;
  judicialKind: 'civil' | 'criminal' | null;
  /** Compliance schedule milestones of an order. */
  schedule: readonly { scheduledDate: string; achievedDate: string | null }[];
}

export interface IuFacts {
  facilityId: string;
  name: string;
  address: string | null;
  /** Class in force at the end of the period, and at its start (null: not an IU of the program then). */
  iuClass: IuClass;
  classAtStart: IuClass | null;
  /** When and why the class (or status) last changed within the period. */
  changedOn: string | null;
  changeReason: string | null;
  /** Closed or inactive at the end of the period (a deletion from the list). */
  closed: boolean;
  middleTier: boolean;
  categories: readonly { part: string; subpart: string }[];
  /** The control mechanism carries limits with a local basis. */
  hasLocalLimits: boolean;
  permit: IuPermitFacts | null;
  icisPermitId: string | null;
  averageDailyFlowGpd: string | null;
  averageDailyProcessFlowGpd: string | null;
  /** Completed authority inspections (any date; the period is applied here). */
  inspections: readonly { date: string; kind: string; includesSampling: boolean }[];
  /** Authority sampling events (sample dates, any date). */
  authoritySamples: readonly string[];
  snc: readonly IuSncFinding[];
  enforcement: readonly IuEnforcementFacts[];
  /** Required self-monitoring reports (any due date) and when each was received. */
  selfMonitoringReports: readonly { dueDate: string; receivedOn: string | null }[];
  /** Violations detected in the period (all kinds) and the manual ones with their category. */
  violations: readonly { detectedOn: string; category: string | null; description: string | null }[];
  nsciuCertificationSubmitted: boolean | null;
  changedDischargeSubmitted: boolean;
}

export interface AnnualReportFacts {
  period: { start: string; end: string; label: string };
  /** The day the report is computed (reports due later are not yet missing). */
  asOf: string;
  authority: AnnualReportContent['authority'];
  industrialUsers: readonly IuFacts[];
  entered: Partial<ProgramReportEdits>;
}

const SIGNIFICANT: ReadonlySet<IuClass> = new Set(['SIU_CATEGORICAL', 'SIU_NON_CATEGORICAL']);
const CATEGORICAL: ReadonlySet<IuClass> = new Set(['SIU_CATEGORICAL', 'NSCIU']);
/** §6.2 (mapping UNVERIFIED in the spec): standards A–D, reporting F–G, schedule E. */
const STANDARDS: readonly ProgramSncCriterion[] = ['A', 'B', 'C', 'D'];
const REPORTING: readonly ProgramSncCriterion[] = ['F', 'G'];
const SCHEDULE: readonly ProgramSncCriterion[] = ['E'];
const ENDED: ReadonlySet<string> = new Set(['terminated', 'revoked', 'withdrawn']);
const NOT_YET: ReadonlySet<string> = new Set(['application_received', 'draft']);

export const isSignificantClass = (c: IuClass) => SIGNIFICANT.has(c);
export const isCategoricalClass = (c: IuClass) => CATEGORICAL.has(c);

/** A control mechanism in force on `asOf`: issued, effective by then, not expired, not ended before. */
export function isPermitCurrent(permit: IuPermitFacts | null, asOf: string): boolean {
  if (!permit || NOT_YET.has(permit.status)) return false;
  if (permit.effectiveDate === null || compareIsoDates(permit.effectiveDate, asOf) > 0) return false;
  if (permit.expirationDate !== null && compareIsoDates(permit.expirationDate, asOf) < 0) return false;
  if (
    ENDED.has(permit.status) &&
    (permit.statusDate === null || compareIsoDates(permit.statusDate, asOf) <= 0)
  )
    return false;
  return true;
}

const inPeriod = (date: string | null, period: { start: string; end: string }) =>
  date !== null && isWithin(date, period.start, period.end);

const overlaps = (start: string, end: string, period: { start: string; end: string }) =>
  compareIsoDates(start, period.end) <= 0 && compareIsoDates(end, period.start) >= 0;

const sum = (values: readonly (string | null)[]) =>
  values.reduce((acc, v) => (v === null || v === '' ? acc : acc.plus(v)), new D(0));

const money = (value: InstanceType<typeof D>) => value.toFixed(2);

/** Months (YYYY-MM) of the period covered by an SNC window: the §6.3 SNCListingMonths. */
export function listingMonths(windows: readonly IuSncFinding[], period: { start: string; end: string }) {
  const months = new Set<string>();
  for (const w of windows) {
    const from = monthOf(compareIsoDates(w.windowStart, period.start) < 0 ? period.start : w.windowStart);
    const to = monthOf(compareIsoDates(w.windowEnd, period.end) > 0 ? period.end : w.windowEnd);
    for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) months.add(m);
  }
  return [...months].sort();
}

function changeOf(iu: IuFacts, period: { start: string; end: string }): AnnualReportIu['change'] {
  const wasSignificant = iu.classAtStart !== null && isSignificantClass(iu.classAtStart);
  const isSignificant = !iu.closed && isSignificantClass(iu.iuClass);
  const on = inPeriod(iu.changedOn, period) ? iu.changedOn : null;
  if (!wasSignificant && isSignificant) return { kind: 'added', on, explanation: iu.changeReason };
  if (wasSignificant && !isSignificant)
    return {
      kind: 'deleted',
      on,
      explanation:
        iu.changeReason ??
        (iu.closed ? 'Facility closed or inactive' : `Reclassified as ${iu.iuClass.replace(/_/g, ' ')}`),
    };
  if (iu.classAtStart !== null && iu.classAtStart !== iu.iuClass && !iu.closed)
    return { kind: 'reclassified', on, explanation: iu.changeReason };
  return null;
}

function iuOf(facts: AnnualReportFacts, iu: IuFacts, published: boolean): AnnualReportIu {
  const { period } = facts;
  const significant = !iu.closed && isSignificantClass(iu.iuClass);
  const categorical = isCategoricalClass(iu.iuClass);
  const inspections = iu.inspections.filter((i) => inPeriod(i.date, period));
  const samplingDays = new Set([
    ...inspections.filter((i) => i.includesSampling).map((i) => i.date),
    ...iu.authoritySamples.filter((d) => inPeriod(d, period)),
  ]);
  const reports = iu.selfMonitoringReports.filter((r) => inPeriod(r.dueDate, period));
  const onTime = reports.filter(
    (r) => r.receivedOn !== null && compareIsoDates(r.receivedOn, r.dueDate) <= 0,
  );
  const late = reports.filter((r) => r.receivedOn !== null && compareIsoDates(r.receivedOn, r.dueDate) > 0);
  const missing = reports.filter((r) => r.receivedOn === null && compareIsoDates(r.dueDate, facts.asOf) < 0);
  const windows = iu.snc.filter((s) => s.criteria.length > 0 && overlaps(s.windowStart, s.windowEnd, period));
  const criteria = [...new Set(windows.flatMap((w) => w.criteria))].sort();
  const actions = iu.enforcement.filter((a) => inPeriod(a.issuedOn, period));
  const counts = new Map<EnforcementActionType, number>();
  for (const a of actions) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  return {
    facilityId: iu.facilityId,
    name: iu.name,
    address: iu.address,
    iuClass: iu.iuClass,
    isSignificant: significant,
    isCategorical: categorical,
    middleTier: categorical && iu.middleTier,
    categories: [...iu.categories],
    subjectToLocalLimits: iu.hasLocalLimits || !categorical,
    // 403.12(i)(1)(ii), (iii): a CIU whose control mechanism carries local limits is subject to
    // local standards more stringent than the categorical ones; a non-categorical IU to local ones only.
    localLimitsMoreStringent: categorical && iu.hasLocalLimits,
    localLimitsOnly: !categorical,
    permit: iu.permit && {
      number: iu.permit.number,
      status: iu.permit.status,
      effectiveDate: iu.permit.effectiveDate,
      expirationDate: iu.permit.expirationDate,
      currentAtPeriodEnd: isPermitCurrent(iu.permit, period.end),
    },
    icisPermitId: iu.icisPermitId,
    change: changeOf(iu, period),
    averageDailyFlowGpd: wholeGallons(iu.averageDailyFlowGpd),
    averageDailyProcessFlowGpd: wholeGallons(iu.averageDailyProcessFlowGpd),
    inspections: inspections.length,
    samplingEvents: samplingDays.size,
    selfMonitoring: {
      required: reports.length,
      onTime: onTime.length,
      late: late.length,
      missing: missing.length,
      complied: late.length === 0 && missing.length === 0,
    },
    snc: {
      inSnc: criteria.length > 0,
      criteria,
      parameters: [...new Set(windows.flatMap((w) => w.parameters))].sort(),
      months: listingMonths(windows, period),
      published: criteria.length > 0 && published,
    },
    enforcement: {
      counts: [...counts].map(([type, count]) => ({ type, count })),
      penaltyAssessed: money(sum(actions.map((a) => a.penaltyAssessed))),
      penaltyCollected: money(
        sum(
          iu.enforcement.filter((a) => inPeriod(a.penaltyCollectedOn, period)).map((a) => a.penaltyCollected),
        ),
      ),
    },
    onComplianceSchedule: isOnSchedule(iu, period),
    nsciuCertificationSubmitted: iu.iuClass === 'NSCIU' ? iu.nsciuCertificationSubmitted : null,
    changedDischargeSubmitted: iu.changedDischargeSubmitted,
    violations: iu.violations.filter((v) => inPeriod(v.detectedOn, period)).length,
  };
}

/** An order's schedule was running in the period: issued by its end, a milestone still open at its start. */
function isOnSchedule(iu: IuFacts, period: { start: string; end: string }): boolean {
  return iu.enforcement.some(
    (a) =>
      compareIsoDates(a.issuedOn, period.end) <= 0 &&
      a.schedule.some((m) => m.achievedDate === null || compareIsoDates(m.achievedDate, period.start) >= 0),
  );
}

function wholeGallons(value: string | null): number | null {
  if (value === null || value === '') return null;
  const n = new D(value).toDecimalPlaces(0, D.ROUND_HALF_UP);
  return n.isNegative() ? null : n.toNumber();
}

/** A violation recorded, SNC, or a required report late or missing in the period (403.12(i)(2)). */
const hasNoncompliance = (iu: AnnualReportIu) =>
  iu.violations > 0 || iu.snc.inSnc || !iu.selfMonitoring.complied;

const hasAny = (iu: AnnualReportIu, criteria: readonly ProgramSncCriterion[]) =>
  iu.snc.criteria.some((c) => criteria.includes(c));

/** §6.2: the Pretreatment Performance Summary figures from the per-IU lines and the period's actions. */
export function ppsFigures(facts: AnnualReportFacts, ius: readonly AnnualReportIu[]): PpsFigures {
  const { period } = facts;
  const sius = ius.filter((iu) => iu.isSignificant);
  const siuIds = new Set(sius.map((iu) => iu.facilityId));
  const siuActions = facts.industrialUsers
    .filter((iu) => siuIds.has(iu.facilityId))
    .flatMap((iu) => iu.enforcement.filter((a) => inPeriod(a.issuedOn, period)));
  const collections = facts.industrialUsers.flatMap((iu) =>
    iu.enforcement
      .filter((a) => inPeriod(a.penaltyCollectedOn, period) && a.penaltyCollected !== null)
      .filter((a) => new D(a.penaltyCollected!).gt(0))
      .map((a) => ({ facilityId: iu.facilityId, amount: a.penaltyCollected })),
  );
  const passThrough = facts.industrialUsers.some((iu) =>
    iu.violations.some(
      (v) =>
        inPeriod(v.detectedOn, period) && (v.category === 'pass_through' || v.category === 'interference'),
    ),
  );
  const closed = new Set(facts.industrialUsers.filter((iu) => iu.closed).map((iu) => iu.facilityId));
  const cius = ius.filter((iu) => iu.isCategorical && !closed.has(iu.facilityId));
  return {
    NumberSIUs: sius.length,
    SIUsWithoutControlMechanism: sius.filter((iu) => !iu.permit?.currentAtPeriodEnd).length,
    SIUsNotInspected: sius.filter((iu) => iu.inspections === 0).length,
    SIUsNotSampled: sius.filter((iu) => iu.samplingEvents === 0).length,
    SIUsOnSchedule: sius.filter((iu) => iu.onComplianceSchedule).length,
    SIUsSNCWithPretreatmentStandards: sius.filter((iu) => hasAny(iu, STANDARDS)).length,
    SIUsSNCWithReportingRequirements: sius.filter((iu) => hasAny(iu, REPORTING)).length,
    SIUsSNCWithPretreatmentSchedule: sius.filter((iu) => hasAny(iu, SCHEDULE)).length,
    SIUsSNCPublishedNewspaper: sius.filter((iu) => iu.snc.published).length,
    ViolationNoticesIssuedSIUs: siuActions.filter((a) => a.type === 'notice_of_violation').length,
    AdministrativeOrdersIssuedSIUs: siuActions.filter((a) => a.type === 'administrative_order').length,
    CivilSuitsFiledAgainstSIUs: siuActions.filter(
      (a) => a.type === 'judicial_referral' && a.judicialKind === 'civil',
    ).length,
    CriminalSuitsFiledAgainstSIUs: siuActions.filter(
      (a) => a.type === 'judicial_referral' && a.judicialKind === 'criminal',
    ).length,
    // §6.2: penalties collected (not assessed) in the period, from any IU
    DollarAmountPenaltiesCollected: money(sum(collections.map((c) => c.amount))),
    IUsWhichPenaltiesHaveBeenCollected: new Set(collections.map((c) => c.facilityId)).size,
    NumberCIUs: cius.length,
    CIUsInSNC: cius.filter((iu) => iu.snc.inSnc).length,
    PassThroughInterferenceIndicator: passThrough ? 'Y' : 'N',
  };
}

/** The whole report content (§6.1 items 1–5, §6.2, §6.3) from the facts and what the authority entered. */
export function computeAnnualReport(facts: AnnualReportFacts): AnnualReportContent {
  const { period } = facts;
  const entered = EditsSchema.parse(facts.entered);
  const published =
    entered.sncNoticePublishedOn !== null && compareIsoDates(entered.sncNoticePublishedOn, period.start) >= 0;
  const sorted = [...facts.industrialUsers].sort((a, b) => a.name.localeCompare(b.name));
  const ius = sorted.map((iu) =>
    iuOf(facts, { ...iu, icisPermitId: entered.icisPermitIds[iu.facilityId] ?? iu.icisPermitId }, published),
  );
  const byId = new Map(sorted.map((iu) => [iu.facilityId, iu]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const listed = ius.filter((iu) => iu.change?.kind !== 'deleted');
  const inspections = sorted.flatMap((iu) =>
    iu.inspections
      .filter((i) => inPeriod(i.date, period))
      .map((i) => ({ facilityId: iu.facilityId, name: iu.name, ...i })),
  );
  const samplingEvents = sorted.flatMap((iu) => {
    const fromInspections = iu.inspections.filter((i) => i.includesSampling && inPeriod(i.date, period));
    const seen = new Set(fromInspections.map((i) => i.date));
    return [
      ...fromInspections.map((i) => ({
        facilityId: iu.facilityId,
        name: iu.name,
        date: i.date,
        source: 'inspection' as const,
      })),
      ...[...new Set(iu.authoritySamples)]
        .filter((d) => inPeriod(d, period) && !seen.has(d))
        .map((date) => ({ facilityId: iu.facilityId, name: iu.name, date, source: 'sample' as const })),
    ];
  });
  const actions = sorted.flatMap((iu) =>
    iu.enforcement
      .filter((a) => inPeriod(a.issuedOn, period) || inPeriod(a.penaltyCollectedOn, period))
      .map((a) => ({
        facilityId: iu.facilityId,
        name: nameOf(iu.facilityId),
        type: a.type,
        issuedOn: a.issuedOn,
        status: a.status,
        penaltyAssessed: a.penaltyAssessed,
        penaltyCollected: a.penaltyCollected,
        penaltyCollectedOn: a.penaltyCollectedOn,
        judicialKind: a.judicialKind,
      })),
  );
  return {
    format: 'outfall.pretreatment-annual-report/1',
    period: { ...period },
    authority: { ...facts.authority },
    industrialUsers: ius,
    complianceSummary: {
      industrialUsers: listed.length,
      withoutViolations: listed.filter((iu) => !hasNoncompliance(iu)).length,
      withViolations: listed.filter(hasNoncompliance).length,
      inSnc: listed.filter((iu) => iu.snc.inSnc).length,
      reportsRequired: listed.reduce((n, iu) => n + iu.selfMonitoring.required, 0),
      reportsLateOrMissing: listed.reduce(
        (n, iu) => n + iu.selfMonitoring.late + iu.selfMonitoring.missing,
        0,
      ),
    },
    sncList: sorted.flatMap((iu) => {
      const windows = iu.snc.filter(
        (s) => s.criteria.length > 0 && overlaps(s.windowStart, s.windowEnd, period),
      );
      if (windows.length === 0) return [];
      return [
        {
          facilityId: iu.facilityId,
          name: iu.name,
          windows: windows.map((w) => ({
            start: w.windowStart,
            end: w.windowEnd,
            label: w.label,
            criteria: [...w.criteria].sort(),
            parameters: [...w.parameters].sort(),
          })),
          published,
        },
      ];
    }),
    inspections,
    samplingEvents,
    enforcementActions: actions,
    penalties: {
      assessed: money(sum(actions.filter((a) => inPeriod(a.issuedOn, period)).map((a) => a.penaltyAssessed))),
      collected: money(
        sum(actions.filter((a) => inPeriod(a.penaltyCollectedOn, period)).map((a) => a.penaltyCollected)),
      ),
    },
    passThroughInterference: sorted.flatMap((iu) =>
      iu.violations
        .filter(
          (v) =>
            inPeriod(v.detectedOn, period) &&
            (v.category === 'pass_through' || v.category === 'interference'),
        )
        .map((v) => ({
          facilityId: iu.facilityId,
          name: iu.name,
          category: v.category!,
          detectedOn: v.detectedOn,
          description: v.description,
        })),
    ),
    pps: ppsFigures(facts, ius),
    entered,
  };
}
