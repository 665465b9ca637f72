import type { SncCriterionCode } from '@outfall/domain/contracts/snc-program';
import { compareIsoDates } from '@outfall/domain/schedules/dates';
import {
  evaluatePretreatmentSnc,
  nearSnc,
  type SncWindow,
  sncWindowContaining,
} from '@outfall/domain/snc/index';
import { and, eq } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/append';
import type { Db } from '../db/connect';
import { sncEvaluations } from '../db/schema';
import { AppError } from '../errors';
import { programSettingsOf } from '../program/settings';
import { explanationOf, settingsUsedOf, warningsOf } from './explanation';
import { gatherSncInputs } from './gather';

export type SncEvaluationRow = typeof sncEvaluations.$inferSelect;

export interface EvaluateFacilityInput {
  authorityId: string;
  facilityId: string;
  /** The evaluation date: later measurements are ignored, open items counted late up to it. */
  asOf: string;
  /** A date inside the window to evaluate under the program's window mode (default: asOf). */
  windowDate?: string;
}

export interface EvaluateFacilityOutcome {
  row: SncEvaluationRow;
  /** The verdict (is SNC, criteria, near) differs from the one stored before. */
  changed: boolean;
}

function verdictOf(row: Pick<SncEvaluationRow, 'isSnc' | 'isNearSnc' | 'criteriaMet'> | null) {
  return {
    isSnc: row?.isSnc ?? false,
    isNearSnc: row?.isNearSnc ?? false,
    criteriaMet: [...(row?.criteriaMet ?? [])].sort(),
  };
}

/**
 * Evaluates SNC (§4) for one IU and one window from the stored record — measurements through the
 * effluent engine, required reports, compliance schedule milestones, POTW determinations, the IU's
 * class and the program settings — and stores the determination (one per IU, mode and window,
 * replaced on re-evaluation) with its findings, warnings, explanation and settings. `snc.evaluated`
 * is audited only when the verdict changes. Runs in one transaction.
 */
export async function evaluateFacilitySnc(
  db: Db,
  actor: AuditActor,
  input: EvaluateFacilityInput,
): Promise<EvaluateFacilityOutcome> {
  const program = await programSettingsOf(db, input.authorityId);
  const window: SncWindow = sncWindowContaining(input.windowDate ?? input.asOf, program.sncWindowMode);
  if (compareIsoDates(window.start, input.asOf) > 0)
    throw new AppError('validation_failed', 'The window has not started yet', [
      { path: 'windowDate', message: `the window ${window.label} starts after ${input.asOf}` },
    ]);
  return db.transaction(async (tx) => {
    const inputs = await gatherSncInputs(tx, input.facilityId, window);
    const result = evaluatePretreatmentSnc({
      asOf: input.asOf,
      window,
      isSignificantIndustrialUser: inputs.isSignificantIndustrialUser,
      measurements: inputs.measurements,
      reports: inputs.reports,
      milestones: inputs.milestones,
      determinations: inputs.determinations,
      settings: { windowMode: program.sncWindowMode, lateReportDays: program.lateReportDays },
    });
    const near = nearSnc(result, program.nearSncMarginPercent);
    const warnings = warningsOf(result.warnings, near);
    const values = {
      authorityId: input.authorityId,
      facilityId: input.facilityId,
      windowMode: window.mode,
      windowStart: window.start,
      windowEnd: window.end,
      windowLabel: window.label,
      asOf: input.asOf,
      isSignificantIndustrialUser: inputs.isSignificantIndustrialUser,
      isSnc: result.isSnc,
      isNearSnc: warnings.length > 0,
      criteriaMet: result.criteriaMet as SncCriterionCode[],
      findings: result.findings,
      warnings,
      explanation: explanationOf(result, inputs.units),
      settings: settingsUsedOf(result, program.nearSncMarginPercent),
      evaluatedAt: new Date(),
    };
    const [before] = await tx
      .select()
      .from(sncEvaluations)
      .where(
        and(
          eq(sncEvaluations.facilityId, input.facilityId),
          eq(sncEvaluations.windowMode, window.mode),
          eq(sncEvaluations.windowStart, window.start),
          eq(sncEvaluations.windowEnd, window.end),
        ),
      );
    const [row] = before
      ? await tx.update(sncEvaluations).set(values).where(eq(sncEvaluations.id, before.id)).returning()
      : await tx.insert(sncEvaluations).values(values).returning();
    const was = verdictOf(before ?? null);
    const now = verdictOf(row!);
    const changed = JSON.stringify(was) !== JSON.stringify(now);
    if (changed) {
      await appendAudit(tx, actor, {
        type: 'snc.evaluated',
        subjectId: row!.id,
        organizationId: input.facilityId,
        before: before ? { window: window.label, ...was } : null,
        after: {
          window: window.label,
          windowMode: window.mode,
          asOf: input.asOf,
          ...now,
          lateReportDays: program.lateReportDays,
        },
      });
    }
    return { row: row!, changed };
  });
}
