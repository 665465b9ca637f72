import type { FacilityAddress } from '@outfall/domain/contracts/facilities';
import type { PermitContent } from '@outfall/domain/contracts/permits';
import type {
  ReportContent,
  ReportExceedance,
  ReportFlow,
  ReportOutfall,
} from '@outfall/domain/contracts/reports';
import type { DmrParameter } from '@outfall/domain/dmr/dmr-types';
import { buildDmr } from '@outfall/domain/dmr/index';
import { dmrParametersToReport } from '@outfall/domain/exports/index';
import type { Limit, ProgramResult } from '@outfall/domain/limits/index';
import { D } from '@outfall/domain/numbers/decimal';
import { parseReportedValue } from '@outfall/domain/numbers/reported-value';
import { limitsForEngine } from '@outfall/domain/permits/index';
import { addDays } from '@outfall/domain/schedules/dates';
import { DEFAULT_STATISTICS_SETTINGS } from '@outfall/domain/stats/settings';
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { dailyFlows, facilityProfiles, organizations, results, violations } from '../db/schema';
import type { BindingPermit } from '../monitoring/limits.queries';
import { isMassLimit } from '../monitoring/mass-loading';
import { isCurrent, toEngineResult } from '../monitoring/results.queries';
import type { ReportRow } from './reports.queries';

/** ICIS parameter code of flow: its "results" are the daily flow records. */
const FLOW_CODE = '50050';
/** A monitor-only limit is evaluated against a bound no value reaches, so the statistic is computed and never exceeds. */
const MONITOR_ONLY_BOUND = '1000000000000';

/** Monitor-only ("Req Mon") limits as engine limits, so their statistic is reported too. */
function withMonitorOnly(content: PermitContent): PermitContent {
  return {
    ...content,
    limitSets: content.limitSets.map((set) => ({
      ...set,
      limits: set.limits.map((l) =>
        l.value === null ? { ...l, value: MONITOR_ONLY_BOUND, enforceable: false } : l,
      ),
    })),
  };
}

function addressText(a: FacilityAddress | null): string | null {
  if (!a) return null;
  return [a.line1, a.line2, `${a.city}, ${a.state} ${a.postalCode ?? ''}`.trim()].filter(Boolean).join(', ');
}

const belongsTo = (point: string, outfallCode: string) =>
  point === outfallCode || point.startsWith(`${outfallCode}/`);

function mergeRows(rows: DmrParameter[]): DmrParameter[] {
  const byCode = new Map<string, DmrParameter>();
  for (const row of rows) {
    const seen = byCode.get(row.parameterCode);
    if (!seen) byCode.set(row.parameterCode, row);
    else
      byCode.set(row.parameterCode, {
        ...seen,
        values: [...seen.values, ...row.values],
        sampleCount: Math.max(seen.sampleCount, row.sampleCount),
        numberOfExcursions: Math.max(seen.numberOfExcursions, row.numberOfExcursions),
        nodi: seen.nodi ?? row.nodi,
      });
  }
  return [...byCode.values()];
}

function flowSummary(flows: { flowMgd: string }[]): ReportFlow | null {
  if (flows.length === 0) return null;
  const values = flows.map((f) => new D(f.flowMgd));
  const sum = values.reduce((a, b) => a.plus(b), new D(0));
  const max = values.reduce((a, b) => (b.gt(a) ? b : a));
  return {
    days: flows.length,
    averageMgd: sum.div(values.length).toSignificantDigits(4).toFixed(),
    maximumMgd: max.toFixed(),
  };
}

/**
 * The computed part of a report, from the record: for each outfall (one for a DMR), the engine's
 * values per limit over the period (C1–C3/Q1–Q2, monitor-only statistics too), sample counts,
 * excursions and NODI 'E' where a required parameter has no result; flows; the period's effluent
 * violations. Narrative and explanations are empty here: the preparer's edits are applied after.
 */
export async function buildReportContent(
  db: Queryable,
  input: { report: ReportRow; permit: BindingPermit; versionId: string },
): Promise<ReportContent> {
  const { report, permit } = input;
  const period = { start: report.periodStart, end: report.periodEnd };
  const [facility] = await db
    .select({ id: organizations.id, name: organizations.name, address: facilityProfiles.siteAddress })
    .from(organizations)
    .leftJoin(facilityProfiles, eq(facilityProfiles.facilityId, organizations.id))
    .where(eq(organizations.id, report.facilityId));
  const [authority] = permit.issuingAuthorityId
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, permit.issuingAuthorityId))
    : [];
  const { limits: engineLimits } = limitsForEngine(withMonitorOnly(permit.content), {
    permitEffectiveDate: permit.effectiveDate,
    permitExpirationDate: permit.lastDate,
  });
  const outfalls = permit.content.outfalls.filter(
    (o) => !report.outfallCode || o.code === report.outfallCode,
  );
  // weeks that start in the period may end after it (§9.1 week rule)
  const to = addDays(period.end, 6);
  const stored = await db
    .select()
    .from(results)
    .where(
      and(
        eq(results.facilityId, report.facilityId),
        gte(results.sampleDate, period.start),
        lte(results.sampleDate, to),
        eq(results.countsForCompliance, true),
        isCurrent,
      ),
    );
  const flowRows = await db
    .select()
    .from(dailyFlows)
    .where(
      and(
        eq(dailyFlows.facilityId, report.facilityId),
        gte(dailyFlows.flowDate, period.start),
        lte(dailyFlows.flowDate, to),
      ),
    );
  const engineResults = stored.map(toEngineResult);
  const reported = engineResults.map((r) => ({ id: r.id, value: r.value }));

  const sections: ReportOutfall[] = [];
  for (const outfall of outfalls) {
    const limits = engineLimits.filter((l) => belongsTo(l.monitoringPoint, outfall.code));
    const points = [...new Set(limits.map((l) => l.monitoringPoint))];
    const rows: DmrParameter[] = [];
    for (const point of points) {
      const flows = new Map(
        flowRows.filter((f) => f.monitoringPoint === point).map((f) => [f.flowDate, f.flowMgd]),
      );
      const flowResults: ProgramResult[] = [...flows].map(([date, mgd]) => ({
        id: `flow:${point}:${date}`,
        date,
        value: parseReportedValue(mgd),
        unit: 'MGD',
        parameterCode: FLOW_CODE,
        monitoringPoint: point,
      }));
      const pointResults = [...engineResults.filter((r) => r.monitoringPoint === point), ...flowResults].map(
        (r) => {
          const flowMgd = flows.get(r.date);
          return flowMgd === undefined ? r : { ...r, flowMgd };
        },
      );
      const pointLimits = limits.filter((l) => l.monitoringPoint === point);
      const build = (ls: Limit[], rs: ProgramResult[]) =>
        ls.length === 0
          ? []
          : buildDmr({ limits: ls, results: rs, period, settings: DEFAULT_STATISTICS_SETTINGS });
      rows.push(
        ...mergeRows([
          ...build(
            pointLimits.filter((l) => !isMassLimit(l)),
            pointResults,
          ),
          ...build(
            pointLimits.filter(isMassLimit),
            pointResults.filter((r) => r.flowMgd !== undefined),
          ),
        ]),
      );
    }
    const limitSets = permit.content.limitSets.filter((s) => s.outfallId === outfall.id);
    const parameters = dmrParametersToReport(rows, {
      outfall,
      limitSets: limitSets.map((s) => ({
        seasonNumber: s.seasonNumber,
        limits: s.limits,
      })),
      results: reported,
    }).map((p) => ({
      ...p,
      values: p.values.map((v) =>
        v.limitValue === MONITOR_ONLY_BOUND
          ? { ...v, limitValue: null, limitQualifier: null, exceedance: false, exceedancePercent: null }
          : v,
      ),
    }));
    const outfallFlows = flowRows.filter(
      (f) => f.monitoringPoint === outfall.code && f.flowDate >= period.start && f.flowDate <= period.end,
    );
    sections.push({
      outfallCode: outfall.code,
      outfallName: outfall.name,
      limitSetDesignator: report.kind === 'dmr' ? (limitSets[0]?.designator ?? null) : null,
      featureTypeCode: outfall.featureTypeCode,
      parameters,
      flow: flowSummary(outfallFlows),
    });
  }

  const codes = outfalls.map((o) => o.code);
  const periodViolations = codes.length
    ? await db
        .select()
        .from(violations)
        .where(
          and(
            eq(violations.facilityId, report.facilityId),
            eq(violations.kind, 'effluent'),
            eq(violations.status, 'open'),
            gte(violations.periodEnd, period.start),
            lte(violations.periodEnd, period.end),
          ),
        )
    : [];
  const exceedances: ReportExceedance[] = periodViolations
    .filter((v) => codes.some((c) => belongsTo(v.monitoringPoint, c)))
    .filter((v) => v.permitId === null || v.permitId === permit.id)
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0))
    .map((v) => {
      const x = v.explanation as { parameterName?: string; limit?: { statisticalBaseCode?: string } };
      return {
        violationId: v.id,
        outfallCode: v.monitoringPoint.split('/')[0]!,
        parameterCode: v.parameterCode,
        parameterName: x.parameterName ?? v.parameterCode,
        date: v.periodEnd,
        value: v.computedValue ?? '',
        limit: v.limitValue ?? '',
        unit: v.unit ?? '',
        statisticalBaseCode: x.limit?.statisticalBaseCode ?? null,
        explanation: null,
        correctiveAction: null,
      };
    });

  return {
    kind: report.kind,
    title: report.title,
    facility: { id: facility!.id, name: facility!.name, address: addressText(facility!.address) },
    authority: authority ? { id: authority.id, name: authority.name } : null,
    permit: {
      id: permit.id,
      number: permit.permitNumber,
      kind: permit.kind as ReportContent['permit']['kind'],
      versionId: input.versionId,
    },
    period,
    dueDate: report.dueDate,
    formNodi: null,
    outfalls: sections,
    exceedances,
    narrative: { comments: null, bmp: null, production: null },
    attachments: [],
    preparedAt: new Date().toISOString(),
  };
}
