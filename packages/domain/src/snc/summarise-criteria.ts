import { explainPercentCriterion, oneMoreWarning, type SncWarning } from './explain';
import type { DeterminationVerdict } from './manual-criteria';
import type { SeriesVerdict } from './measurement-criteria';
import type { ReportVerdict } from './report-criterion';
import type { MilestoneVerdict } from './schedule-criterion';
import type { SncCriterion } from './types';

/** The outcome of one criterion with the lines that explain it. */
export interface CriterionFinding {
  criterion: SncCriterion;
  /** False for A, B, E, F, G when the user is not an SIU (403.8(f)(2)(viii) lead-in). */
  isApplicable: boolean;
  isMet: boolean;
  reasons: string[];
}

const ALL_CRITERIA: SncCriterion[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
// 403.8(f)(2)(viii): any IU (not only SIUs) is in SNC when it meets C, D or H.
const ANY_USER_CRITERIA = new Set<SncCriterion>(['C', 'D', 'H']);

interface Hit {
  criterion: SncCriterion;
  isMet: boolean;
  /** The explanation line, written when read (a program-wide sweep reads counts, not text). */
  reason: () => string;
  parameterCode: string | null;
  monitoringPoint: string | null;
}

function seriesHits(series: SeriesVerdict[]): Hit[] {
  return series.flatMap((s) =>
    [s.chronic, s.trc].flatMap((c) =>
      c
        ? [
            {
              criterion: c.criterion,
              isMet: c.isMet,
              reason: () => explainPercentCriterion(s, c),
              parameterCode: s.parameterCode,
              monitoringPoint: s.monitoringPoint,
            },
          ]
        : [],
    ),
  );
}

function otherHits(m: MilestoneVerdict[], r: ReportVerdict[], d: DeterminationVerdict[]): Hit[] {
  const none = { parameterCode: null, monitoringPoint: null };
  return [
    ...m
      .filter((x) => x.isCoveredKind)
      .map((x) => ({ criterion: 'E' as const, isMet: x.isSnc, reason: () => x.explanation, ...none })),
    ...r
      .filter((x) => x.isCoveredKind)
      .map((x) => ({ criterion: 'F' as const, isMet: x.isSnc, reason: () => x.explanation, ...none })),
    ...d.map((x) => ({ criterion: x.criterion, isMet: x.isSnc, reason: () => x.explanation, ...none })),
  ];
}

/** Collects per-item verdicts into criteria A–H, the dated findings and the one-more warnings. */
export function summariseCriteria(input: {
  isSignificantIndustrialUser: boolean;
  series: SeriesVerdict[];
  milestones: MilestoneVerdict[];
  reports: ReportVerdict[];
  determinations: DeterminationVerdict[];
}) {
  const hits = [
    ...seriesHits(input.series),
    ...otherHits(input.milestones, input.reports, input.determinations),
  ];
  const isApplicable = (c: SncCriterion) => input.isSignificantIndustrialUser || ANY_USER_CRITERIA.has(c);
  const criteria = Object.fromEntries(
    ALL_CRITERIA.map((c) => {
      const mine = hits.filter((h) => h.criterion === c);
      const applicable = isApplicable(c);
      let reasons: string[] | null = applicable
        ? null
        : ['Not applicable: the user is not a significant industrial user.'];
      const finding: CriterionFinding = {
        criterion: c,
        isApplicable: applicable,
        isMet: applicable && mine.some((h) => h.isMet),
        // An enumerable getter: serialised verdicts carry the text; the sweep never builds it.
        get reasons() {
          reasons ??= mine.map((h) => h.reason());
          return reasons;
        },
      };
      return [c, finding];
    }),
  ) as Record<SncCriterion, CriterionFinding>;
  const criteriaMet = ALL_CRITERIA.filter((c) => criteria[c].isMet);
  const findings = hits
    .filter((h) => h.isMet && isApplicable(h.criterion))
    .map(({ criterion, parameterCode, monitoringPoint }) => ({ criterion, parameterCode, monitoringPoint }));
  const warnings = input.series
    .flatMap((s) => [s.chronic, s.trc].map((c) => (c ? oneMoreWarning(s, c) : null)))
    .filter((w): w is SncWarning => w !== null);
  return { criteria, criteriaMet, findings: dedupeFindings(findings), warnings };
}

function dedupeFindings<
  T extends { criterion: SncCriterion; parameterCode: string | null; monitoringPoint: string | null },
>(findings: T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.criterion}|${f.parameterCode ?? ''}|${f.monitoringPoint ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
