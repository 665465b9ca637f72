import type {
  ImportedDmrReport,
  MonitoringRequirement,
  PermitContent,
  PermitLimit,
  PermitLimitSet,
  PermitOutfall,
  ReportingRequirement,
} from '../contracts/permits';
import { emptyPermitContent } from '../contracts/permits';
import { cadenceOfPeriod, dueRuleOf } from './dmr-cadence';
import { importIds, limitIds, valueIds } from './ids';
import { limitDirection } from './limit-direction';
import type { NetDmrDocument, NetDmrHeader, NetDmrParameter, NetDmrSlot } from './netdmr-types';

interface Row {
  parameter: NetDmrParameter;
  slot: NetDmrSlot;
}

function rowsOf(doc: NetDmrDocument): Row[] {
  return doc.parameters.flatMap((parameter) => parameter.slots.map((slot) => ({ parameter, slot })));
}

function defaultLocation(doc: NetDmrDocument): string {
  return doc.parameters[0]?.locationCode ?? '1';
}

function outfallOf(h: NetDmrHeader, location: string): PermitOutfall {
  return {
    id: importIds.outfall(h.outfallCode),
    code: h.outfallCode,
    name: `${h.featureTypeName ?? 'Outfall'} ${h.outfallCode}`,
    monitoringLocationCode: location,
    featureTypeCode: h.featureTypeCode,
    description: h.limitSetComment,
  };
}

function limitOf(row: Row, id: string, location: string): PermitLimit {
  const { parameter: p, slot: s } = row;
  const unit = s.slot.startsWith('Q') ? p.quantityUnit : p.concentrationUnit;
  return {
    id,
    parameterCode: p.code,
    parameterName: p.name,
    monitoringLocationCode: p.locationCode === location ? null : p.locationCode,
    statisticalBaseCode: s.baseCode,
    statisticalBaseName: s.baseName,
    valueSlot: s.slot,
    value: s.limitValue,
    unitCode: unit?.code ?? null,
    unitText: unit?.text ?? '',
    direction: limitDirection(s.limitQualifier, s.baseCode, s.baseName),
    enforceable: true,
    basis: 'other',
    derivation: null,
    categoricalCitation: null,
    sampleType: p.sampleType,
    frequencyCode: p.frequencyCode,
    notes: null,
  };
}

function limitSetsOf(doc: NetDmrDocument, rows: Row[], ids: string[]): PermitLimitSet[] {
  const h = doc.header;
  const location = defaultLocation(doc);
  const seasons = [...new Set(doc.parameters.map((p) => p.seasonNumber))].sort((a, b) => a - b);
  return seasons.map((season) => ({
    id: importIds.limitSet(h.outfallCode, h.designator, season),
    outfallId: importIds.outfall(h.outfallCode),
    designator: h.designator,
    name: h.designatorName ?? `Limit set ${h.designator}`,
    seasonNumber: season,
    season: null,
    effectiveFrom: null,
    effectiveTo: null,
    limits: rows.flatMap((row, i) =>
      row.parameter.seasonNumber === season ? [limitOf(row, ids[i] ?? '', location)] : [],
    ),
  }));
}

function monitoringOf(doc: NetDmrDocument): MonitoringRequirement[] {
  const h = doc.header;
  const location = defaultLocation(doc);
  const seen = new Set<string>();
  return doc.parameters.flatMap((p) => {
    const id = importIds.monitoring(h.outfallCode, p.code, p.locationCode, location);
    if (seen.has(id)) return [];
    seen.add(id);
    return [
      {
        id,
        parameterCode: p.code,
        parameterName: p.name,
        outfallId: importIds.outfall(h.outfallCode),
        monitoringLocationCode: p.locationCode,
        frequencyCode: p.frequencyCode,
        sampleType: p.sampleType,
        sampledBy: 'permittee' as const,
        notes: null,
      },
    ];
  });
}

function reportingOf(h: NetDmrHeader, warnings: string[]): ReportingRequirement[] {
  const cadence = h.periodStart ? cadenceOfPeriod(h.periodStart, h.periodEnd) : null;
  const dueRule = h.dueDate ? dueRuleOf(h.periodEnd, h.dueDate) : null;
  if (!cadence || !dueRule) {
    warnings.push(
      'DMR cadence or due rule could not be derived from the monitoring period; no reporting requirement imported',
    );
    return [];
  }
  return [
    {
      id: importIds.reporting(h.outfallCode, h.designator),
      kind: 'dmr',
      name: `DMR ${h.outfallCode}-${h.designator}${h.designatorName ? ` (${h.designatorName})` : ''}`,
      ...cadence,
      dueRule,
      outfallId: importIds.outfall(h.outfallCode),
      notes: null,
    },
  ];
}

function reportOf(doc: NetDmrDocument, rows: Row[], ids: string[]): ImportedDmrReport {
  const h = doc.header;
  const valueIdList = valueIds(
    rows.map(({ parameter: p, slot: s }) => ({
      outfall: h.outfallCode,
      parameter: p.code,
      location: p.locationCode,
      slot: s.slot,
      periodEnd: h.periodEnd,
      base: s.baseCode,
    })),
  );
  const excursions: Record<string, number> = {};
  for (const p of doc.parameters)
    if (p.excursions !== null) excursions[p.code] = (excursions[p.code] ?? 0) + p.excursions;
  return {
    id: importIds.report(h.outfallCode, h.designator, h.periodEnd),
    outfallId: importIds.outfall(h.outfallCode),
    limitSetId: importIds.limitSet(h.outfallCode, h.designator, 0),
    periodStart: h.periodStart,
    periodEnd: h.periodEnd,
    dueDate: h.dueDate,
    submittedAt: h.submittedAt,
    nodiCode: h.nodiCode,
    comment: h.comment,
    excursions,
    values: rows.map(({ parameter: p, slot: s }, i) => {
      const unit = s.slot.startsWith('Q') ? p.quantityUnit : p.concentrationUnit;
      return {
        id: valueIdList[i] ?? '',
        limitId: ids[i] ?? null,
        parameterCode: p.code,
        monitoringLocationCode: p.locationCode,
        valueSlot: s.slot,
        statisticalBaseCode: s.baseCode,
        qualifier: s.reportedQualifier,
        value: s.reportedValue,
        nodiCode: s.nodiCode,
        unitCode: unit?.code ?? null,
        unitText: unit?.text ?? null,
        violationCode: null,
      };
    }),
  };
}

/** Permit content (one outfall, its limit set, limits, monitoring and DMR requirement) and the DMR. */
export function netDmrToContent(
  doc: NetDmrDocument,
  warnings: string[],
): { content: PermitContent; report: ImportedDmrReport } {
  const rows = rowsOf(doc);
  const location = defaultLocation(doc);
  const ids = limitIds(
    rows.map(({ parameter: p, slot: s }) => ({
      outfall: doc.header.outfallCode,
      parameter: p.code,
      location: p.locationCode,
      defaultLocation: location,
      slot: s.slot,
      base: s.baseCode,
    })),
  );
  for (const p of doc.parameters) {
    if (p.sampleType === null || p.frequencyCode === null)
      warnings.push(`Parameter ${p.code}: no permit sample type or frequency in the file`);
  }
  const content: PermitContent = {
    ...emptyPermitContent(),
    outfalls: [outfallOf(doc.header, location)],
    limitSets: limitSetsOf(doc, rows, ids),
    monitoringRequirements: monitoringOf(doc),
    reportingRequirements: reportingOf(doc.header, warnings),
  };
  return { content, report: reportOf(doc, rows, ids) };
}
