import type { LabResultCandidate } from '@outfall/domain/contracts/monitoring';
import {
  batchQualityChecker,
  checkResultQuality,
  type ExistingResultRef,
} from '@outfall/domain/quality/index';
import type { UnitId } from '@outfall/domain/units/unit-catalog';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/connect';
import { results } from '../db/schema';
import { stageClock, timedStage } from './import-stages';
import { insertResults, type NewResult, type StoredResultRef } from './insert-results';
import { insertSamples } from './insert-samples';
import { type FacilityLimits, permitFor, seriesLimits } from './limits.queries';
import type { ResultRow } from './results.queries';

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
  /** The new results as stored, in insertion order. */
  rows: ResultRow[];
}

const sampleKeyOf = (c: LabResultCandidate, point: string) =>
  [point, c.collectedStart, c.collectedEnd, c.sampleId, c.labSampleId, c.sampleTypeCode].join('|');

/**
 * Whether the facility has any result at all (one index probe). Its first lab file, often years
 * of history at once, then needs no lookup by fingerprint or result key.
 */
export async function anyStoredResult(db: Queryable, facilityId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: results.id })
    .from(results)
    .where(eq(results.facilityId, facilityId))
    .limit(1);
  return row !== undefined;
}

/**
 * Stored results a new candidate may repeat, in one pass over the facility's results: originals
 * with one of the fingerprints, and any version with one of the result keys.
 */
async function storedMatches(tx: Tx, facilityId: string, fingerprints: string[], keys: string[]) {
  const rows: (ExistingResultRef & { original: boolean })[] = [];
  const step = 10_000;
  for (let i = 0; i < Math.max(fingerprints.length, keys.length); i += step) {
    const fp = fingerprints.slice(i, i + step);
    const k = keys.slice(i, i + step);
    const found = await tx
      .select({
        id: results.id,
        fingerprint: results.fingerprint,
        resultKey: results.resultKey,
        original: sql<boolean>`${results.supersedesId} is null`,
      })
      .from(results)
      .where(
        and(
          eq(results.facilityId, facilityId),
          or(
            and(isNull(results.supersedesId), sql`${results.fingerprint} = any(${sql.param(fp)}::text[])`),
            sql`${results.resultKey} = any(${sql.param(k)}::text[])`,
          ),
        ),
      );
    rows.push(...found);
  }
  return rows;
}

/** The stored results one candidate's duplicate check needs (the same fingerprint, or result key). */
function existingFor(refs: ExistingResultRef[]) {
  const byFingerprint = new Map<string, ExistingResultRef[]>();
  const byKey = new Map<string, ExistingResultRef[]>();
  const add = (map: Map<string, ExistingResultRef[]>, key: string, ref: ExistingResultRef) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  for (const ref of refs) {
    add(byFingerprint, ref.fingerprint, ref);
    add(byKey, ref.resultKey, ref);
  }
  const none: ExistingResultRef[] = [];
  return (c: LabResultCandidate): ExistingResultRef[] => {
    if (refs.length === 0) return none;
    const same = byFingerprint.get(c.fingerprint) ?? none;
    const key = byKey.get(c.resultKey) ?? none;
    return same.length === 0 ? key : key.length === 0 ? same : [...same, ...key];
  };
}

function sampleRow(
  input: StoreInput,
  c: LabResultCandidate,
  point: string,
  permitOf: (point: string, date: string) => string | null,
) {
  const date = c.collectedStart.slice(0, 10);
  return {
    facilityId: input.facilityId,
    permitId: permitOf(point, date),
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
  existing: readonly ExistingResultRef[],
  unitsOf: (point: string, parameterCode: string) => UnitId[] = (point, code) =>
    seriesLimits(input.limits, point, code).map((l) => l.unit as UnitId),
  check: typeof checkResultQuality = checkResultQuality,
) {
  const point = input.pointOf(c);
  const limitUnits = unitsOf(point, c.parameterCode);
  const quality = check(c, { limitUnits, existing });
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

/** Units of each series' limits, looked up once per series. */
function limitUnitsMemo(limits: FacilityLimits) {
  const memo = new Map<string, UnitId[]>();
  return (point: string, code: string) => {
    const key = `${point}\u0000${code}`;
    let units = memo.get(key);
    if (!units) {
      units = seriesLimits(limits, point, code).map((l) => l.unit as UnitId);
      memo.set(key, units);
    }
    return units;
  };
}

/** The permit of each sample, looked up once per monitoring point and day. */
function permitMemo(limits: FacilityLimits) {
  const memo = new Map<string, string | null>();
  return (point: string, date: string) => {
    const key = `${point}\u0000${date}`;
    let id = memo.get(key);
    if (id === undefined) {
      id = permitFor(limits, point, date)?.id ?? null;
      memo.set(key, id);
    }
    return id;
  };
}

/**
 * Stores new candidates as samples and results, with each result's quality report. A candidate
 * whose fingerprint is already stored is not added again (re-imports add nothing). Results are
 * made (quality checks) while they are being copied in.
 */
export async function storeCandidates(tx: Tx, input: StoreInput): Promise<Stored> {
  const stored = await timedStage('look up stored results (in transaction)', async () =>
    (await anyStoredResult(tx, input.facilityId))
      ? storedMatches(
          tx,
          input.facilityId,
          input.candidates.map((c) => c.fingerprint),
          [...new Set(input.candidates.map((c) => c.resultKey))],
        )
      : [],
  );
  const known = new Set(stored.filter((r) => r.original).map((r) => r.fingerprint));
  const fresh = input.candidates.filter((c) => !known.has(c.fingerprint));
  const freshKeys = new Set(fresh.map((c) => c.resultKey));
  const existingOf = existingFor(
    stored
      .filter((r) => freshKeys.has(r.resultKey))
      .map(({ id, fingerprint, resultKey }) => ({ id, fingerprint, resultKey })),
  );
  const groups = new Map<string, { point: string; candidates: LabResultCandidate[] }>();
  for (const c of fresh) {
    const point = input.pointOf(c);
    const key = sampleKeyOf(c, point);
    const group = groups.get(key);
    if (group) group.candidates.push(c);
    else groups.set(key, { point, candidates: [c] });
  }
  const permitOf = permitMemo(input.limits);
  const sampleIds = await timedStage('insert samples', () =>
    insertSamples(
      tx,
      [...groups.values()].map(({ point, candidates }) => sampleRow(input, candidates[0]!, point, permitOf)),
    ),
  );
  const unitsOf = limitUnitsMemo(input.limits);
  const check = batchQualityChecker();
  const quality = stageClock('quality checks, result rows (during COPY)');
  function* pending(): Generator<NewResult> {
    let i = 0;
    for (const { candidates } of groups.values()) {
      const sampleId = sampleIds[i++]!;
      for (const c of candidates) {
        quality.start();
        const row = resultRow(input, c, sampleId, existingOf(c), unitsOf, check);
        quality.stop();
        yield row;
      }
    }
  }
  const rows: ResultRow[] = [];
  const refs = await timedStage('insert results (bulk: COPY or unnest)', () =>
    insertResults(tx, pending(), rows),
  );
  quality.publish();
  return { sampleIds, results: refs, repeated: input.candidates.length - fresh.length, rows };
}
