import {
  type Classification,
  classifyIndustrialUser,
  type IndustrialUserFacts,
} from '@outfall/domain/classification/index';
import type { DesignationKind } from '@outfall/domain/contracts/facilities';
import { dec } from '@outfall/domain/numbers/decimal';
import type { ClassificationInputs } from '../db/schema';
import type { authorityProfiles, facilityProfiles } from '../db/schema-facilities';

type ProfileRow = typeof facilityProfiles.$inferSelect;
type AuthorityProfileRow = typeof authorityProfiles.$inferSelect;

export interface Designation {
  kind: DesignationKind;
  reason: string;
}

/**
 * The engine's facts from a profile. 403.3(v)(1)(ii) excludes only sanitary, non-contact cooling
 * and boiler blowdown, so "other" non-domestic flow counts as process wastewater.
 */
export function factsOf(profile: ProfileRow, standardCount: number): IndustrialUserFacts {
  return {
    isSubjectToCategoricalStandard: standardCount > 0,
    averageProcessFlowGpd: dec(profile.processFlowGpd).plus(profile.otherFlowGpd).toFixed(),
    excludedFlowsGpd: {
      sanitary: profile.sanitaryFlowGpd,
      nonContactCooling: profile.nonContactCoolingFlowGpd,
      boilerBlowdown: profile.boilerBlowdownFlowGpd,
    },
    processOrganicLoadLbPerDay: profile.processOrganicLoadLbPerDay,
    categorical: profile.categoricalFacts,
  };
}

/** The POTW capacities and LOCAL settings the engine uses; hydraulic capacity is kept in MGD. */
export function inputsOf(authority: AuthorityProfileRow | null, asOf: string): ClassificationInputs {
  const mgd = authority?.designHydraulicMgd ?? null;
  return {
    asOf,
    potw: {
      designDryWeatherHydraulicGpd: mgd === null ? null : dec(mgd).times(1_000_000).toFixed(),
      designDryWeatherOrganicLbPerDay: authority?.designOrganicLbPerDay ?? null,
    },
    settings: {
      nsciuAdopted: authority?.nsciuAdopted ?? false,
      middleTierAdopted: authority?.middleTierAdopted ?? false,
    },
  };
}

/**
 * The engine's verdict from the profile (`computed`) and the class in force (`effective`): a
 * designation as significant is the 403.3(v)(1)(ii)(c) criterion, a designation as non-significant
 * the 403.3(v)(3) finding; the engine applies both (and ignores the latter for a CIU).
 */
export function classifyFacility(
  facts: IndustrialUserFacts,
  inputs: ClassificationInputs,
  designation: Designation | null,
): { computed: Classification; effective: Classification } {
  const run = (iu: IndustrialUserFacts) =>
    classifyIndustrialUser({ iu, potw: inputs.potw, settings: inputs.settings, asOf: inputs.asOf });
  const computed = run(facts);
  if (!designation) return { computed, effective: computed };
  if (designation.kind === 'non_significant') {
    return { computed, effective: run({ ...facts, deDesignation: { reason: designation.reason } }) };
  }
  const effective = run({ ...facts, caDesignatedReasonablePotential: true });
  return {
    computed,
    effective: effective.iuClass === 'NSCIU' ? declineNsciu(effective, designation) : effective,
  };
}

/** 403.3(v)(2): the CA "may" find a CIU non-significant; designating it significant declines that finding. */
function declineNsciu(c: Classification, designation: Designation): Classification {
  return {
    ...c,
    iuClass: 'SIU_CATEGORICAL',
    isSignificant: true,
    decidedBy: {
      citation: '403.3(v)(1)(i)',
      rule: `Designated significant by the Control Authority (no NSCIU determination): ${designation.reason}`,
    },
    siuCriteria: ['403.3(v)(1)(i)'],
    checks: [
      ...c.checks,
      {
        id: 'designation',
        citation: '403.3(v)(2)',
        description: `Control Authority declined the NSCIU determination: ${designation.reason}`,
        outcome: 'met',
        values: {},
      },
    ],
  };
}
