import type { PermitKind } from '../contracts/permits';
import type { ReportContent, ReportParameter, ReportValue } from '../contracts/reports';
import { limitIds } from '../imports/ids';
import { limitDirection } from '../imports/limit-direction';
import type { NetDmrDocument, NetDmrParameter, NetDmrSlot } from '../imports/netdmr-types';
import { isPhParameter } from '../reference/parameters';
import { exceedancePercentOf, isOutside } from './report-numbers';

/** Ids the copy of record does not carry; placeholders are used where one is not given. */
export interface NetDmrReportIds {
  facilityId?: string;
  permitId?: string;
  permitVersionId?: string;
  permitKind?: PermitKind;
  authority?: { id: string; name: string } | null;
  /** Default: the file's submission date, else the period end. */
  preparedAt?: string;
}

/**
 * A NetDMR copy of record (read by `readNetDmrDocument`) as the content of a DMR report: one
 * outfall, its parameter rows with the values exactly as the file reports them. Limit ids are the
 * ones the NetDMR permit import gives ('limit:001:00400:ME'). The copy of record has no sample
 * counts (0) and no exceedance flags: an exceedance is derived from value, limit and direction.
 */
export function reportContentFromNetDmr(doc: NetDmrDocument, ids: NetDmrReportIds = {}): ReportContent {
  const h = doc.header;
  const location = doc.parameters[0]?.locationCode ?? '1';
  const rows = doc.parameters.flatMap((parameter) => parameter.slots.map((slot) => ({ parameter, slot })));
  const idList = limitIds(
    rows.map(({ parameter: p, slot: s }) => ({
      outfall: h.outfallCode,
      parameter: p.code,
      location: p.locationCode,
      defaultLocation: location,
      slot: s.slot,
      base: s.baseCode,
    })),
  );
  const idOf = new Map(rows.map((row, i) => [row.slot, idList[i] ?? null]));
  return {
    kind: 'dmr',
    title: `DMR ${h.permitNumber} ${h.outfallCode}-${h.designator} ${h.periodEnd}`,
    facility: { id: ids.facilityId ?? 'facility', name: h.facilityName ?? h.permitNumber, address: null },
    authority: ids.authority ?? null,
    permit: {
      id: ids.permitId ?? 'permit',
      number: h.permitNumber,
      kind: ids.permitKind ?? 'npdes',
      versionId: ids.permitVersionId ?? 'version',
    },
    period: { start: h.periodStart ?? `${h.periodEnd.slice(0, 8)}01`, end: h.periodEnd },
    dueDate: h.dueDate ?? h.periodEnd,
    formNodi: h.nodiCode,
    outfalls: [
      {
        outfallCode: h.outfallCode,
        outfallName: `${h.featureTypeName ?? 'Outfall'} ${h.outfallCode}`,
        limitSetDesignator: h.designator,
        featureTypeCode: h.featureTypeCode,
        parameters: doc.parameters.map((p) => parameterOf(p, (s) => idOf.get(s) ?? null)),
        flow: null,
      },
    ],
    exceedances: [],
    narrative: { comments: h.comment, bmp: null, production: null },
    attachments: [],
    preparedAt: ids.preparedAt ?? h.submittedAt ?? h.periodEnd,
  };
}

function parameterOf(p: NetDmrParameter, limitIdOf: (s: NetDmrSlot) => string | null): ReportParameter {
  const values = p.slots.map((s) => reportValueOf(p, s, limitIdOf(s)));
  const nodis = new Set(values.map((v) => v.nodi));
  const [only] = nodis;
  return {
    parameterCode: p.code,
    parameterName: p.name,
    monitoringLocationCode: p.locationCode,
    seasonNumber: p.seasonNumber,
    sampleType: p.sampleType,
    frequencyCode: p.frequencyCode,
    sampleCount: 0,
    numberOfExcursions: p.excursions,
    quantityUnitCode: p.quantityUnit?.code ?? null,
    concentrationUnitCode: p.concentrationUnit?.code ?? null,
    nodi: nodis.size === 1 && only !== undefined ? only : null,
    comment: null,
    values,
  };
}

function reportValueOf(p: NetDmrParameter, s: NetDmrSlot, limitId: string | null): ReportValue {
  const unit = s.slot.startsWith('Q') ? p.quantityUnit : p.concentrationUnit;
  const direction = limitDirection(s.limitQualifier, s.baseCode, s.baseName);
  const judged = s.limitValue !== null && s.reportedValue !== null && s.nodiCode === null;
  const outside = judged && isOutside(s.reportedValue ?? '0', s.limitValue ?? '0', direction);
  // §9.8: a '<' value above a maximum limit is indeterminate, not an exceedance.
  const belowQualified = s.reportedQualifier?.startsWith('<') === true && direction === 'max';
  const exceedance = outside && !belowQualified;
  // ECHO gives no exceedance percent for pH (§9.8).
  const hasPercent = !(isPhParameter(p.code) || unit?.code === '12');
  return {
    limitId,
    slot: s.slot,
    statisticalBaseCode: s.baseCode === '' ? null : s.baseCode,
    statisticalBaseName: s.baseName,
    limitValue: s.limitValue,
    limitQualifier: s.limitQualifier,
    unitCode: unit?.code ?? null,
    unitText: unit?.text ?? '',
    value: s.reportedValue,
    reported: s.reportedValue,
    qualifier: s.reportedQualifier,
    nodi: s.nodiCode,
    exceedance,
    exceedancePercent:
      exceedance && hasPercent && s.reportedValue !== null && s.limitValue !== null
        ? exceedancePercentOf(s.reportedValue, s.limitValue)
        : null,
    indeterminate: outside && belowQualified,
    resultIds: [],
  };
}
