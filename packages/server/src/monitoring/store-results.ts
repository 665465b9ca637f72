import type { LabResultCandidate } from '@outfall/domain/contracts/monitoring';
import { checkResultQuality, type ExistingResultRef } from '@outfall/domain/quality/index';
import type { UnitId } from '@outfall/domain/units/unit-catalog';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import { results } from '../db/schema';
import { insertResults, type StoredResultRef } from './insert-results';
import { insertSamples } from './insert-samples';
import { type FacilityLimits, permitFor, seriesLimits } from './limits.queries';
import { storedFingerprints } from './results.queries';

export interface SampleExtras {
  collector?: string | null;
  chainOfCustody?: unknown;
  collectionMethod?: 'grab' | 'composite' | null;
}

export interface StoreInput {
  facilityId: string;
  limits: FacilityLimits;
  candidates: readonly LabResultCandidate[];
  /** Monitoring point of each candidate (its location, resolved against the permit). */
  pointOf: (c: LabResultCandidate) => string;
  sampledBy: 'permittee' | 'authority';
  source: 'manual' | 'import' | 'api';
  importBatchId: string | null;
  userId: string | null;
  extras?: SampleExtras;
}

export interface Stored {
  sampleIds: string[];
  results: StoredResultRef[];
  /** Candidates already stored with the same fingerprint: not added again. */
  repeated: number;
}

const _CHUNK = 500;

const sampleKeyOf = (c: LabResultCandidate, point: string) =>
  [point, c.collectedStart, c.collectedEnd, c.sampleId, c.labSampleId, c.sampleTypeCode].join('|');

async function storedKeys(tx: Tx, facilityId: string, keys: string[]): Promise<ExistingResultRef[]> {
  const refs: ExistingResultRef[] = [];
  for (let i = 0; i < keys.length; i += 5000) {
    const chunk = keys.slice(i, i + 5000);
    const rows = await tx
      .select({ id: results.id, fingerprint: results.fingerprint, resultKey: results.resultKey })
      .from(results)
      .where(
        and(eq(results.facilityId, facilityId), sql`${results.resultKey} = any(${sql.param(chunk)}::text[])`),
      );
    refs.push(...rows);
  }
  return refs;
}

function sampleRow(input: StoreInput, c: LabResultCandidate, point: string) {
  const date = c.collectedStart.slice(0, 10);
  return {
    facilityId: input.facilityId,
    permitId: permitFor(input.limits, point, date)?.id ?? null,
    monitoringPoint: point,
    collectedStart: c.collectedStart,
    collectedEnd: c.collectedEnd,
    sampleDate: date,
    sampleType: c.sampleTypeCode,
    collectionMethod: input.extras?.collectionMethod ?? c.collectionMethod,
    collector: input.extras?.collector ?? c.sampler,
    clientSampleId: c.sampleId,
    labSampleId: c.labSampleId,
    chainOfCustody: input.extras?.chainOfCustody ?? null,
    labName: c.labName,
    labCertId: c.labCertId,
    sampledBy: input.sampledBy,
    source: input.source,
    importBatchId: input.importBatchId,
    createdByUserId: input.userId,
  };
}

export function resultRow(
  input: StoreInput,
  c: LabResultCandidate,
  sampleId: string,
  existing: ExistingResultRef[],
) {
  const point = input.pointOf(c);
  const limitUnits = seriesLimits(input.limits, point, c.parameterCode).map((l) => l.unit as UnitId);
  const quality = checkResultQuality(c, { limitUnits, existing });
  return {
    sampleId,
    facilityId: input.facilityId,
    monitoringPoint: point,
    sampleDate: c.collectedStart.slice(0, 10),
    parameterCode: c.parameterCode,
    parameterText: c.parameterText,
    valueText: c.value.text,
    qualifier: c.value.qualifier,
    valueNumber: c.value.number,
    nonDetect: c.value.nonDetect,
    estimated: c.value.estimated,
    unit: c.unit,
    unitText: c.unitText,
    mdl: c.value.detectionLimit,
    rl: c.value.reportingLimit,
    method: c.method,
    analyzedAt: c.analysedAt,
    analyst: c.analyst,
    labQualifiers: c.labQualifiers,
    fraction: c.fraction,
    dilutionFactor: c.dilutionFactor,
    fingerprint: c.fingerprint,
    resultKey: c.resultKey,
    quality,
    countsForCompliance: quality.countsForCompliance,
    createdByUserId: input.userId,
  };
}

/**
 * Stores new candidates as samples and results, with each result's quality report. A candidate
 * whose fingerprint is already stored is not added again (re-imports add nothing).
 */
export async function storeCandidates(tx: Tx, input: StoreInput): Promise<Stored> {
  const known = await storedFingerprints(
    tx,
    input.facilityId,
    input.candidates.map((c) => c.fingerprint),
  );
  const fresh = input.candidates.filter((c) => !known.has(c.fingerprint));
  const existing = await storedKeys(tx, input.facilityId, [...new Set(fresh.map((c) => c.resultKey))]);
  const groups = new Map<string, LabResultCandidate[]>();
  for (const c of fresh) {
    const key = sampleKeyOf(c, input.pointOf(c));
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const firsts = [...groups.values()].map((g) => g[0]!);
  const sampleIds = await insertSamples(
    tx,
    firsts.map((c) => sampleRow(input, c, input.pointOf(c))),
  );
  const pending = [...groups.values()].flatMap((g, i) =>
    g.map((c) => resultRow(input, c, sampleIds[i]!, existing)),
  );
  const stored = await insertResults(tx, pending);
  return { sampleIds, results: stored, repeated: input.candidates.length - fresh.length };
}
