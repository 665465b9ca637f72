import {
  ENFORCEMENT_LEVEL,
  type EnforcementActionType,
  type ManualViolationCategory,
} from '../contracts/program';
import { dec } from '../numbers/decimal';
import { addDays, compareIsoDates, daysBetween, type IsoDate } from '../schedules/dates';

/**
 * The Enforcement Response Plan (domain-spec §5): the model Enforcement Response Guide (§5.4) as
 * data, the recommendation of responses for a violation (§5.3: the more severe of two applicable
 * rows, formal action for SNC), the escalation ladder and the response timeliness against the §5.2
 * time frames. Every row is LOCAL: the authority edits its own copy.
 */

export type ViolationKindKey = 'effluent' | 'monitoring' | 'reporting' | 'schedule' | 'inspection' | 'manual';

/** The noncompliance keys of the model guide (an authority may add its own). */
export const NONCOMPLIANCE_KEYS = [
  'unpermitted_discharge',
  'failure_to_renew',
  'effluent',
  'reporting',
  'resample',
  'falsification',
  'schedule',
  'other_permit',
  'site_visit',
  'pass_through_interference',
] as const;
export type NoncomplianceKey = (typeof NONCOMPLIANCE_KEYS)[number];

/** One row of an Enforcement Response Guide. */
export interface ErpGuideRow {
  noncompliance: string;
  noncomplianceLabel: string;
  circumstance: string;
  circumstanceLabel: string;
  /** The range of responses (§5.3 types), least severe first. */
  responses: EnforcementActionType[];
  officialTitle: string;
  /** Days from detection within which the response is due; 0 = immediate. */
  timeFrameDays: number;
}

/** §5.2 time frames in days (the defaults of the program settings). */
export const TIME_FRAMES = {
  initial: 15,
  followUp: 60,
  sncFormal: 30,
  immediate: 0,
} as const;

export interface GuideTitles {
  directorTitle: string;
  coordinatorTitle: string;
  inspectorTitle?: string;
  attorneyTitle?: string;
}

const DEFAULT_TITLES: Required<GuideTitles> = {
  directorTitle: 'Director',
  coordinatorTitle: 'Pretreatment Coordinator',
  inspectorTitle: 'Inspector',
  attorneyTitle: 'City Attorney',
};

/** The model Enforcement Response Guide of §5.4 with the §5.2 time frames, officials by title. */
export function modelEnforcementResponseGuide(titles: Partial<GuideTitles> = {}): ErpGuideRow[] {
  const t = { ...DEFAULT_TITLES, ...titles };
  const dir = t.directorTitle;
  const coord = t.coordinatorTitle;
  const dirAtty = `${dir} / ${t.attorneyTitle}`;
  const row = (
    noncompliance: NoncomplianceKey,
    noncomplianceLabel: string,
    circumstance: string,
    circumstanceLabel: string,
    responses: EnforcementActionType[],
    officialTitle: string,
    timeFrameDays: number,
  ): ErpGuideRow => ({
    noncompliance,
    noncomplianceLabel,
    circumstance,
    circumstanceLabel,
    responses,
    officialTitle,
    timeFrameDays,
  });
  const { initial, followUp, sncFormal, immediate } = TIME_FRAMES;
  return [
    row(
      'unpermitted_discharge',
      'Unpermitted discharge',
      'unaware_no_harm',
      'IU unaware, no harm',
      ['informal_notice', 'notice_of_violation'],
      coord,
      initial,
    ),
    row(
      'unpermitted_discharge',
      'Unpermitted discharge',
      'harm_or_continuing',
      'Harm to POTW, or continues after notice',
      ['administrative_order', 'penalty', 'judicial_referral', 'termination'],
      dirAtty,
      immediate,
    ),
    row(
      'failure_to_renew',
      'Failure to renew permit',
      'late_application',
      'Application late (more than 10 days past due)',
      ['informal_notice', 'notice_of_violation'],
      coord,
      initial,
    ),
    row(
      'effluent',
      'Exceedance of a local or categorical limit',
      'isolated_minor',
      'Isolated, not significant',
      ['informal_notice', 'notice_of_violation'],
      `${t.inspectorTitle} / ${coord}`,
      initial,
    ),
    row(
      'effluent',
      'Exceedance of a local or categorical limit',
      'isolated_significant',
      'Isolated, significant (no harm)',
      ['notice_of_violation', 'administrative_order', 'penalty'],
      `${coord} / ${dir}`,
      initial,
    ),
    row(
      'effluent',
      'Exceedance of a local or categorical limit',
      'harm',
      'Caused known interference, pass-through or harm',
      ['administrative_order', 'show_cause_hearing', 'penalty', 'termination', 'judicial_referral'],
      dirAtty,
      immediate,
    ),
    row(
      'effluent',
      'Exceedance of a local or categorical limit',
      'recurring',
      'Recurring, not SNC',
      ['administrative_order', 'penalty'],
      dir,
      followUp,
    ),
    row(
      'effluent',
      'Exceedance of a local or categorical limit',
      'snc',
      'SNC (criteria A/B)',
      ['administrative_order', 'show_cause_hearing', 'penalty', 'judicial_referral'],
      dirAtty,
      sncFormal,
    ),
    row(
      'reporting',
      'Monitoring / reporting',
      'missed_sample',
      'Required sample not taken',
      ['informal_notice', 'notice_of_violation'],
      coord,
      initial,
    ),
    row(
      'reporting',
      'Monitoring / reporting',
      'late_within',
      'Report late (within the late-report days)',
      ['informal_notice', 'notice_of_violation'],
      coord,
      initial,
    ),
    row(
      'reporting',
      'Monitoring / reporting',
      'late_beyond',
      'Report more than the late-report days late (SNC F)',
      ['administrative_order', 'penalty'],
      dir,
      sncFormal,
    ),
    row(
      'reporting',
      'Monitoring / reporting',
      'inaccurate',
      'Failure to accurately report noncompliance (SNC G)',
      ['administrative_order', 'penalty'],
      dir,
      sncFormal,
    ),
    row(
      'resample',
      'Monitoring / reporting',
      'failure_to_resample',
      'Failure to resample per 403.12(g)(2)',
      ['notice_of_violation', 'administrative_order'],
      coord,
      initial,
    ),
    row(
      'falsification',
      'Monitoring / reporting',
      'falsification',
      'Falsification',
      ['termination', 'judicial_referral'],
      t.attorneyTitle,
      initial,
    ),
    row(
      'schedule',
      'Compliance schedule',
      'missed_within_90',
      'Milestone missed by 90 days or less',
      ['notice_of_violation'],
      coord,
      initial,
    ),
    row(
      'schedule',
      'Compliance schedule',
      'missed_beyond_90',
      'Milestone missed by more than 90 days (SNC E)',
      ['administrative_order', 'show_cause_hearing', 'penalty', 'judicial_referral'],
      dir,
      sncFormal,
    ),
    row(
      'other_permit',
      'Other permit violations',
      'slug_bmp_notification',
      'Slug-plan, BMP or notification failure',
      ['notice_of_violation', 'administrative_order'],
      `${coord} / ${dir}`,
      initial,
    ),
    row(
      'other_permit',
      'Other permit violations',
      'other',
      'Other violation of the permit or ordinance',
      ['informal_notice', 'notice_of_violation'],
      coord,
      initial,
    ),
    row(
      'site_visit',
      'Site-visit findings',
      'minor_deficiency',
      'Minor deficiency',
      ['file_note', 'notice_of_violation'],
      t.inspectorTitle,
      initial,
    ),
    row(
      'site_visit',
      'Site-visit findings',
      'entry_refused',
      'Entry refused (obtain a warrant)',
      ['administrative_order', 'termination'],
      dirAtty,
      immediate,
    ),
    row(
      'pass_through_interference',
      'Pass-through, interference or endangerment',
      'harm',
      'Caused pass-through, interference or endangerment (SNC C/D)',
      ['show_cause_hearing', 'administrative_order', 'penalty', 'termination', 'judicial_referral'],
      dirAtty,
      immediate,
    ),
  ];
}

/** The level of a response type (§5.3); 4 and above are formal. */
export function levelOf(type: EnforcementActionType): number {
  return ENFORCEMENT_LEVEL[type];
}
export const FORMAL_LEVEL = 4;
export function isFormal(type: EnforcementActionType): boolean {
  return levelOf(type) >= FORMAL_LEVEL;
}

/** Words for each response type. */
export const RESPONSE_LABEL: Readonly<Record<EnforcementActionType, string>> = {
  file_note: 'file note',
  informal_notice: 'informal notice',
  notice_of_violation: 'notice of violation',
  compliance_meeting: 'compliance meeting',
  administrative_order: 'administrative order',
  show_cause_hearing: 'show-cause hearing',
  penalty: 'penalty',
  termination: 'termination of service',
  judicial_referral: 'judicial referral',
};

/** What the recommendation looks at for one violation. */
export interface ViolationFacts {
  kind: ViolationKindKey;
  /** Manual (and inspection) violations: the category. */
  category: ManualViolationCategory | null;
  /** When the authority learned of it: the time frames run from here (§5.2). */
  detectedOn: IsoDate;
  /** Reporting: days the report was (or is) late. */
  daysLate?: number | null;
  /** Schedule: days the milestone was missed by. */
  daysMissed?: number | null;
  /** Effluent: the exceedance in percent of the limit, decimal text. */
  exceedancePercent?: string | null;
  /** The facility's latest SNC determination. */
  inSnc: boolean;
  sncCriteria: readonly string[];
  /** The violation's own SNC determination (C, D, G or H), if any. */
  sncCriterion?: 'C' | 'D' | 'G' | 'H' | null;
  /** Similar violations of the same facility (same kind and parameter or category) in the 12 months before. */
  similarInLast12Months: number;
  /** Known harm to the POTW, pass-through, interference or endangerment. */
  harm: boolean;
}

export interface RecommendOptions {
  /** Report lateness beyond this is SNC F (§4.1; LOCAL, federal 45). */
  lateReportDays?: number;
  /** An isolated exceedance at or above this percent is significant (LOCAL; default 20, the 1.2 TRC). */
  significantExceedancePercent?: string;
  /** §5.2: SNC gets formal action within this many days of the determination. */
  sncFormalDays?: number;
}

export interface RecommendedResponse<R extends ErpGuideRow = ErpGuideRow> {
  type: EnforcementActionType;
  level: number;
  formal: boolean;
  officialTitle: string;
  timeFrameDays: number;
  /** detectedOn + timeFrameDays. */
  dueDate: IsoDate;
  /** Why, in words. */
  reason: string;
  row: R;
}

export interface Recommendation<R extends ErpGuideRow = ErpGuideRow> {
  /** The (noncompliance, circumstance) keys the facts fall under. */
  keys: { noncompliance: string; circumstance: string; why: string }[];
  /** The guide rows that apply, most severe first. */
  applicable: R[];
  /** The row followed (the most severe applicable one), or null when the guide has none. */
  chosen: R | null;
  formalRequired: boolean;
  responses: RecommendedResponse<R>[];
  reasons: string[];
}

type Key = { noncompliance: string; circumstance: string; why: string };

const SNC_EFFLUENT = ['A', 'B'];

/** The (noncompliance, circumstance) keys a violation's facts fall under, each with why. */
export function circumstancesOf(facts: ViolationFacts, options: RecommendOptions = {}): Key[] {
  const lateDays = options.lateReportDays ?? 45;
  const significantAt = options.significantExceedancePercent ?? '20';
  const keys: Key[] = [];
  const add = (noncompliance: string, circumstance: string, why: string) =>
    keys.push({ noncompliance, circumstance, why });
  const recurring = facts.similarInLast12Months > 0;
  const recurringWhy = `${facts.similarInLast12Months} similar violation${facts.similarInLast12Months === 1 ? '' : 's'} in the previous 12 months`;
  let base: string;
  switch (facts.kind) {
    case 'effluent': {
      base = 'effluent';
      const pct = facts.exceedancePercent;
      const significant = pct != null && pct !== '' && dec(pct).gte(dec(significantAt));
      if (significant)
        add('effluent', 'isolated_significant', `exceeded the limit by ${pct}% (≥ ${significantAt}%)`);
      else
        add(
          'effluent',
          'isolated_minor',
          pct == null || pct === '' ? 'an exceedance' : `exceeded the limit by ${pct}% (< ${significantAt}%)`,
        );
      if (facts.inSnc && facts.sncCriteria.some((c) => SNC_EFFLUENT.includes(c)))
        add('effluent', 'snc', `the facility is in SNC (criteria ${facts.sncCriteria.join(', ')})`);
      break;
    }
    case 'monitoring':
      base = 'reporting';
      add('reporting', 'missed_sample', 'a required sample was not taken');
      break;
    case 'reporting': {
      base = 'reporting';
      const late = facts.daysLate ?? 0;
      if (late > lateDays)
        add('reporting', 'late_beyond', `the report is ${late} days late (more than ${lateDays})`);
      else add('reporting', 'late_within', `the report is ${late} days late (${lateDays} or fewer)`);
      break;
    }
    case 'schedule': {
      base = 'schedule';
      const missed = facts.daysMissed ?? 0;
      if (missed > 90)
        add('schedule', 'missed_beyond_90', `the milestone was missed by ${missed} days (more than 90)`);
      else add('schedule', 'missed_within_90', `the milestone was missed by ${missed} days (90 or fewer)`);
      break;
    }
    case 'inspection':
      base = 'site_visit';
      if (facts.category === 'entry_refused') add('site_visit', 'entry_refused', 'entry was refused');
      else add('site_visit', 'minor_deficiency', 'a deficiency found on a site visit');
      break;
    case 'manual': {
      const c = facts.category ?? 'other';
      switch (c) {
        case 'pass_through':
        case 'interference':
        case 'endangerment':
          base = 'pass_through_interference';
          add(base, 'harm', `the POTW determined ${c.replace('_', '-')}`);
          break;
        case 'inaccurate_reporting':
          base = 'reporting';
          add('reporting', 'inaccurate', 'noncompliance was not accurately reported');
          break;
        case 'unpermitted_discharge':
          base = 'unpermitted_discharge';
          if (facts.harm || recurring)
            add(
              base,
              'harm_or_continuing',
              facts.harm ? 'the discharge caused harm' : 'the discharge continues',
            );
          else add(base, 'unaware_no_harm', 'an unpermitted discharge without harm');
          break;
        case 'failure_to_renew':
          base = 'failure_to_renew';
          add(base, 'late_application', 'the renewal application is late');
          break;
        case 'failure_to_resample':
          base = 'resample';
          add(base, 'failure_to_resample', 'the repeat sample of 403.12(g)(2) was not taken');
          break;
        case 'falsification':
          base = 'falsification';
          add(base, 'falsification', 'records or reports were falsified');
          break;
        case 'slug_bmp_notification':
          base = 'other_permit';
          add(base, 'slug_bmp_notification', 'a slug-plan, BMP or notification failure');
          break;
        case 'entry_refused':
          base = 'site_visit';
          add(base, 'entry_refused', 'entry was refused');
          break;
        default:
          base = 'other_permit';
          add(base, 'other', 'another permit violation');
      }
      break;
    }
  }
  if (recurring) add(base, 'recurring', recurringWhy);
  if (facts.harm || facts.sncCriterion === 'C' || facts.sncCriterion === 'D') {
    const why = facts.harm ? 'known harm to the POTW' : `SNC criterion ${facts.sncCriterion} determined`;
    add(base, 'harm', why);
    add('pass_through_interference', 'harm', why);
  }
  if (facts.inSnc)
    add(base, 'snc', `the facility is in SNC (criteria ${facts.sncCriteria.join(', ') || '—'})`);
  // the same key once, with its first reason
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.noncompliance}/${k.circumstance}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** How severe a row is: its most severe response, then its least severe one. */
export function severityOf(row: Pick<ErpGuideRow, 'responses'>): [number, number] {
  const levels = row.responses.map(levelOf);
  if (levels.length === 0) return [-1, -1];
  return [Math.max(...levels), Math.min(...levels)];
}

function compareSeverity(a: ErpGuideRow, b: ErpGuideRow): number {
  const [amax, amin] = severityOf(a);
  const [bmax, bmin] = severityOf(b);
  return bmax - amax || bmin - amin;
}

/**
 * The responses the guide recommends for a violation: the applicable rows, the more severe where two
 * apply (§5.3), formal action only when the facility is in SNC (or the violation is determined SNC
 * C/D/G/H), each response with its official, time frame, due date and reason.
 */
export function recommendResponses<R extends ErpGuideRow>(
  facts: ViolationFacts,
  guide: readonly R[],
  options: RecommendOptions = {},
): Recommendation<R> {
  const keys = circumstancesOf(facts, options);
  const applicable: R[] = [];
  const whyOf = new Map<R, string>();
  for (const k of keys) {
    const row = guide.find((g) => g.noncompliance === k.noncompliance && g.circumstance === k.circumstance);
    if (row && !applicable.includes(row)) {
      applicable.push(row);
      whyOf.set(row, k.why);
    }
  }
  applicable.sort(compareSeverity);
  const chosen = applicable[0] ?? null;
  const formalRequired = facts.inSnc || (facts.sncCriterion != null && facts.sncCriterion !== undefined);
  const reasons: string[] = keys.map((k) => `${k.noncompliance} / ${k.circumstance}: ${k.why}`);
  if (applicable.length > 1 && chosen)
    reasons.push(
      `${applicable.length} guide rows apply; the more severe one is followed: ${chosen.noncomplianceLabel} — ${chosen.circumstanceLabel}`,
    );
  if (!chosen) return { keys, applicable, chosen, formalRequired, responses: [], reasons };
  let types = [...new Set(chosen.responses)].sort((a, b) => levelOf(a) - levelOf(b));
  let timeFrame = chosen.timeFrameDays;
  if (formalRequired) {
    const dropped = types.filter((t) => !isFormal(t));
    types = types.filter(isFormal);
    if (types.length === 0) types = ['administrative_order'];
    if (dropped.length > 0)
      reasons.push(
        `SNC always gets formal action: ${dropped.map((t) => RESPONSE_LABEL[t]).join(', ')} dropped`,
      );
    const sncDays = options.sncFormalDays ?? TIME_FRAMES.sncFormal;
    timeFrame = Math.min(timeFrame, sncDays);
  }
  const base = `${chosen.noncomplianceLabel} — ${chosen.circumstanceLabel}: ${whyOf.get(chosen)}`;
  const responses = types.map((type) => ({
    type,
    level: levelOf(type),
    formal: isFormal(type),
    officialTitle: chosen.officialTitle,
    timeFrameDays: timeFrame,
    dueDate: addDays(facts.detectedOn, timeFrame),
    reason:
      formalRequired && facts.inSnc
        ? `${base}; the facility is in SNC, so formal action is required`
        : formalRequired
          ? `${base}; determined SNC criterion ${facts.sncCriterion}, so formal action is required`
          : base,
    row: chosen,
  }));
  return { keys, applicable, chosen, formalRequired, responses, reasons };
}

/** §5.3 escalation: the next step(s) up the ladder when a response date passes without a response. */
export const ESCALATION: Readonly<Record<EnforcementActionType, readonly EnforcementActionType[]>> = {
  file_note: ['notice_of_violation'],
  informal_notice: ['notice_of_violation'],
  notice_of_violation: ['administrative_order'],
  compliance_meeting: ['administrative_order'],
  administrative_order: ['show_cause_hearing'],
  show_cause_hearing: ['penalty', 'termination'],
  penalty: ['judicial_referral'],
  termination: ['judicial_referral'],
  judicial_referral: [],
};

export interface NextResponse {
  type: EnforcementActionType;
  level: number;
  officialTitle: string;
  timeFrameDays: number;
}

/**
 * The next level(s) up the ladder for an action whose response date passed: the official and time
 * frame from the guide row of the same noncompliance that lists the type (else any row that does,
 * else the fallback). Empty at the top (judicial referral).
 */
export function nextResponses<R extends ErpGuideRow>(
  action: { type: EnforcementActionType; guideRow?: R | null },
  guide: readonly R[],
  fallback: { officialTitle: string; timeFrameDays: number } = {
    officialTitle: DEFAULT_TITLES.directorTitle,
    timeFrameDays: TIME_FRAMES.sncFormal,
  },
): NextResponse[] {
  return ESCALATION[action.type].map((type) => {
    const same = action.guideRow
      ? guide.find((g) => g.noncompliance === action.guideRow!.noncompliance && g.responses.includes(type))
      : undefined;
    const any = same ?? guide.find((g) => g.responses.includes(type));
    return {
      type,
      level: levelOf(type),
      officialTitle: any?.officialTitle ?? fallback.officialTitle,
      timeFrameDays: any ? Math.max(any.timeFrameDays, 0) : fallback.timeFrameDays,
    };
  });
}

export type TimelinessState = 'on_time' | 'late' | 'overdue' | 'pending' | 'resolved_without_response';

export interface Timeliness {
  /** When the initial response is due. */
  dueOn: IsoDate;
  /** Which time frame: the initial response, or formal action for SNC. */
  basis: 'initial' | 'snc_formal';
  /** The first qualifying action's issue date. */
  metOn: IsoDate | null;
  state: TimelinessState;
  /** Days past the due date (late: issued after it; overdue: still none on asOf); 0 otherwise. */
  daysLate: number;
}

/**
 * Response timeliness (§5.2, §5.4): the initial response is due within `erpInitialResponseDays` of
 * detection; when the facility is in SNC, a formal action (level ≥ 4) is due within
 * `erpSncFormalDays`. Met on the first qualifying action's issue date.
 */
export function responseTimeliness(
  violation: { detectedOn: IsoDate; closedOn?: IsoDate | null; inSnc?: boolean },
  actions: readonly { type: EnforcementActionType; issuedOn: IsoDate }[],
  settings: { erpInitialResponseDays: number; erpSncFormalDays: number },
  asOf: IsoDate,
): Timeliness {
  const snc = violation.inSnc === true;
  const basis = snc ? 'snc_formal' : 'initial';
  const dueOn = addDays(
    violation.detectedOn,
    snc ? settings.erpSncFormalDays : settings.erpInitialResponseDays,
  );
  const qualifying = actions
    .filter((a) => !snc || isFormal(a.type))
    .map((a) => a.issuedOn)
    .sort(compareIsoDates);
  const metOn = qualifying[0] ?? null;
  if (metOn) {
    const late = daysBetween(dueOn, metOn);
    return { dueOn, basis, metOn, state: late > 0 ? 'late' : 'on_time', daysLate: Math.max(late, 0) };
  }
  if (violation.closedOn && compareIsoDates(violation.closedOn, dueOn) <= 0)
    return { dueOn, basis, metOn, state: 'resolved_without_response', daysLate: 0 };
  const end = violation.closedOn && compareIsoDates(violation.closedOn, asOf) < 0 ? violation.closedOn : asOf;
  const over = daysBetween(dueOn, end);
  if (over > 0) return { dueOn, basis, metOn, state: 'overdue', daysLate: over };
  return { dueOn, basis, metOn, state: 'pending', daysLate: 0 };
}

/** Whether a guide's rows are valid: known types, a title, days 0–365, unique keys. Returns problems. */
export function checkGuide(rows: readonly ErpGuideRow[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const key = `${r.noncompliance}/${r.circumstance}`;
    if (seen.has(key))
      problems.push({ path: `rows.${i}.circumstance`, message: `duplicates the row ${key}` });
    seen.add(key);
    if (r.responses.length === 0)
      problems.push({ path: `rows.${i}.responses`, message: 'needs at least one response' });
    if (new Set(r.responses).size !== r.responses.length)
      problems.push({ path: `rows.${i}.responses`, message: 'lists a response twice' });
    if (r.officialTitle.trim() === '')
      problems.push({ path: `rows.${i}.officialTitle`, message: 'needs the official by title' });
    if (!Number.isInteger(r.timeFrameDays) || r.timeFrameDays < 0 || r.timeFrameDays > 365)
      problems.push({ path: `rows.${i}.timeFrameDays`, message: 'must be 0 to 365 days' });
  });
  return problems;
}
