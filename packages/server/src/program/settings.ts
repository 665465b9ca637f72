import type { ProgramSettingsInput, ProgramSettingsView } from '@outfall/domain/contracts/program';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Queryable } from '../db/connect';
import { programSettings } from '../db/schema';

/** The federal defaults (§4.1, §4.2) and the model ERP time frames (§5.2) until the authority saves its own. */
export const DEFAULT_PROGRAM_SETTINGS: ProgramSettingsInput = {
  sncWindowMode: 'FIXED_SEMIANNUAL',
  lateReportDays: 45,
  reportingYearStartMonth: 1,
  slugReevaluationMonths: 24,
  erpDocumentDays: 5,
  erpInitialResponseDays: 15,
  erpFollowUpDays: 60,
  erpSncFormalDays: 30,
  nearSncMarginPercent: 10,
  annualReportDueDays: 60,
  npdesPermitId: null,
  suoReference: null,
  suoDate: null,
  localLimitsAdoptionDate: null,
  localLimitsEvaluationDate: null,
  directorTitle: 'Director',
  coordinatorTitle: 'Pretreatment Coordinator',
  novTemplate: null,
};

export type ProgramSettings = ProgramSettingsView;

function pick(row: typeof programSettings.$inferSelect): ProgramSettingsInput {
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_PROGRAM_SETTINGS)) out[key] = row[key as keyof typeof row];
  return out as ProgramSettingsInput;
}

/** The program settings of an authority (defaults when none are saved). */
export async function programSettingsOf(db: Queryable, authorityId: string): Promise<ProgramSettings> {
  const [row] = await db.select().from(programSettings).where(eq(programSettings.authorityId, authorityId));
  if (!row) return { ...DEFAULT_PROGRAM_SETTINGS, authorityId, isSaved: false, updatedAt: null };
  return { ...pick(row), authorityId, isSaved: true, updatedAt: row.updatedAt.toISOString() };
}

/** Saves the acting authority's settings with one audit event naming what changed. */
export async function updateProgramSettings({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: ProgramSettingsInput;
}): Promise<ProgramSettings> {
  const m = authorize(actor, 'program.settings');
  if (m.kind !== 'authority') throw new Error('unreachable: program.settings is an authority permission');
  return db.transaction(async (tx) => {
    const before = await programSettingsOf(tx, m.organizationId);
    const now = new Date();
    await tx
      .insert(programSettings)
      .values({ ...input, authorityId: m.organizationId, updatedAt: now, updatedByUserId: actor.userId })
      .onConflictDoUpdate({
        target: programSettings.authorityId,
        set: { ...input, updatedAt: now, updatedByUserId: actor.userId },
      });
    const changedBefore: Record<string, unknown> = {};
    const changedAfter: Record<string, unknown> = {};
    for (const key of Object.keys(input) as (keyof ProgramSettingsInput)[]) {
      if (before[key] !== input[key]) {
        changedBefore[key] = before[key];
        changedAfter[key] = input[key];
      }
    }
    await appendAudit(tx, auditActorOf(actor), {
      type: 'program.settings_updated',
      subjectId: m.organizationId,
      organizationId: m.organizationId,
      before: changedBefore,
      after: changedAfter,
    });
    return programSettingsOf(tx, m.organizationId);
  });
}
