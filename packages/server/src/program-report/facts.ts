import type { ProgramReportEdits } from '@outfall/domain/contracts/program-report';
import type { AnnualReportFacts, IuFacts } from '@outfall/domain/program/annual-report';
import { isPermitCurrent } from '@outfall/domain/program/annual-report';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/connect';
import {
  enforcementActions,
  facilityCategoricalStandards,
  facilityClassificationHistory,
  facilityClassifications,
  facilityProfiles,
  inspections,
  organizations,
  permits,
  permitVersions,
  reports,
  samples,
  violations,
} from '../db/schema';
import { programSettingsOf } from '../program/settings';
import { sncHistory } from '../snc/summary';

type IuClass = IuFacts['iuClass'];
type Period = { start: string; end: string; label: string };

/** Self-monitoring reports counted for §6.3 NumberReqdIUSelfMonEventsMaximum (403.12(e), (h)). */
const SELF_MONITORING_KINDS = ['periodic_compliance', 'non_categorical_siu'] as const;
const dayOf = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));

const groupBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
};

function addressOf(a: {
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  postalCode: string;
}) {
  return [a.line1, a.line2, `${a.city}, ${a.state} ${a.postalCode}`].filter(Boolean).join(', ');
}

function sum(values: (string | null)[]): string | null {
  // exact decimals kept as text: the domain rounds to whole gallons
  const parts = values.filter((v): v is string => v !== null && v !== '');
  if (parts.length === 0) return null;
  let cents = 0n;
  let scale = 0;
  for (const p of parts) scale = Math.max(scale, (p.split('.')[1] ?? '').length);
  for (const p of parts) {
    const [i, f = ''] = p.split('.');
    cents += BigInt(`${i}${f.padEnd(scale, '0')}`);
  }
  const s = cents.toString().padStart(scale + 1, '0');
  return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
}

/**
 * Everything the annual report is computed from, read from the records of one authority for one
 * reporting period (§6.1–§6.3); the SNC determinations come from the SNC engine's `sncHistory`.
 */
export async function gatherAnnualReportFacts(
  db: Queryable,
  authorityId: string,
  period: Period,
  edits: ProgramReportEdits,
  asOf: string,
): Promise<AnnualReportFacts> {
  const settings = await programSettingsOf(db, authorityId);
  const [authority] = await db.select().from(organizations).where(eq(organizations.id, authorityId));
  const facilities = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.regulatedById, authorityId), eq(organizations.kind, 'facility')))
    .orderBy(asc(organizations.name));
  const ids = facilities.map((f) => f.id);
  const base = {
    period,
    asOf,
    authority: {
      id: authorityId,
      name: authority?.name ?? '',
      npdesPermitId: settings.npdesPermitId,
      suoReference: settings.suoReference,
      suoDate: settings.suoDate,
      localLimitsAdoptionDate: settings.localLimitsAdoptionDate,
      localLimitsEvaluationDate: settings.localLimitsEvaluationDate,
    },
    entered: edits,
  };
  if (ids.length === 0) return { ...base, industrialUsers: [] };
  const inFacilities = (column: AnyPgColumn) => inArray(column, ids);

  const [profiles, classes, history, standards, permitRows, inspectionRows, sampleRows, sncRows] =
    await Promise.all([
      db.select().from(facilityProfiles).where(inFacilities(facilityProfiles.facilityId)),
      db.select().from(facilityClassifications).where(inFacilities(facilityClassifications.facilityId)),
      db
        .select()
        .from(facilityClassificationHistory)
        .where(inFacilities(facilityClassificationHistory.facilityId))
        .orderBy(asc(facilityClassificationHistory.id)),
      db
        .select()
        .from(facilityCategoricalStandards)
        .where(inFacilities(facilityCategoricalStandards.facilityId)),
      db
        .select({ permit: permits, content: permitVersions.content })
        .from(permits)
        .innerJoin(
          permitVersions,
          and(
            eq(permitVersions.permitId, permits.id),
            eq(permitVersions.versionNo, permits.currentVersionNo),
          ),
        )
        .where(and(inFacilities(permits.facilityId), eq(permits.issuingAuthorityId, authorityId))),
      db
        .select()
        .from(inspections)
        .where(and(inFacilities(inspections.facilityId), eq(inspections.status, 'completed'))),
      db
        .selectDistinct({ facilityId: samples.facilityId, sampleDate: samples.sampleDate })
        .from(samples)
        .where(and(inFacilities(samples.facilityId), eq(samples.sampledBy, 'authority'))),
      sncHistory(db, authorityId, period.start, period.end),
    ]);
  const [actionRows, reportRows, violationRows] = await Promise.all([
    db.select().from(enforcementActions).where(eq(enforcementActions.authorityId, authorityId)),
    db.select().from(reports).where(inFacilities(reports.facilityId)),
    db.select().from(violations).where(inFacilities(violations.facilityId)),
  ]);

  const profileOf = new Map(profiles.map((p) => [p.facilityId, p]));
  const classOf = new Map(classes.map((c) => [c.facilityId, c]));
  const historyOf = groupBy(history, (h) => h.facilityId);
  const standardsOf = groupBy(standards, (s) => s.facilityId);
  const permitsOf = groupBy(permitRows, (p) => p.permit.facilityId);
  const inspectionsOf = groupBy(inspectionRows, (i) => i.facilityId);
  const samplesOf = groupBy(sampleRows, (s) => s.facilityId);
  const sncOf = groupBy(sncRows, (s) => s.facilityId);
  const actionsOf = groupBy(actionRows, (a) => a.facilityId);
  const reportsOf = groupBy(reportRows, (r) => r.facilityId);
  const violationsOf = groupBy(violationRows, (v) => v.facilityId);

  const industrialUsers: IuFacts[] = [];
  for (const f of facilities) {
    const classification = classOf.get(f.id);
    const profile = profileOf.get(f.id);
    // an organization without a profile or a classification is not (yet) an IU of the program
    if (!classification || !profile) continue;
    const changes = classChanges(historyOf.get(f.id) ?? [], classification.effectiveClass, period);
    const permit = permitOf(permitsOf.get(f.id) ?? [], period.end);
    const facilityReports = reportsOf.get(f.id) ?? [];
    const receivedIn = (kind: string) =>
      facilityReports.some((r) => {
        const on = dayOf(r.receivedAt);
        return r.kind === kind && on !== null && on >= period.start && on <= period.end;
      });
    industrialUsers.push({
      facilityId: f.id,
      name: f.name,
      address: addressOf(profile.siteAddress),
      iuClass: changes.classAtEnd,
      classAtStart: changes.classAtStart,
      changedOn: changes.changedOn,
      changeReason: changes.reason,
      closed: profile.status !== 'active',
      middleTier: classification.middleTier,
      categories: (standardsOf.get(f.id) ?? []).map((s) => ({ part: s.part, subpart: s.subpart })),
      hasLocalLimits: permit?.hasLocalLimits ?? false,
      permit: permit?.facts ?? null,
      icisPermitId: null,
      averageDailyFlowGpd: sum([
        profile.processFlowGpd,
        profile.sanitaryFlowGpd,
        profile.nonContactCoolingFlowGpd,
        profile.boilerBlowdownFlowGpd,
        profile.otherFlowGpd,
      ]),
      averageDailyProcessFlowGpd: profile.processFlowGpd,
      inspections: (inspectionsOf.get(f.id) ?? []).map((i) => ({
        date: i.inspectedOn ?? dayOf(i.completedAt) ?? i.scheduledDate,
        kind: i.kind,
        includesSampling: i.includesSampling,
      })),
      authoritySamples: (samplesOf.get(f.id) ?? []).map((s) => s.sampleDate),
      snc: (sncOf.get(f.id) ?? []).map((s) => ({
        windowStart: s.windowStart,
        windowEnd: s.windowEnd,
        label: s.windowLabel,
        criteria: s.criteriaMet.filter((c): c is IuFacts['snc'][number]['criteria'][number] =>
          /^[A-H]$/.test(c),
        ),
        parameters: parametersOf(s.findings),
      })),
      enforcement: (actionsOf.get(f.id) ?? []).map((a) => ({
        type: a.type,
        issuedOn: a.issuedOn,
        status: a.status,
        penaltyAssessed: a.penaltyAssessed,
        penaltyCollected: a.penaltyCollected,
        penaltyCollectedOn: a.penaltyCollectedOn,
        judicialKind: a.judicialKind,
        schedule: a.complianceSchedule.map((m) => ({
          scheduledDate: m.scheduledDate,
          achievedDate: m.achievedDate,
        })),
      })),
      selfMonitoringReports: facilityReports
        .filter((r) => (SELF_MONITORING_KINDS as readonly string[]).includes(r.kind))
        .map((r) => ({ dueDate: r.dueDate, receivedOn: dayOf(r.receivedAt) })),
      violations: (violationsOf.get(f.id) ?? []).map((v) => ({
        detectedOn: v.detectedOn ?? v.periodEnd,
        category: v.category,
        description: v.description,
      })),
      nsciuCertificationSubmitted: receivedIn('nsciu_certification'),
      changedDischargeSubmitted: receivedIn('changed_discharge'),
    });
  }
  return { ...base, industrialUsers };
}

/** SNC findings' parameter codes (the SNC engine's `SncFinding.parameterCode`). */
function parametersOf(findings: unknown): string[] {
  if (!Array.isArray(findings)) return [];
  const out = new Set<string>();
  for (const f of findings) {
    const code = (f as { parameterCode?: unknown })?.parameterCode;
    if (typeof code === 'string' && code !== '') out.add(code);
  }
  return [...out];
}

/**
 * The class at the start and the end of the period from the classification history (403.8(f)(6):
 * list changes). A facility whose history starts after the period is taken as unchanged in it.
 */
function classChanges(
  rows: readonly (typeof facilityClassificationHistory.$inferSelect)[],
  current: IuClass,
  period: Period,
): { classAtStart: IuClass | null; classAtEnd: IuClass; changedOn: string | null; reason: string | null } {
  const on = (r: (typeof rows)[number]) => r.at.toISOString().slice(0, 10);
  const first = rows[0];
  if (!first || on(first) > period.end)
    return { classAtStart: current, classAtEnd: current, changedOn: null, reason: null };
  const before = rows.filter((r) => on(r) < period.start).at(-1);
  const atEnd = rows.filter((r) => on(r) <= period.end).at(-1) ?? first;
  const within = rows.filter((r) => on(r) >= period.start && on(r) <= period.end);
  const lastChange = within.filter((r, i) => {
    const prev = i === 0 ? before : within[i - 1];
    return !prev || prev.effectiveClass !== r.effectiveClass;
  });
  const changed = lastChange.at(-1) ?? null;
  return {
    classAtStart: before?.effectiveClass ?? null,
    classAtEnd: atEnd.effectiveClass,
    changedOn: changed ? on(changed) : null,
    reason: changed?.reason ?? null,
  };
}

interface PermitRow {
  permit: typeof permits.$inferSelect;
  content: unknown;
}

/** The control mechanism in force at the period end, else the latest one. */
function permitOf(rows: readonly PermitRow[], asOf: string) {
  const candidates = rows.filter((r) => r.permit.kind === 'pretreatment_iu');
  if (candidates.length === 0) return null;
  const facts = (p: PermitRow['permit']) => ({
    number: p.permitNumber,
    status: p.status,
    effectiveDate: p.effectiveDate,
    expirationDate: p.expirationDate,
    statusDate: p.statusDate,
  });
  const sorted = [...candidates].sort((a, b) =>
    (b.permit.effectiveDate ?? '').localeCompare(a.permit.effectiveDate ?? ''),
  );
  const chosen = sorted.find((r) => isPermitCurrent(facts(r.permit), asOf)) ?? sorted[0]!;
  return { facts: facts(chosen.permit), hasLocalLimits: hasLocalLimits(chosen.content) };
}

function hasLocalLimits(content: unknown): boolean {
  const sets = (content as { limitSets?: { limits?: { basis?: unknown }[] }[] })?.limitSets ?? [];
  return sets.some((s) => (s.limits ?? []).some((l) => l.basis === 'local'));
}
