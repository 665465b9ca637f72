import type { ValueSlot } from '../contracts/permits';

export interface NetDmrUnit {
  code: string;
  text: string;
}

/** One Quantity1/2 or Concentration1/2/3 element of a parameter. */
export interface NetDmrSlot {
  slot: ValueSlot;
  baseCode: string;
  baseName: string | null;
  /** Null = "Req Mon" (monitor only). */
  limitValue: string | null;
  limitQualifier: string | null;
  reportedQualifier: string | null;
  reportedValue: string | null;
  nodiCode: string | null;
}

export interface NetDmrParameter {
  code: string;
  name: string;
  locationCode: string;
  sampleType: string | null;
  frequencyCode: string | null;
  seasonNumber: number;
  excursions: number | null;
  quantityUnit: NetDmrUnit | null;
  concentrationUnit: NetDmrUnit | null;
  slots: NetDmrSlot[];
}

export interface NetDmrHeader {
  permitNumber: string;
  facilityName: string | null;
  outfallCode: string;
  featureTypeCode: string | null;
  featureTypeName: string | null;
  designator: string;
  designatorName: string | null;
  limitSetComment: string | null;
  periodStart: string | null;
  periodEnd: string;
  dueDate: string | null;
  submittedAt: string | null;
  comment: string | null;
  nodiCode: string | null;
}

export interface NetDmrDocument {
  header: NetDmrHeader;
  parameters: NetDmrParameter[];
}
