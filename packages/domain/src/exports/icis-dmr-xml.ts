import type { ValueSlot } from '../contracts/permits';
import type { ReportContent, ReportOutfall, ReportParameter, ReportSignature } from '../contracts/reports';
import { D } from '../numbers/decimal';
import { length, truncate, XmlWriter } from './xml-text';

/** ICIS-NPDES v5.14 (domain-spec §11.1). */
export const ICIS_NAMESPACE = 'http://www.exchangenetwork.net/schema/icis/5';

export interface IcisDmrReportInput {
  content: ReportContent;
  signature: ReportSignature | null;
}

export interface IcisDmrHeader {
  author: string;
  organization: string;
  /** xsd:dateTime, e.g. '2025-07-20T14:03:00Z'. */
  createdAt: string;
  /** Header Id (3–30 characters, the submitter's CDX user id); default: the author. */
  id?: string;
  /**
   * ICIS batch DMR transaction: 'R' replace (default: a signed revision is the whole DMR, and an
   * amendment replaces it) or 'C' change.
   */
  transactionType?: 'C' | 'R';
}

const SLOT_ORDER: readonly ValueSlot[] = ['Q1', 'Q2', 'C1', 'C2', 'C3'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;
const DATE_TIME = /^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A full ICIS-NPDES batch document (Document / Header / Payload Operation
 * "DischargeMonitoringReportSubmission") with one DischargeMonitoringReport per outfall of each DMR.
 * Elements follow the order and lengths of the v5.14 XSD. Values are written as printed on the
 * report (`reported`). Throws a RangeError naming the field when a key the XSD requires cannot be
 * written (permit number not 9 characters, outfall not 3–4 letters or digits, no limit set
 * designator, parameter code over 5 characters, a value outside ICIS's 8-digit decimal).
 */
export function icisDmrXml(reports: readonly IcisDmrReportInput[], header: IcisDmrHeader): string {
  if (!DATE_TIME.test(header.createdAt))
    throw new RangeError(`header createdAt '${header.createdAt}' is not an xsd:dateTime`);
  const w = new XmlWriter();
  w.open('Document', { xmlns: ICIS_NAMESPACE });
  w.open('Header');
  w.text('Id', headerId(header));
  w.text('Author', header.author);
  w.text('Organization', header.organization);
  w.text('CreationTime', header.createdAt);
  w.close('Header');
  w.open('Payload', { Operation: 'DischargeMonitoringReportSubmission' });
  for (const { content, signature } of reports) {
    if (content.kind !== 'dmr')
      throw new RangeError(
        `'${content.title}' is a ${content.kind} report, not a DMR: ICIS DMR XML holds DMRs only`,
      );
    for (const outfall of content.outfalls) {
      w.open('DischargeMonitoringReportData');
      w.open('TransactionHeader');
      w.text('TransactionType', header.transactionType ?? 'R');
      w.close('TransactionHeader');
      writeReport(w, content, outfall, signature);
      w.close('DischargeMonitoringReportData');
    }
  }
  w.close('Payload');
  w.close('Document');
  return w.toString();
}

function headerId(header: IcisDmrHeader): string {
  const id = truncate((header.id ?? header.author).trim(), 30);
  return length(id) >= 3 ? id : 'Outfall';
}

function writeReport(
  w: XmlWriter,
  content: ReportContent,
  outfall: ReportOutfall,
  signature: ReportSignature | null,
): void {
  const where = `${content.permit.number} outfall ${outfall.outfallCode}`;
  w.open('DischargeMonitoringReport');
  w.text(
    'PermitIdentifier',
    key(content.permit.number, /^[^*]{9}$/, `${where}: permit number`, '9 characters'),
  );
  w.text(
    'PermittedFeatureIdentifier',
    key(outfall.outfallCode, /^[A-Za-z0-9]{3,4}$/, `${where}: outfall code`, '3 or 4 letters or digits'),
  );
  w.text(
    'LimitSetDesignator',
    key(
      outfall.limitSetDesignator ?? '',
      /^[A-Za-z0-9]{1,2}$/,
      `${where}: limit set designator`,
      '1 or 2 letters or digits',
    ),
  );
  w.text('MonitoringPeriodEndDate', key(content.period.end, DATE, `${where}: period end`, 'a date'));
  if (signature) {
    const signedOn = signature.signedAt.slice(0, 10);
    w.text('SignatureDate', DATE.test(signedOn) ? signedOn : null);
    const { first, last } = splitName(signature.signerName);
    w.text('SignatoryFirstName', first);
    w.text('SignatoryLastName', last);
  }
  w.text('ReportCommentText', commentOf(content, outfall));
  if (content.formNodi !== null) {
    // The XSD's choice: a form-level NODI or parameters, never both.
    w.text('DMRNoDischargeIndicator', optional(content.formNodi, 3));
  } else {
    for (const p of outfall.parameters) writeParameter(w, p, where);
  }
  w.close('DischargeMonitoringReport');
}

function writeParameter(w: XmlWriter, p: ReportParameter, where: string): void {
  const at = `${where} parameter ${p.parameterCode}`;
  w.open('ReportParameter');
  w.text('ParameterCode', key(p.parameterCode, /^[^*]{1,5}$/, `${at}: parameter code`, '1–5 characters'));
  w.text(
    'MonitoringSiteDescriptionCode',
    key(p.monitoringLocationCode, /^[^*]{1,3}$/, `${at}: monitoring location`, '1–3 characters'),
  );
  w.text('LimitSeasonNumber', p.seasonNumber);
  w.text('ReportSampleTypeText', optional(p.sampleType, 3));
  w.text('ReportingFrequencyCode', optional(p.frequencyCode, 5));
  w.text(
    'ReportNumberOfExcursions',
    p.numberOfExcursions !== null && p.numberOfExcursions <= 999 ? p.numberOfExcursions : null,
  );
  w.text('ConcentrationNumericReportUnitMeasureCode', optional(p.concentrationUnitCode, 2));
  w.text('QuantityNumericReportUnitMeasureCode', optional(p.quantityUnitCode, 2));
  const seen = new Set<ValueSlot>();
  const values = [...p.values]
    .filter((v) => v.slot !== null)
    .sort((a, b) => SLOT_ORDER.indexOf(a.slot!) - SLOT_ORDER.indexOf(b.slot!));
  for (const v of values) {
    const slot = v.slot!;
    if (seen.has(slot))
      throw new RangeError(`${at}: two values in slot ${slot} (location ${p.monitoringLocationCode})`);
    seen.add(slot);
    const nodi = v.nodi ?? p.nodi;
    const number = nodi === null ? (v.reported ?? v.value) : null;
    w.open('NumericReport');
    w.text('NumericReportCode', slot);
    w.text('NumericReportNoDischargeIndicator', optional(nodi, 3));
    w.text('NumericConditionQuantity', number === null ? null : icisDecimal(number, `${at} ${slot}`));
    w.text('NumericConditionQualifier', number === null ? null : optional(v.qualifier, 3));
    w.close('NumericReport');
  }
  w.close('ReportParameter');
}

function key(value: string, pattern: RegExp, what: string, rule: string): string {
  if (!pattern.test(value))
    throw new RangeError(`${what} '${value}' cannot be written to ICIS: it must be ${rule}`);
  return value;
}

/** An optional code: omitted when empty, when it is ICIS's '*' (clear the field), or longer than the XSD allows. */
function optional(value: string | null, max: number): string | null {
  if (value === null || value === '' || value === '*' || length(value) > max) return null;
  return value;
}

/** Signatory first and last name (≤ 30 characters each): the last word is the last name. */
function splitName(name: string): { first: string | null; last: string | null } {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((x) => x !== '');
  const last = words.pop();
  if (last === undefined) return { first: null, last: null };
  return { first: words.length > 0 ? truncate(words.join(' '), 30) : null, last: truncate(last, 30) };
}

/** The narrative comment, then each parameter comment on its own line; ≤ 4000 characters. */
function commentOf(content: ReportContent, outfall: ReportOutfall): string | null {
  const parts = [
    ...(content.narrative.comments !== null && content.narrative.comments !== ''
      ? [content.narrative.comments]
      : []),
    ...outfall.parameters.flatMap((p) =>
      p.comment !== null && p.comment !== ''
        ? [
            `Parameter ${p.parameterCode} (location ${p.monitoringLocationCode}, season ${p.seasonNumber}): ${p.comment}`,
          ]
        : [],
    ),
  ];
  return parts.length === 0 ? null : truncate(parts.join('\n'), 4000);
}

/**
 * ICIS Decimal8Floating: at most 8 decimals and 9 digits (8 for a negative value of 1 or more).
 * The printed text is kept when it fits; a value with more decimals is rounded half up to fit.
 */
export function icisDecimal(text: string, what: string): string {
  const value = new D(text);
  const abs = value.abs();
  const intDigits = abs.lt(1) ? 0 : abs.trunc().toFixed().length;
  if (intDigits > 8) throw new RangeError(`${what}: ${text} is too large for ICIS (at most 99999999)`);
  const totalDigits = value.isNegative() && intDigits > 0 ? 8 : 9;
  const places = Math.min(8, totalDigits - intDigits);
  if (value.decimalPlaces() <= places) return text;
  return value.toDecimalPlaces(places, D.ROUND_HALF_UP).toFixed();
}
