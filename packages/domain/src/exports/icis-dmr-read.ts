import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ValueSlot } from '../contracts/permits';
import { IssueSink, XmlElement, type XmlObject } from '../imports/xml-reader';
import { ExportReadError } from './export-error';

/** One NumericReport of an ICIS DMR as written in the file (no number is re-formatted). */
export interface IcisNumericReport {
  code: ValueSlot;
  nodi: string | null;
  quantity: string | null;
  qualifier: string | null;
}

export interface IcisReportParameter {
  parameterCode: string;
  monitoringSiteCode: string;
  seasonNumber: number;
  sampleType: string | null;
  frequencyCode: string | null;
  excursions: number | null;
  concentrationUnitCode: string | null;
  quantityUnitCode: string | null;
  values: IcisNumericReport[];
}

export interface IcisDmr {
  transactionType: string | null;
  permitIdentifier: string;
  permittedFeatureIdentifier: string;
  limitSetDesignator: string;
  monitoringPeriodEndDate: string;
  signatureDate: string | null;
  signatoryFirstName: string | null;
  signatoryLastName: string | null;
  comment: string | null;
  /** Form-level NODI (DMRNoDischargeIndicator). */
  formNodi: string | null;
  parameters: IcisReportParameter[];
}

export interface IcisDmrDocument {
  header: { id: string; author: string | null; organization: string | null; createdAt: string | null };
  reports: IcisDmr[];
}

const SLOTS = new Set<string>(['Q1', 'Q2', 'C1', 'C2', 'C3']);

/**
 * Reads an ICIS-NPDES DMR batch document (as `icisDmrXml` writes it) back into plain records.
 * Character references are decoded (a CR written as `&#13;` comes back as CR). Throws an
 * `ExportReadError` listing every element at fault.
 */
export function readIcisDmrXml(xml: string): IcisDmrDocument {
  const sink = new IssueSink();
  const text = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new ExportReadError([
      {
        path: `line ${valid.err.line}, column ${valid.err.col}`,
        message: `not well-formed XML: ${valid.err.msg}`,
      },
    ]);
  const tree = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
  }).parse(text) as XmlObject;
  const docNode = tree.Document;
  if (!docNode || typeof docNode !== 'object' || Array.isArray(docNode))
    throw new ExportReadError([{ path: '/', message: 'the root element must be Document' }]);
  const doc = new XmlElement(docNode, 'Document');
  const head = doc.child('Header') ?? new XmlElement({}, 'Document/Header');
  const header = {
    id: head.required('Id', sink) ?? '',
    author: head.text('Author'),
    organization: head.text('Organization'),
    createdAt: head.text('CreationTime'),
  };
  const reports: IcisDmr[] = [];
  for (const payload of doc.children('Payload')) {
    const operation = payload.text('@Operation');
    if (operation !== 'DischargeMonitoringReportSubmission') {
      sink.add(
        `${payload.path}/@Operation`,
        `'${operation ?? ''}' is not DischargeMonitoringReportSubmission`,
      );
      continue;
    }
    for (const data of payload.children('DischargeMonitoringReportData')) {
      const dmr = data.child('DischargeMonitoringReport');
      if (!dmr) {
        sink.add(`${data.path}/DischargeMonitoringReport`, 'missing');
        continue;
      }
      reports.push(readReport(dmr, data.child('TransactionHeader')?.text('TransactionType') ?? null, sink));
    }
  }
  if (sink.issues.length > 0) throw new ExportReadError(sink.issues);
  return { header, reports };
}

function readReport(el: XmlElement, transactionType: string | null, sink: IssueSink): IcisDmr {
  return {
    transactionType,
    permitIdentifier: el.required('PermitIdentifier', sink) ?? '',
    permittedFeatureIdentifier: el.required('PermittedFeatureIdentifier', sink) ?? '',
    limitSetDesignator: el.required('LimitSetDesignator', sink) ?? '',
    monitoringPeriodEndDate: el.required('MonitoringPeriodEndDate', sink) ?? '',
    signatureDate: el.text('SignatureDate'),
    signatoryFirstName: el.text('SignatoryFirstName'),
    signatoryLastName: el.text('SignatoryLastName'),
    comment: el.text('ReportCommentText'),
    formNodi: el.text('DMRNoDischargeIndicator'),
    parameters: el.children('ReportParameter').map((p) => readParameter(p, sink)),
  };
}

function integer(el: XmlElement, name: string, sink: IssueSink, pattern: RegExp): number | null {
  const raw = el.text(name);
  if (raw === null) return null;
  if (!pattern.test(raw.trim())) {
    sink.add(`${el.path}/${name}`, `'${raw}' is not a whole number`);
    return null;
  }
  return Number(raw.trim());
}

function season(el: XmlElement, sink: IssueSink): number {
  if (el.required('LimitSeasonNumber', sink) === null) return 0;
  return integer(el, 'LimitSeasonNumber', sink, /^-?\d+$/) ?? 0;
}

function readParameter(el: XmlElement, sink: IssueSink): IcisReportParameter {
  return {
    parameterCode: el.required('ParameterCode', sink) ?? '',
    monitoringSiteCode: el.required('MonitoringSiteDescriptionCode', sink) ?? '',
    seasonNumber: season(el, sink),
    sampleType: el.text('ReportSampleTypeText'),
    frequencyCode: el.text('ReportingFrequencyCode'),
    excursions: integer(el, 'ReportNumberOfExcursions', sink, /^\d+$/),
    concentrationUnitCode: el.text('ConcentrationNumericReportUnitMeasureCode'),
    quantityUnitCode: el.text('QuantityNumericReportUnitMeasureCode'),
    values: el.children('NumericReport').flatMap((n) => {
      const code = n.required('NumericReportCode', sink);
      if (code === null) return [];
      if (!SLOTS.has(code)) {
        sink.add(`${n.path}/NumericReportCode`, `'${code}' is not Q1, Q2, C1, C2 or C3`);
        return [];
      }
      return [
        {
          code: code as ValueSlot,
          nodi: n.text('NumericReportNoDischargeIndicator'),
          quantity: n.text('NumericConditionQuantity'),
          qualifier: n.text('NumericConditionQualifier'),
        },
      ];
    }),
  };
}
