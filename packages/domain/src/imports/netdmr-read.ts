import type { ValueSlot } from '../contracts/permits';
import { decimalText, isIsoDateText } from './decimal-text';
import type { NetDmrDocument, NetDmrHeader, NetDmrParameter, NetDmrSlot, NetDmrUnit } from './netdmr-types';
import { type IssueSink, XmlElement, type XmlObject } from './xml-reader';

const SLOT_ELEMENTS: ReadonlyArray<[string, ValueSlot]> = [
  ['Quantity1', 'Q1'],
  ['Quantity2', 'Q2'],
  ['Concentration1', 'C1'],
  ['Concentration2', 'C2'],
  ['Concentration3', 'C3'],
];

const REQ_MON = /^req\.?\s*mon/i;
const NODI = /NoDataIndicator|NODI/i;

function date(el: XmlElement, name: string, sink: IssueSink, required: boolean): string | null {
  const value = required ? el.required(name, sink) : el.text(name);
  if (value !== null && !isIsoDateText(value)) {
    sink.add(`${el.path}/${name}`, `'${value}' is not a date YYYY-MM-DD`);
    return null;
  }
  return value;
}

function readHeader(root: XmlElement, sink: IssueSink): NetDmrHeader {
  return {
    permitNumber: root.required('PermitIdentifier', sink) ?? '',
    facilityName: root.text('FacilityName'),
    outfallCode: root.required('PermittedFeatureIdentifier', sink) ?? '',
    featureTypeCode: root.text('PermittedFeatureTypeCode'),
    featureTypeName: root.text('PermittedFeatureTypeDescription'),
    designator: root.required('LimitSetDesignator', sink) ?? '',
    designatorName: root.text('LimitSetDesignatorName'),
    limitSetComment: root.text('LimitSetCommentText'),
    periodStart: date(root, 'MonitoringPeriodStartDate', sink, false),
    periodEnd: date(root, 'MonitoringPeriodEndDate', sink, true) ?? '',
    dueDate: date(root, 'ReportDueDate', sink, false),
    submittedAt: root.text('DmrSubmissionDate'),
    comment: root.text('ReportedCommentText'),
    nodiCode: root.findText(NODI),
  };
}

function readLimitValue(el: XmlElement, sink: IssueSink): string | null {
  const raw = el.required('PermitLimitValue', sink);
  if (raw === null || REQ_MON.test(raw)) return null;
  const value = decimalText(raw);
  if (value === null) sink.add(`${el.path}/PermitLimitValue`, `'${raw}' is neither a number nor 'Req Mon'`);
  return value;
}

function readReported(el: XmlElement, sink: IssueSink): string | null {
  const raw = el.text('ReportedValue');
  if (raw === null) return null;
  const value = decimalText(raw);
  if (value === null) sink.add(`${el.path}/ReportedValue`, `'${raw}' is not a number`);
  return value;
}

function readSlot(el: XmlElement, slot: ValueSlot, sink: IssueSink): NetDmrSlot {
  return {
    slot,
    baseCode: el.required('PermitStatisticalBaseCode', sink) ?? '',
    baseName: el.text('PermitStatisticalBaseDescription'),
    limitValue: readLimitValue(el, sink),
    limitQualifier: el.text('PermitLimitQualifier'),
    reportedQualifier: el.text('ReportedQualifier'),
    reportedValue: readReported(el, sink),
    nodiCode: el.findText(NODI),
  };
}

function unit(
  el: XmlElement,
  kind: 'Quantity' | 'Concentration',
  needed: boolean,
  sink: IssueSink,
): NetDmrUnit | null {
  const code = `Permit${kind}UnitCode`;
  if (!needed) return null;
  const value = el.required(code, sink);
  return value === null ? null : { code: value, text: el.text(`Permit${kind}UnitDescription`) ?? value };
}

function integer(el: XmlElement, name: string, sink: IssueSink): number | null {
  const raw = el.text(name);
  if (raw === null) return null;
  if (!/^\d+$/.test(raw)) {
    sink.add(`${el.path}/${name}`, `'${raw}' is not a whole number`);
    return null;
  }
  return Number(raw);
}

function readParameter(el: XmlElement, sink: IssueSink): NetDmrParameter {
  const code = el.required('ParameterCode', sink) ?? '';
  if (code !== '' && !/^[0-9A-Z]{5}$/.test(code))
    sink.add(`${el.path}/ParameterCode`, `'${code}' is not a 5-character parameter code`);
  const slots = SLOT_ELEMENTS.flatMap(([name, slot]) => {
    const child = el.child(name);
    return child ? [readSlot(child, slot, sink)] : [];
  });
  if (slots.length === 0) sink.add(el.path, 'has no Quantity1/2 or Concentration1/2/3 element');
  const season = integer(el, 'PermitSeasonNumber', sink) ?? 0;
  if (season > 12) sink.add(`${el.path}/PermitSeasonNumber`, `${season} is not a season number 0–12`);
  return {
    code,
    name: el.required('ParameterName', sink) ?? '',
    locationCode: el.required('MonitoringLocationCode', sink) ?? '',
    sampleType: el.text('PermitSampleTypeCode'),
    frequencyCode: el.text('PermitFrequencyOfAnalysisCode'),
    seasonNumber: season,
    excursions: integer(el, 'ReportedNumberOfExcursions', sink),
    quantityUnit: unit(
      el,
      'Quantity',
      slots.some((s) => s.slot.startsWith('Q')),
      sink,
    ),
    concentrationUnit: unit(
      el,
      'Concentration',
      slots.some((s) => s.slot.startsWith('C')),
      sink,
    ),
    slots,
  };
}

/** Reads a NetDMR copy of record into plain records; refusals go to the sink. */
export function readNetDmrDocument(tree: XmlObject, sink: IssueSink): NetDmrDocument | null {
  const rootNode = tree.DischargeMonitoringReport;
  if (!rootNode || typeof rootNode !== 'object' || Array.isArray(rootNode)) {
    sink.add('/', 'the root element must be DischargeMonitoringReport');
    return null;
  }
  const root = new XmlElement(rootNode, 'DischargeMonitoringReport');
  const header = readHeader(root, sink);
  const list = root.child('Parameters');
  const parameters = list ? list.children('Parameter').map((p) => readParameter(p, sink)) : [];
  if (parameters.length === 0 && header.nodiCode === null)
    sink.add(`${root.path}/Parameters`, 'missing: no Parameter and no form-level no-data indicator');
  return { header, parameters };
}
