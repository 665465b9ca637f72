import type { Classification } from '@outfall/domain/classification/index';
import { ToolInputError } from '@outfall/domain/permit-tools/inputs';
import type { Tx } from '../db/connect';
import { facilityClassificationHistory, facilityClassifications } from '../db/schema';
import { AppError } from '../errors';
import { classifyFacility, type Designation, factsOf, inputsOf } from './classify-facility';
import { loadAuthorityProfile, loadClassification, loadProfile } from './facilities.queries';

/** What the audit trail and the history record of a classification. */
export interface ClassSummary {
  computedClass: Classification['iuClass'];
  effectiveClass: Classification['iuClass'];
  middleTier: boolean;
  decidedBy: Classification['decidedBy'];
  designation: Designation | null;
}

export interface Reclassification {
  before: ClassSummary | null;
  after: ClassSummary;
}

type Row = NonNullable<Awaited<ReturnType<typeof loadClassification>>>;

function summaryOf(
  row: Pick<Row, 'computedClass' | 'effectiveClass' | 'middleTier' | 'effective'> & {
    designation: Row['designation'];
    designationReason: string | null;
  },
): ClassSummary {
  return {
    computedClass: row.computedClass,
    effectiveClass: row.effectiveClass,
    middleTier: row.middleTier,
    decidedBy: row.effective.decidedBy,
    designation: row.designation ? { kind: row.designation, reason: row.designationReason ?? '' } : null,
  };
}

const today = () => new Date().toISOString().slice(0, 10);

function classify(...args: Parameters<typeof classifyFacility>) {
  try {
    return classifyFacility(...args);
  } catch (error) {
    if (error instanceof ToolInputError) throw new AppError('validation_failed', error.message);
    throw error;
  }
}

/**
 * Re-runs the engine for one facility inside the caller's transaction (§1.2: on any change in
 * flow, process, category or POTW settings) and records a history entry when the class, the tier
 * or the designation changed. `designation` undefined keeps the current one. Null without a profile.
 */
export async function reclassifyFacility(
  tx: Tx,
  args: {
    facilityId: string;
    regulatedById: string | null;
    cause: 'profile' | 'designation' | 'authority_profile';
    actorUserId: string | null;
    designation?: Designation | null;
    /** Why the designation changed (a withdrawal has a reason but no designation). */
    reason?: string;
  },
): Promise<Reclassification | null> {
  const loaded = await loadProfile(tx, args.facilityId);
  if (!loaded) return null;
  const current = await loadClassification(tx, args.facilityId);
  const keep = current?.designation
    ? { kind: current.designation, reason: current.designationReason ?? '' }
    : null;
  const designation = args.designation === undefined ? keep : args.designation;
  const inputs = inputsOf(await loadAuthorityProfile(tx, args.regulatedById), today());
  const { computed, effective } = classify(
    factsOf(loaded.profile, loaded.standards.length),
    inputs,
    designation,
  );
  const designationColumns =
    args.designation === undefined ? {} : designationOf(designation, args.actorUserId);
  const values = {
    computedClass: computed.iuClass,
    effectiveClass: effective.iuClass,
    middleTier: effective.middleTier,
    computed,
    effective,
    inputs,
    classifiedAt: new Date(),
    ...designationColumns,
  };
  const [row] = await tx
    .insert(facilityClassifications)
    .values({ facilityId: args.facilityId, ...values })
    .onConflictDoUpdate({ target: facilityClassifications.facilityId, set: values })
    .returning();
  const before = current ? summaryOf(current) : null;
  const after = summaryOf(row!);
  if (args.cause === 'designation' || hasChanged(before, after)) {
    await recordHistory(tx, args, after, inputs.asOf);
  }
  return { before, after };
}

function hasChanged(before: ClassSummary | null, after: ClassSummary): boolean {
  return (
    !before ||
    before.computedClass !== after.computedClass ||
    before.effectiveClass !== after.effectiveClass ||
    before.middleTier !== after.middleTier ||
    before.designation?.kind !== after.designation?.kind
  );
}

async function recordHistory(
  tx: Tx,
  args: Parameters<typeof reclassifyFacility>[1],
  after: ClassSummary,
  asOf: string,
) {
  await tx.insert(facilityClassificationHistory).values({
    facilityId: args.facilityId,
    cause: args.cause,
    computedClass: after.computedClass,
    effectiveClass: after.effectiveClass,
    middleTier: after.middleTier,
    decidedBy: after.decidedBy,
    designation: after.designation?.kind ?? null,
    reason: args.reason ?? null,
    asOf,
    actorUserId: args.actorUserId,
  });
}

function designationOf(designation: Designation | null, actorUserId: string | null) {
  return {
    designation: designation?.kind ?? null,
    designationReason: designation?.reason ?? null,
    designatedAt: designation ? new Date() : null,
    designatedByUserId: designation ? actorUserId : null,
  };
}
