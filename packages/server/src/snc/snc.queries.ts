import type {
  SncCriterionCode,
  SncCriterionExplanation,
  SncEvaluationView,
  SncFindingView,
  SncProgramRow,
  SncSettingsUsed,
  SncWarningView,
} from '@outfall/domain/contracts/snc-program';
import { and, asc, desc, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { facilityClassifications, facilityProfiles, organizations, sncEvaluations } from '../db/schema';
import type { SncEvaluationRow } from './evaluate-facility';
import { isSiuClass } from './gather';

export function toEvaluationView(row: SncEvaluationRow): SncEvaluationView {
  return {
    id: row.id,
    facilityId: row.facilityId,
    windowMode: row.windowMode,
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    windowLabel: row.windowLabel,
    asOf: row.asOf,
    isWindowOpen: row.asOf < row.windowEnd,
    isSignificantIndustrialUser: row.isSignificantIndustrialUser,
    isSnc: row.isSnc,
    isNearSnc: row.isNearSnc,
    criteriaMet: row.criteriaMet as SncCriterionCode[],
    findings: row.findings as SncFindingView[],
    warnings: row.warnings as SncWarningView[],
    explanation: row.explanation as SncCriterionExplanation[],
    settings: row.settings as SncSettingsUsed,
    evaluatedAt: row.evaluatedAt.toISOString(),
  };
}

/** The IUs an authority regulates (closed ones left out), with their class. */
export async function regulatedFacilities(db: Queryable, authorityId: string) {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      effectiveClass: facilityClassifications.effectiveClass,
      status: facilityProfiles.status,
    })
    .from(organizations)
    .leftJoin(facilityClassifications, eq(facilityClassifications.facilityId, organizations.id))
    .leftJoin(facilityProfiles, eq(facilityProfiles.facilityId, organizations.id))
    .where(
      and(
        eq(organizations.kind, 'facility'),
        eq(organizations.regulatedById, authorityId),
        or(isNull(facilityProfiles.status), ne(facilityProfiles.status, 'closed')),
      ),
    )
    .orderBy(asc(organizations.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    facilityClass: r.effectiveClass ?? null,
    isSignificantIndustrialUser: isSiuClass(r.effectiveClass),
  }));
}

/** Every IU with its latest evaluation (of a window ending on or before `windowEnd`, when given). */
export async function sncProgramList(
  db: Queryable,
  authorityId: string,
  windowEnd?: string,
): Promise<SncProgramRow[]> {
  const facilities = await regulatedFacilities(db, authorityId);
  const rows = await db
    .select()
    .from(sncEvaluations)
    .where(
      and(
        eq(sncEvaluations.authorityId, authorityId),
        windowEnd ? lte(sncEvaluations.windowEnd, windowEnd) : undefined,
      ),
    )
    .orderBy(desc(sncEvaluations.windowEnd), desc(sncEvaluations.evaluatedAt));
  const latest = new Map<string, SncEvaluationRow>();
  for (const r of rows) if (!latest.has(r.facilityId)) latest.set(r.facilityId, r);
  return facilities.map((f) => {
    const e = latest.get(f.id);
    return {
      facilityId: f.id,
      facilityName: f.name,
      facilityClass: f.facilityClass,
      isSignificantIndustrialUser: f.isSignificantIndustrialUser,
      latest: e
        ? {
            id: e.id,
            windowMode: e.windowMode,
            windowLabel: e.windowLabel,
            windowStart: e.windowStart,
            windowEnd: e.windowEnd,
            asOf: e.asOf,
            isSnc: e.isSnc,
            isNearSnc: e.isNearSnc,
            criteriaMet: e.criteriaMet as SncCriterionCode[],
            warnings: e.warnings as SncWarningView[],
            evaluatedAt: e.evaluatedAt.toISOString(),
          }
        : null,
    };
  });
}

/** One IU's evaluations, newest window first. */
export async function facilityEvaluations(db: Queryable, facilityId: string): Promise<SncEvaluationView[]> {
  const rows = await db
    .select()
    .from(sncEvaluations)
    .where(eq(sncEvaluations.facilityId, facilityId))
    .orderBy(desc(sncEvaluations.windowEnd), asc(sncEvaluations.windowMode));
  return rows.map(toEvaluationView);
}

export interface SncHistoryEntry {
  facilityId: string;
  facilityName: string;
  windowMode: string;
  windowStart: string;
  windowEnd: string;
  windowLabel: string;
  criteriaMet: SncCriterionCode[];
  findings: SncFindingView[];
  determinedOn: string;
}

/**
 * §4.2: the dated SNC determinations of an authority's IUs whose window overlaps [from, to]
 * (the public notice's "any time during the previous 12 months", the annual report's SNC list).
 */
export async function sncHistory(
  db: Queryable,
  authorityId: string,
  from: string,
  to: string,
): Promise<SncHistoryEntry[]> {
  const rows = await db
    .select({ e: sncEvaluations, name: organizations.name })
    .from(sncEvaluations)
    .innerJoin(organizations, eq(organizations.id, sncEvaluations.facilityId))
    .where(
      and(
        eq(sncEvaluations.authorityId, authorityId),
        eq(sncEvaluations.isSnc, true),
        lte(sncEvaluations.windowStart, to),
        gte(sncEvaluations.windowEnd, from),
      ),
    )
    .orderBy(asc(organizations.name), asc(sncEvaluations.windowStart));
  return rows.map(({ e, name }) => ({
    facilityId: e.facilityId,
    facilityName: name,
    windowMode: e.windowMode,
    windowStart: e.windowStart,
    windowEnd: e.windowEnd,
    windowLabel: e.windowLabel,
    criteriaMet: e.criteriaMet as SncCriterionCode[],
    findings: e.findings as SncFindingView[],
    determinedOn: e.asOf,
  }));
}

export interface SncState {
  isSnc: boolean;
  criteria: string[];
  windowLabel: string;
  asOf: string;
}

/** The facility's latest SNC evaluation (the ERP recommends formal action for SNC), or null when none yet. */
export async function latestSncOf(db: Queryable, facilityId: string): Promise<SncState | null> {
  const [row] = await db
    .select({
      isSnc: sncEvaluations.isSnc,
      criteria: sncEvaluations.criteriaMet,
      windowLabel: sncEvaluations.windowLabel,
      asOf: sncEvaluations.asOf,
    })
    .from(sncEvaluations)
    .where(eq(sncEvaluations.facilityId, facilityId))
    .orderBy(desc(sncEvaluations.windowEnd), desc(sncEvaluations.evaluatedAt))
    .limit(1);
  return row ?? null;
}
