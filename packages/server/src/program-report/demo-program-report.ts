import { reportedIndustrialUsers } from '@outfall/domain/exports/icis-pretreatment-xml';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import { memberships, programReports, users } from '../db/schema';
import { actorFor } from '../factories';
import type { DemoProgramContext } from '../program/demo-context';
import { DEFAULT_PROGRAM_SETTINGS, programSettingsOf, updateProgramSettings } from '../program/settings';
import { prepareProgramReport } from './prepare-program-report';
import { contentOf, editsOf, ensureProgramReports } from './program-reports.queries';
import { updateProgramReportDraft } from './update-program-report-draft';

async function directorOf(db: Db, authorityId: string): Promise<Actor | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.organizationId, authorityId), eq(memberships.role, 'director')))
    .limit(1);
  return row ? actorFor(db, row.id, authorityId) : null;
}

/**
 * Prepares (does not sign) the previous reporting year's annual report of the demo authority, so
 * the page shows figures at once and the three downloads work: the demo program gets its NPDES
 * number and ordinance dates when none are saved, and ICIS identifiers for its IUs (the demo
 * permit numbers are not ICIS's 9 characters).
 */
export async function seedDemoProgramReport(ctx: DemoProgramContext): Promise<void> {
  const { db, authorityId } = ctx;
  const actor = await directorOf(db, authorityId);
  if (!actor) return;
  const settings = await programSettingsOf(db, authorityId);
  if (settings.npdesPermitId === null) {
    const { authorityId: _a, isSaved: _s, updatedAt: _u, ...current } = settings;
    await updateProgramSettings({
      db,
      actor,
      input: {
        ...DEFAULT_PROGRAM_SETTINGS,
        ...current,
        npdesPermitId: 'IL0021234',
        suoReference: current.suoReference ?? 'SUO 2019-04',
        suoDate: current.suoDate ?? '2019-04-15',
        localLimitsAdoptionDate: current.localLimitsAdoptionDate ?? '2019-04-15',
        localLimitsEvaluationDate: current.localLimitsEvaluationDate ?? '2024-09-30',
      },
    });
  }
  await ensureProgramReports(db, actor, authorityId, ctx.today);
  const [previous] = await db
    .select()
    .from(programReports)
    .where(eq(programReports.authorityId, authorityId))
    .orderBy(programReports.periodStart)
    .limit(1);
  if (!previous) return;
  const prepared = await prepareProgramReport({ db, actor, id: previous.id });
  const content = contentOf(prepared);
  if (!content) return;
  const edits = editsOf(prepared);
  let n = 0;
  for (const iu of reportedIndustrialUsers(content)) {
    n += 1;
    if (iu.icisPermitId === null && !/^[^*]{9}$/.test(iu.permit?.number ?? ''))
      edits.icisPermitIds[iu.facilityId] = `ILP${String(100 + n).padStart(6, '0')}`;
  }
  await updateProgramReportDraft({
    db,
    actor,
    id: previous.id,
    input: {
      ...edits,
      programChanges:
        'Local limits for copper and zinc were re-evaluated (headworks analysis of September 2024); no change to the sewer use ordinance.',
      annualBudget: '412500.00',
      acceptanceHazardousWaste: 'N',
      acceptanceNonHazardousIndustrialWaste: 'Y',
      acceptanceHauledDomesticWastes: 'Y',
      potwDischargeContamination: 'N',
      potwBiosolidsContamination: 'N',
      localLimitsParameterCodes: ['01042', '01092', '01051', '00530'],
    },
  });
}
