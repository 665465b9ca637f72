import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';

/** Independent readers of the reference files, for comparing imports field by field. */
export const NETDMR_DIR = '/work/shared/reference/netdmr-copy-of-record';
export const ECHO_FILE =
  '/work/shared/reference/echo-effluent-chart/TX0062677_dmr_2021-2024_pulled-2024-05.csv';

export function netDmrFiles(): string[] {
  return readdirSync(NETDMR_DIR)
    .filter((f) => f.endsWith('.xml'))
    .sort();
}

export interface ExpectedLimit {
  outfallCode: string;
  limitSetKey: string;
  parameterCode: string;
  statisticalBaseCode: string;
  valueSlot: string;
  value: string | null;
  unitCode: string;
  direction: 'min' | 'max';
  sampleType?: string;
  frequencyCode?: string;
  monitoringLocationCode: string;
}

/** A '>=' limit is a lower bound; without a qualifier ("Req Mon") the statistic's type decides. */
function directionOf(qualifier: string | undefined, baseType: string | undefined): 'min' | 'max' {
  if (qualifier) return qualifier.startsWith('>') ? 'min' : 'max';
  return /^MIN/i.test(baseType ?? '') ? 'min' : 'max';
}

const SLOTS = {
  Concentration1: 'C1',
  Concentration2: 'C2',
  Concentration3: 'C3',
  Quantity1: 'Q1',
  Quantity2: 'Q2',
};
interface Xml {
  [key: string]: string | Xml | Xml[];
}

/** What a NetDMR copy of record says: permit, outfall, limit set, every limit slot. */
export function readNetDmr(fileName: string) {
  const xml = readFileSync(join(NETDMR_DIR, fileName), 'utf8');
  const doc = new XMLParser({ parseTagValue: false }).parse(xml).DischargeMonitoringReport as Xml;
  const params = (doc.Parameters as Xml).Parameter;
  const limits: ExpectedLimit[] = [];
  for (const p of (Array.isArray(params) ? params : [params]) as Xml[]) {
    for (const [element, slot] of Object.entries(SLOTS)) {
      const v = p[element] as Xml | undefined;
      if (!v?.PermitStatisticalBaseCode) continue;
      const unit = slot.startsWith('C') ? p.PermitConcentrationUnitCode : p.PermitQuantityUnitCode;
      limits.push({
        outfallCode: doc.PermittedFeatureIdentifier as string,
        limitSetKey: doc.LimitSetDesignator as string,
        parameterCode: p.ParameterCode as string,
        statisticalBaseCode: v.PermitStatisticalBaseCode as string,
        valueSlot: slot,
        value: v.PermitLimitValue === 'Req Mon' ? null : (v.PermitLimitValue as string),
        unitCode: unit as string,
        direction: directionOf(
          v.PermitLimitQualifier as string,
          v.PermitStatisticalBaseDescription as string,
        ),
        sampleType: p.PermitSampleTypeCode as string,
        frequencyCode: p.PermitFrequencyOfAnalysisCode as string,
        monitoringLocationCode: p.MonitoringLocationCode as string,
      });
    }
  }
  return { xml, permitNumber: doc.PermitIdentifier as string, limits };
}

function isoOf(usDate: string): string {
  const [m, d, y] = usDate.split('/');
  return `${y}-${m}-${d}`;
}

/** What the ECHO chart says is in effect: per limit key, the rows of the latest limit period. */
export function readEcho() {
  const text = readFileSync(ECHO_FILE, 'utf8');
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const latest = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const key = [
      r.perm_feature_nmbr,
      r.limit_set_id,
      r.parameter_code,
      r.monitoring_location_code,
      r.statistical_base_code,
      r.limit_value_type_code,
    ].join('|');
    const seen = latest.get(key);
    if (!seen || isoOf(r.limit_begin_date!) > isoOf(seen.limit_begin_date!)) latest.set(key, r);
  }
  const limits: ExpectedLimit[] = [...latest.values()].map((r) => ({
    outfallCode: r.perm_feature_nmbr!,
    limitSetKey: `${r.limit_set_id}:${isoOf(r.limit_begin_date!)}`,
    parameterCode: r.parameter_code!,
    statisticalBaseCode: r.statistical_base_code!,
    valueSlot: r.limit_value_type_code!,
    value: r.limit_value_nmbr === '' ? null : r.limit_value_nmbr!,
    unitCode: r.limit_unit_code!,
    direction: directionOf(r.limit_value_qualifier_code, r.statistical_base_type_code),
    monitoringLocationCode: r.monitoring_location_code!,
  }));
  return { text, permitNumber: rows[0]!.npdes_id!, limits, rowCount: rows.length };
}
