import type { IsoDate } from '../schedules/dates';
import { lateInterval } from './late-interval';
import type { ScheduleMilestone } from './types';

/** The three milestone kinds that criterion E (and NPDES Category I) covers. */
export const CONSTRUCTION_MILESTONE_KINDS: ReadonlyArray<ScheduleMilestone['kind']> = [
  'start-construction',
  'complete-construction',
  'final-compliance',
];

/** One milestone judged against a lateness threshold. */
export interface MilestoneVerdict {
  milestoneId: string;
  kind: ScheduleMilestone['kind'];
  scheduledDate: IsoDate;
  achievedDate: IsoDate | null;
  daysLate: number;
  isOutstanding: boolean;
  /** Only start construction, complete construction and final compliance can be SNC (S8). */
  isCoveredKind: boolean;
  sncFrom: IsoDate | null;
  isSnc: boolean;
  explanation: string;
}

/**
 * Milestone lateness: pretreatment E is "> 90 days" (firstSncDay 91); NPDES Category I is
 * "90 days or more" (firstSncDay 90).
 */
export function evaluateMilestones(
  milestones: ScheduleMilestone[],
  window: { start: IsoDate; end: IsoDate },
  asOf: IsoDate,
  firstSncDay: number,
): MilestoneVerdict[] {
  return [...milestones]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => {
      const late = lateInterval({
        dueDate: m.scheduledDate,
        doneDate: m.achievedDate,
        asOf,
        firstSncDay,
        window,
      });
      const isCoveredKind = CONSTRUCTION_MILESTONE_KINDS.includes(m.kind);
      const isSnc = isCoveredKind && late.isSncInWindow;
      const state = late.isOutstanding ? `still open on ${asOf}` : `achieved ${m.achievedDate}`;
      const explanation = isCoveredKind
        ? `Milestone '${m.kind}' due ${m.scheduledDate}, ${state}: ${late.daysLate} days late; SNC from day ${firstSncDay}${late.sncFrom ? ` (${late.sncFrom})` : ''}${isSnc ? '' : late.sncFrom ? ', outside this window' : ', not reached'}.`
        : `Milestone '${m.kind}' is not a start-construction, complete-construction or final-compliance milestone; lateness here is not this criterion (it may be a late report or another violation).`;
      return {
        milestoneId: m.id,
        kind: m.kind,
        scheduledDate: m.scheduledDate,
        achievedDate: late.isOutstanding ? null : (m.achievedDate ?? null),
        daysLate: late.daysLate,
        isOutstanding: late.isOutstanding,
        isCoveredKind,
        sncFrom: isCoveredKind ? late.sncFrom : null,
        isSnc,
        explanation,
      };
    });
}
