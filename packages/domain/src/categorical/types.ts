/** Averaging basis of a standard's average column (§7.3 data model). */
export type StandardAverageType = 'MONTHLY' | 'FOUR_DAY' | '30_CONSECUTIVE_DAY';

/** BPT applies to direct dischargers; PSES/PSNS are the pretreatment standards (existing/new sources). */
export type StandardSourceType = 'BPT' | 'PSES' | 'PSNS';

/** How the standard is expressed (§7.3 data model). */
export type StandardBasis = 'CONC' | 'MASS_PER_PRODUCTION' | 'FLOW_BASED';

/** A condition narrowing when a row applies, e.g. 413.14's electroplating flow bands. */
export interface StandardApplicability {
  text: string;
  /** Electroplating (or other stated) process wastewater per calendar day, gpd: min ≤ flow < below. */
  flowGpd?: { min?: string; below?: string };
  /** The row replaces another pollutant's limit upon agreement (433.15(b) amenable cyanide). */
  alternativeTo?: string;
}

/** One categorical pretreatment (or BPT) standard row; numeric values keep their CFR text. */
export interface CategoricalStandard {
  part: string;
  subpart: string;
  subpartName: string;
  section: string;
  categoryName: string;
  sourceType: StandardSourceType;
  applicability: StandardApplicability | null;
  pollutant: string;
  /** Canonical key for matching names across tables (`cadmium-total`, `cyanide-amenable`). */
  pollutantKey: string;
  basis: StandardBasis;
  dailyMax: string | null;
  avgValue: string | null;
  avgType: StandardAverageType | null;
  /** A range standard such as pH 6.0–9.0. */
  range: { min: string; max: string } | null;
  units: string;
  productionUnit: string | null;
  note: string | null;
  /** Where the row was transcribed from. */
  source: string;
}

/** A 40 CFR point source category (Parts 405–471). */
export interface PointSourceCategory {
  part: string;
  name: string;
}

/** A subpart (subcategory) of a point source category. */
export interface PointSourceSubcategory {
  part: string;
  subpart: string;
  name: string;
  section: string | null;
  reserved: boolean;
}
