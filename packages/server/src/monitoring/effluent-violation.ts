import type { Exceedance, Limit } from '@outfall/domain/limits/index';
import { limitLabel } from '@outfall/domain/quality/index';
import { maxIsoDate, minIsoDate } from '@outfall/domain/schedules/dates';
import { resampleClock } from '@outfall/domain/schedules/index';
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import { samples } from '../db/schema';
import type { FacilityLimits, LimitSource } from './limits.queries';
import type { ResultRow } from './results.queries';
import type { NewViolation } from './violations.queries';

export interface SeriesRow {
  result: ResultRow;
  sampledBy: 'permittee' | 'authority';
}

/** Dates the control authority sampled the facility between two dates (403.12(g)(2)(ii)). */
async function authoritySampleDates(tx: Tx, facilityId: string, from: string, to: string) {
  const rows = await tx
    .selectDistinct({ date: samples.sampleDate })
    .from(samples)
    .where(
      and(
        eq(samples.facilityId, facilityId),
        eq(samples.sampledBy, 'authority'),
        gte(samples.sampleDate, from),
        lte(samples.sampleDate, to),
      ),
    );
  return rows.map((r) => r.date);
}

/**
 * 403.12(g)(2): when the IU's own sample shows the violation, it notifies within 24 hours of
 * becoming aware and repeats the sampling within 30 days (unless the authority sampled in between).
 */
async function clockFor(tx: Tx, facilityId: string, behind: SeriesRow[], awareOn: string, isIu: boolean) {
  const own = behind.filter((r) => r.sampledBy === 'permittee').map((r) => r.result.sampleDate);
  if (!isIu || own.length === 0) return null;
  const sampledOn = own.reduce(minIsoDate);
  const aware = maxIsoDate(awareOn, sampledOn);
  return resampleClock({
    sampledOn,
    awareOn: aware,
    sampledBy: 'industrial-user',
    controlAuthoritySampleDates: await authoritySampleDates(tx, facilityId, sampledOn, aware),
  });
}

function explanationOf(
  e: Exceedance,
  source: LimitSource,
  limit: Limit,
  behind: SeriesRow[],
  clock: unknown,
) {
  const permitLimit = source.permit.content.limitSets
    .flatMap((s) => s.limits)
    .find((l) => l.id === source.limitId);
  return {
    rule: 'domain-spec §9.8: the computed value is outside the limit',
    permitNumber: source.permit.permitNumber,
    parameterName: permitLimit?.parameterName ?? e.parameterCode,
    limit: {
      id: source.limitId,
      label: limitLabel(limit),
      value: e.limit,
      unit: e.unit,
      direction: e.direction,
      statisticalBaseCode: e.statisticalBaseCode,
    },
    period: e.period,
    value: e.value,
    comparedValue: e.comparedValue,
    exceedancePercent: e.exceedancePercent,
    settings: e.settings,
    results: behind.map(({ result: r, sampledBy }) => ({
      id: r.id,
      date: r.sampleDate,
      value: `${r.qualifier === '=' ? '' : r.qualifier}${r.valueNumber ?? r.valueText}`,
      unit: r.unit,
      sampledBy,
    })),
    resampleClock: clock,
  };
}

/** The violation record of an enforceable exceedance, with the calculation that produced it. */
export async function effluentViolation(
  tx: Tx,
  facilityId: string,
  limits: FacilityLimits,
  e: Exceedance,
  rows: SeriesRow[],
  awareOn: string,
): Promise<NewViolation> {
  const source = limits.sources.get(e.limitId)!;
  const limit = limits.limits.find((l) => l.id === e.limitId)!;
  const ids = new Set(e.resultIds);
  const behind = rows.filter((r) => ids.has(r.result.id));
  const isIu = source.permit.kind === 'pretreatment_iu' && source.permit.issuingAuthorityId !== null;
  const clock = await clockFor(tx, facilityId, behind, awareOn, isIu);
  return {
    facilityId,
    permitId: source.permit.id,
    kind: 'effluent',
    status: 'open',
    limitRef: e.limitId,
    parameterCode: e.parameterCode,
    monitoringPoint: e.monitoringPoint,
    periodStart: e.period.start,
    periodEnd: e.period.end,
    computedValue: e.comparedValue,
    limitValue: e.limit,
    unit: e.unit,
    exceedancePct: e.exceedancePercent === null ? null : String(e.exceedancePercent),
    resultIds: [...e.resultIds],
    explanation: explanationOf(e, source, limit, behind, clock),
    noticeDue: clock?.notificationDue ?? null,
    resampleDue: clock?.resampleDue ?? null,
  };
}
