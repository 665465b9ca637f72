import type { DocumentLink } from '@outfall/domain/contracts/documents';
import type {
  EvidenceView,
  RecommendationView,
  ViolationDetailView,
} from '@outfall/domain/contracts/enforcement';
import type { ManualViolationCategory } from '@outfall/domain/contracts/program';
import { recommendResponses, type ViolationFacts } from '@outfall/domain/program/erp';
import { addDays, daysBetween } from '@outfall/domain/schedules/dates';
import { and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import {
  documents,
  enforcementActions,
  inspectionFindings,
  inspections,
  reports,
  results,
  samples,
  violations,
} from '../db/schema';
import { owner, visibleDocumentsWhere } from '../documents/documents.queries';
import type { ViolationRow } from '../monitoring/violations.queries';
import { latestSncOf } from '../snc/snc.queries';
import { actionViews } from './actions.queries';
import { guideOf } from './guide';
import {
  actionsByViolation,
  detectedOnOf,
  erpDaysOf,
  findVisibleViolation,
  programViolationViews,
  timelinessOf,
} from './violations.queries';

type Explanation = Record<string, unknown> & {
  parameterName?: string;
  limit?: { label?: string; value?: string; unit?: string };
  text?: string;
  rule?: string;
  harm?: boolean;
  daysLate?: number;
  daysMissed?: number;
  milestone?: { description?: string; scheduledDate?: string; source?: string; achievedDate?: string | null };
  slot?: { start: string; end: string; dueBy?: string };
  required?: number;
  taken?: number;
  frequencyCode?: string;
  permitNumber?: string;
};

/** The SNC criterion a category suggests (§4.1): pass-through/interference C, endangerment D, inaccurate reporting G. */
export function suggestedCriterion(category: ManualViolationCategory | null): 'C' | 'D' | 'G' | null {
  if (category === 'pass_through' || category === 'interference') return 'C';
  if (category === 'endangerment') return 'D';
  if (category === 'inaccurate_reporting') return 'G';
  return null;
}

const violationLinkJson = (id: string) => JSON.stringify([{ kind: 'violation', id } satisfies DocumentLink]);

async function evidenceOf(db: Queryable, m: ActiveMembership, v: ViolationRow): Promise<EvidenceView> {
  const x = (v.explanation ?? {}) as Explanation;
  const facts: { label: string; value: string }[] = [];
  const fact = (label: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== '') facts.push({ label, value: String(value) });
  };
  const period = v.periodStart === v.periodEnd ? v.periodStart : `${v.periodStart} to ${v.periodEnd}`;
  let summary = '';
  let resultRows: EvidenceView['results'] = [];
  let report: EvidenceView['report'] = null;
  let inspection: EvidenceView['inspection'] = null;
  switch (v.kind) {
    case 'effluent': {
      const what = x.parameterName ?? v.parameterCode;
      summary = `${what} at outfall ${v.monitoringPoint}, ${period}: ${v.computedValue} ${v.unit ?? ''} against the ${x.limit?.label ?? 'limit'} of ${v.limitValue} ${v.unit ?? ''}`;
      fact('Parameter', what);
      fact('Monitoring point', v.monitoringPoint);
      fact('Period', period);
      fact('Limit', `${x.limit?.label ?? ''} ${v.limitValue ?? ''} ${v.unit ?? ''}`.trim());
      fact('Value', `${v.computedValue ?? ''} ${v.unit ?? ''}`.trim());
      fact('Exceedance', v.exceedancePct === null ? null : `${v.exceedancePct}%`);
      fact('Permit', x.permitNumber);
      if (v.resultIds.length > 0) {
        const rows = await db
          .select({
            id: results.id,
            sampleDate: samples.sampleDate,
            parameterCode: results.parameterCode,
            value: results.valueText,
            unit: results.unit,
          })
          .from(results)
          .innerJoin(samples, eq(samples.id, results.sampleId))
          .where(inArray(results.id, v.resultIds));
        resultRows = rows.sort((a, b) => a.sampleDate.localeCompare(b.sampleDate));
      }
      break;
    }
    case 'monitoring':
      summary = `Required ${x.parameterName ?? v.parameterCode} sampling at ${v.monitoringPoint} missed for ${period}: ${v.computedValue ?? ''}`;
      fact('Parameter', x.parameterName ?? v.parameterCode);
      fact('Monitoring point', v.monitoringPoint);
      fact('Sampling window', period);
      fact('Frequency', x.frequencyCode);
      fact('Required samples', x.required);
      fact('Samples taken', x.taken);
      fact('Permit', x.permitNumber);
      break;
    case 'reporting': {
      const [r] = await db.select().from(reports).where(eq(reports.id, v.limitRef));
      const received = r?.receivedAt ? r.receivedAt.toISOString().slice(0, 10) : null;
      const daysLate = x.daysLate ?? (v.computedValue ? Number(v.computedValue) : null);
      if (r) report = { id: r.id, title: r.title, dueDate: r.dueDate, receivedDate: received, daysLate };
      summary = x.text ?? `Report ${daysLate} days late`;
      fact('Report', r?.title);
      fact('Due date', r?.dueDate);
      fact('Received', received ?? 'not received');
      fact('Days late', daysLate);
      fact('Allowed days', v.limitValue);
      break;
    }
    case 'schedule':
      summary = x.text ?? `Compliance schedule milestone missed (${period})`;
      fact('Milestone', x.milestone?.description);
      fact('Scheduled date', x.milestone?.scheduledDate);
      fact('Achieved', x.milestone?.achievedDate ?? 'not achieved');
      fact('Source', x.milestone?.source);
      break;
    case 'inspection': {
      if (v.findingId) {
        const [f] = await db
          .select({ finding: inspectionFindings, inspection: inspections })
          .from(inspectionFindings)
          .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
          .where(eq(inspectionFindings.id, v.findingId));
        if (f)
          inspection = {
            id: f.inspection.id,
            kind: f.inspection.kind,
            date: f.inspection.inspectedOn ?? f.inspection.scheduledDate,
            findingId: f.finding.id,
            finding: f.finding.description,
            severity: f.finding.severity,
          };
      }
      summary = v.description ?? inspection?.finding ?? 'Inspection finding';
      fact('Inspection', inspection ? `${inspection.kind.replaceAll('_', ' ')} on ${inspection.date}` : null);
      fact('Finding', inspection?.finding);
      break;
    }
    case 'manual':
      summary = v.description ?? x.text ?? 'Recorded by the authority';
      fact('Category', v.category?.replaceAll('_', ' '));
      fact('Occurred on', period);
      fact('Detected on', v.detectedOn);
      fact('Harm to the POTW', x.harm ? 'yes' : null);
      break;
  }
  fact('SNC determination', v.sncCriterion ? `criterion ${v.sncCriterion}` : null);
  const docs = await db
    .select({ id: documents.id, title: documents.title, kind: documents.kind })
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.organizationId))
    .where(and(visibleDocumentsWhere(m), sql`${documents.links} @> ${violationLinkJson(v.id)}::jsonb`));
  return {
    summary: summary.replace(/\s+/g, ' ').trim(),
    facts,
    results: resultRows,
    report,
    inspection,
    documents: docs,
  };
}

/** Similar violations of the facility in the 12 months before this one (same kind, parameter or category). */
async function similarCount(db: Queryable, v: ViolationRow): Promise<number> {
  const end = v.periodEnd;
  const filters = [
    eq(violations.facilityId, v.facilityId),
    eq(violations.kind, v.kind),
    ne(violations.id, v.id),
    gte(violations.periodEnd, addDays(end, -365)),
    lte(violations.periodEnd, end),
  ];
  if (v.kind === 'effluent' || v.kind === 'monitoring')
    filters.push(eq(violations.parameterCode, v.parameterCode));
  if (v.category) filters.push(eq(violations.category, v.category));
  const rows = await db
    .select({ id: violations.id })
    .from(violations)
    .where(and(...filters));
  return rows.length;
}

/** The facts the ERP looks at for one violation. */
export async function factsOf(
  db: Queryable,
  v: ViolationRow,
  asOf: string,
): Promise<ViolationFacts & { snc: Awaited<ReturnType<typeof latestSncOf>> }> {
  const x = (v.explanation ?? {}) as Explanation;
  const snc = await latestSncOf(db, v.facilityId);
  const scheduled = x.milestone?.scheduledDate;
  const daysMissed =
    x.daysMissed ?? (scheduled ? daysBetween(scheduled, x.milestone?.achievedDate ?? asOf) : null);
  return {
    kind: v.kind,
    category: v.category,
    detectedOn: detectedOnOf(v),
    daysLate:
      v.kind === 'reporting' ? (x.daysLate ?? (v.computedValue ? Number(v.computedValue) : null)) : null,
    daysMissed: v.kind === 'schedule' ? daysMissed : null,
    exceedancePercent: v.exceedancePct,
    inSnc: snc?.isSnc ?? false,
    sncCriteria: snc?.criteria ?? [],
    sncCriterion: v.sncCriterion,
    similarInLast12Months: await similarCount(db, v),
    harm: x.harm === true,
    snc,
  };
}

/** The ERP recommendation for a violation from the authority's guide. */
export async function recommendationFor(
  db: Queryable,
  authorityId: string,
  v: ViolationRow,
  asOf: string,
): Promise<RecommendationView> {
  const guide = await guideOf(db, authorityId);
  const settings = await erpDaysOf(db, authorityId);
  const facts = await factsOf(db, v, asOf);
  const r = recommendResponses(facts, guide, {
    lateReportDays: settings.lateReportDays,
    sncFormalDays: settings.erpSncFormalDays,
  });
  return {
    responses: r.responses.map(({ row, ...x }) => ({ ...x, guideEntryId: row.id })),
    formalRequired: r.formalRequired,
    reasons: r.reasons,
    applicable: r.applicable.map((a) => ({
      id: a.id,
      label: `${a.noncomplianceLabel} — ${a.circumstanceLabel}`,
    })),
    snc: facts.snc,
    similarInLast12Months: facts.similarInLast12Months,
  };
}

/** A violation with its evidence, the actions answering it, the recommendation and the timeliness. */
export async function violationDetail(
  db: Queryable,
  m: ActiveMembership,
  id: string,
  asOf: string,
): Promise<ViolationDetailView> {
  const v = await findVisibleViolation(db, m, id);
  const [view] = await programViolationViews(db, [v], asOf);
  const linked = (await actionsByViolation(db, [v.id])).get(v.id) ?? [];
  const actionRows =
    linked.length > 0
      ? await db
          .select()
          .from(enforcementActions)
          .where(
            inArray(
              enforcementActions.id,
              linked.map((l) => l.actionId),
            ),
          )
      : [];
  const authorityId = m.kind === 'authority' ? m.organizationId : null;
  const settings = await erpDaysOf(db, authorityId ?? m.regulatedById);
  const timeliness = timelinessOf(v, linked, settings, await latestSncOf(db, v.facilityId), asOf);
  return {
    violation: view!,
    evidence: await evidenceOf(db, m, v),
    actions: (await actionViews(db, m, actionRows, asOf)).sort((a, b) =>
      a.issuedOn.localeCompare(b.issuedOn),
    ),
    recommendation: authorityId ? await recommendationFor(db, authorityId, v, asOf) : null,
    timeliness,
    suggestedSncCriterion: suggestedCriterion(v.category),
  };
}
