import type { DecimalInput } from '../numbers/decimal';

/** The class an IU falls in (§1.1). */
export type IuClass = 'SIU_CATEGORICAL' | 'NSCIU' | 'SIU_NON_CATEGORICAL' | 'NON_SIGNIFICANT';

/** The categorical facts needed for the NSCIU and middle-tier tests (flows in gpd, loads in lb/d). */
export interface CategoricalFacts {
  /** Highest single day of total categorical wastewater; NSCIU requires every day ≤ 100 gpd. */
  maxDailyCategoricalFlowGpd: DecimalInput;
  /** Average total categorical wastewater flow, for the middle-tier hydraulic test. */
  averageCategoricalFlowGpd: DecimalInput;
  consistentlyCompliant: boolean;
  annualCertificationOnFile: boolean;
  noUntreatedConcentrate: boolean;
  /** 403.12(e)(3)(i)(A): flow measured by a continuous effluent flow monitor, unless batch discharge. */
  flowFromContinuousMonitorOrBatch: boolean;
  notHighlyVariable: boolean;
  /** The latest date the IU was in SNC (`YYYY-MM-DD`), if ever. */
  lastSncDate?: string | null;
  /** Loads of the categorical pollutants; `mahlLbPerDay` where approved local limits exist. */
  pollutantLoads?: { pollutant: string; loadLbPerDay: DecimalInput; mahlLbPerDay?: DecimalInput | null }[];
}

/** What the classification needs to know about one IU. */
export interface IndustrialUserFacts {
  /** 403.3(v)(1)(i): subject to a categorical Pretreatment Standard (Parts 405–471). */
  isSubjectToCategoricalStandard: boolean;
  /** Average process wastewater, gpd; sanitary, non-contact cooling and boiler blowdown excluded. */
  averageProcessFlowGpd: DecimalInput;
  /** Recorded for the explanation only; never counted (403.3(v)(1)(ii)). */
  excludedFlowsGpd?: {
    sanitary?: DecimalInput;
    nonContactCooling?: DecimalInput;
    boilerBlowdown?: DecimalInput;
  };
  /** Organic (BOD) load of the process wastestream, lb/d. */
  processOrganicLoadLbPerDay?: DecimalInput | null;
  caDesignatedReasonablePotential?: boolean;
  /** 403.3(v)(3): CA finding of no reasonable potential (non-categorical IUs only). */
  deDesignation?: { reason: string } | null;
  categorical?: CategoricalFacts | null;
}

/** The POTW's design dry-weather capacities. */
export interface PotwCapacities {
  designDryWeatherHydraulicGpd?: DecimalInput | null;
  designDryWeatherOrganicLbPerDay?: DecimalInput | null;
}

/** LOCAL: whether the program adopted the optional NSCIU and middle-tier provisions. */
export interface ClassificationSettings {
  nsciuAdopted: boolean;
  middleTierAdopted: boolean;
}

export type CheckOutcome = 'met' | 'not-met' | 'not-evaluated';

/** One test of the §1.2 algorithm, with the numbers it compared. */
export interface ClassificationCheck {
  id: string;
  citation: string;
  description: string;
  outcome: CheckOutcome;
  values: Record<string, string>;
}

/** The classification and the rule that decided it. */
export interface Classification {
  iuClass: IuClass;
  isCategorical: boolean;
  isSignificant: boolean;
  /** Middle tier (reduced reporting, 403.12(e)(3)) applies only to categorical SIUs. */
  middleTier: boolean;
  decidedBy: { citation: string; rule: string };
  /** For the SIU list: every 403.3(v)(1) criterion that applies. */
  siuCriteria: string[];
  checks: ClassificationCheck[];
  /** Checks that could not be run for lack of data. */
  unevaluated: string[];
}
