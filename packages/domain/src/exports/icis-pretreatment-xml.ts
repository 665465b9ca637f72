import type { EnforcementActionType } from '../contracts/program';
import type { AnnualReportContent, AnnualReportIu } from '../contracts/program-report';
import { D } from '../numbers/decimal';
import { ICIS_NAMESPACE } from './icis-dmr-xml';
import { length, truncate, XmlWriter } from './xml-text';

/**
 * ICIS-NPDES v5.14 `PretreatmentProgramReport` (domain-spec §6.3, §11.1): one batch document with a
 * Payload "PretreatmentProgramReportSubmission" holding the control authority program information
 * and one `IndustrialUserInformation` per SIU and CIU on the list. Elements follow the XSD's order,
 * lengths and code formats; anything that cannot be written is listed by `icisPretreatmentProblems`
 * and the writer refuses (RangeError) rather than emit an invalid document.
 */

export interface IcisPretreatmentHeader {
  author: string;
  organization: string;
  /** xsd:dateTime, e.g. '2026-02-20T14:03:00Z'. */
  createdAt: string;
  /** 'R' replace (default) or 'N' new. */
  transactionType?: 'N' | 'R';
}

export interface IcisPretreatmentInput {
  content: AnnualReportContent;
  /** ICIS ProgramReportFormSetID (1–50 characters): the report's stable id. */
  formSetId: string;
  /** The signature (receipt) date of a signed report. */
  receivedDate: string | null;
}

/**
 * §6.3 IUEnfActionTypeCode (≤ 3 characters). The ICIS code list is UNVERIFIED (spec §6.3), so the
 * codes are Outfall's own, each with its words in IUEnfActionTypeOtherText.
 */
export const IU_ENF_ACTION_CODES: Readonly<
  Record<EnforcementActionType, { code: string; text: string } | null>
> = {
  file_note: null,
  informal_notice: { code: 'INF', text: 'Informal notice / warning letter' },
  notice_of_violation: { code: 'NOV', text: 'Notice of violation' },
  compliance_meeting: { code: 'MTG', text: 'Compliance meeting' },
  administrative_order: { code: 'AO', text: 'Administrative order' },
  show_cause_hearing: { code: 'SCH', text: 'Show-cause hearing' },
  penalty: { code: 'PEN', text: 'Administrative penalty' },
  termination: { code: 'TRM', text: 'Termination of service or permit' },
  judicial_referral: { code: 'JUD', text: 'Judicial referral' },
};

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const PERMIT_ID = /^[^*]{9}$/;
const PARAMETER = /^[^*]{1,5}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The SIUs and CIUs reported per IU (§6.3), without the ones deleted from the list. */
export function reportedIndustrialUsers(content: AnnualReportContent): AnnualReportIu[] {
  return content.industrialUsers.filter(
    (iu) => (iu.isSignificant || iu.isCategorical) && iu.change?.kind !== 'deleted',
  );
}

/** The ICIS identifier of an IU: the one entered, or its permit number when that is 9 characters. */
export function icisIdOf(iu: AnnualReportIu): string | null {
  if (iu.icisPermitId !== null) return iu.icisPermitId;
  const n = iu.permit?.number ?? null;
  return n !== null && PERMIT_ID.test(n) ? n : null;
}

/** What keeps the report from being written as ICIS XML, in words naming the field; empty when it can be. */
export function icisPretreatmentProblems(input: IcisPretreatmentInput): string[] {
  const { content } = input;
  const problems: string[] = [];
  const npdes = content.authority.npdesPermitId;
  if (npdes === null || !PERMIT_ID.test(npdes))
    problems.push(
      'Program settings: the POTW’s NPDES permit number (9 characters) is needed as the report’s PermitIdentifier',
    );
  if (length(input.formSetId) < 1 || length(input.formSetId) > 50)
    problems.push('ProgramReportFormSetID must be 1–50 characters');
  if (!DATE.test(content.period.start) || !DATE.test(content.period.end))
    problems.push('The reporting period dates are not dates');
  if (input.receivedDate !== null && !DATE.test(input.receivedDate))
    problems.push('The received date is not a date');
  for (const iu of reportedIndustrialUsers(content)) {
    if (icisIdOf(iu) === null)
      problems.push(
        `${iu.name}: an ICIS permit identifier of 9 characters is needed (permit number ${iu.permit?.number ?? 'none'} is not one); enter it on the report`,
      );
    for (const [what, n] of [
      ['inspections', iu.inspections],
      ['sampling events', iu.samplingEvents],
      ['required self-monitoring events', iu.selfMonitoring.required],
    ] as const)
      if (n > 1000) problems.push(`${iu.name}: ${n} ${what} exceed ICIS's 1000`);
    for (const amount of [iu.enforcement.penaltyAssessed, iu.enforcement.penaltyCollected])
      if (new D(amount).gt('999999999999.99'))
        problems.push(`${iu.name}: penalty ${amount} is too large for ICIS`);
  }
  return problems;
}

/** The batch document; throws a RangeError listing every problem when it cannot be written validly. */
export function icisPretreatmentXml(input: IcisPretreatmentInput, header: IcisPretreatmentHeader): string {
  if (!DATE_TIME.test(header.createdAt))
    throw new RangeError(`header createdAt '${header.createdAt}' is not an xsd:dateTime`);
  const problems = icisPretreatmentProblems(input);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const { content } = input;
  const w = new XmlWriter();
  w.open('Document', { xmlns: ICIS_NAMESPACE });
  w.open('Header');
  const id = truncate(header.author.trim(), 30);
  w.text('Id', length(id) >= 3 ? id : 'Outfall');
  w.text('Author', header.author);
  w.text('Organization', header.organization);
  w.text('CreationTime', header.createdAt);
  w.close('Header');
  w.open('Payload', { Operation: 'PretreatmentProgramReportSubmission' });
  w.open('PretreatmentProgramReportData');
  w.open('TransactionHeader');
  w.text('TransactionType', header.transactionType ?? 'R');
  w.close('TransactionHeader');
  w.open('PretreatmentProgramReport');
  w.text('PermitIdentifier', content.authority.npdesPermitId);
  w.text('ProgramReportFormSetID', input.formSetId);
  w.text('ProgramReportReceivedDate', input.receivedDate);
  w.text('ProgramReportStartDate', content.period.start);
  w.text('ProgramReportEndDate', content.period.end);
  writeProgramInformation(w, content);
  const ius = reportedIndustrialUsers(content);
  w.open('IndustrialUserInventory');
  w.text('IndustrialUserIndicator', ius.length > 0 ? 'Y' : 'N');
  for (const iu of ius) writeIndustrialUser(w, iu);
  w.close('IndustrialUserInventory');
  w.close('PretreatmentProgramReport');
  w.close('PretreatmentProgramReportData');
  w.close('Payload');
  w.close('Document');
  return w.toString();
}

const yn = (value: boolean) => (value ? 'Y' : 'N');
const text = (value: string | null, max: number) =>
  value === null || value.trim() === '' ? null : truncate(value.trim(), max);

function writeProgramInformation(w: XmlWriter, content: AnnualReportContent): void {
  const { authority, entered } = content;
  w.open('ControlAuthorityProgramInformation');
  w.text('LocalLimitsAdoptionDate', authority.localLimitsAdoptionDate);
  w.text('LocalLimitsEvaluationDate', authority.localLimitsEvaluationDate);
  const codes = entered.localLimitsParameterCodes.filter((c) => PARAMETER.test(c));
  if (codes.length > 0) {
    w.open('LocalLimitsParameters');
    for (const c of codes) w.text('LocalLimitsParameterCode', c);
    w.close('LocalLimitsParameters');
  }
  const contamination = [
    [
      'POTWDischargeContamination',
      entered.potwDischargeContamination,
      entered.potwDischargeContaminationText,
    ],
    [
      'POTWBiosolidsContamination',
      entered.potwBiosolidsContamination,
      entered.potwBiosolidsContaminationText,
    ],
  ] as const;
  for (const [name, indicator, words] of contamination) {
    if (indicator === null) continue;
    w.open(name);
    w.text(`${name}Indicator`, indicator);
    w.text(`${name}Text`, text(words, 500));
    w.close(name);
  }
  w.close('ControlAuthorityProgramInformation');
}

function writeIndustrialUser(w: XmlWriter, iu: AnnualReportIu): void {
  w.open('IndustrialUserInformation');
  w.text('PermitIdentifier', icisIdOf(iu));
  w.text('IUAverageDailyWastewaterFlowRateGPD', gpd(iu.averageDailyFlowGpd));
  w.text('IUAverageDailyProcessWastewaterFlowRateGPD', gpd(iu.averageDailyProcessFlowGpd));
  w.text('IUSubjectLocalLimitsIndicator', yn(iu.subjectToLocalLimits));
  w.text('IUSubjectLocalLimitsMoreStringentCatStdIndicator', yn(iu.localLimitsMoreStringent));
  w.text('MTCIUSubjectReducedReportingIndicator', yn(iu.middleTier));

  w.open('IUComplianceMonitoring');
  w.text('NumberIUInspectionsByCA', iu.inspections);
  w.text('NumberIUSamplingEventsByCA', iu.samplingEvents);
  w.text('NumberReqdIUSelfMonEventsMaximum', iu.selfMonitoring.required);
  w.text('IUComplyReqSelfMonRptingIndicator', yn(iu.selfMonitoring.complied));
  w.text(
    'IUComplyReqSelfMonRptingText',
    iu.selfMonitoring.complied
      ? null
      : `${iu.selfMonitoring.late} report(s) late, ${iu.selfMonitoring.missing} missing of ${iu.selfMonitoring.required} required`,
  );
  if (iu.nsciuCertificationSubmitted !== null)
    w.text('NSCIUCertSubmToCAIndicator', yn(iu.nsciuCertificationSubmitted));
  w.text('ChangedDischSubmIndicator', yn(iu.changedDischargeSubmitted));
  w.close('IUComplianceMonitoring');

  const c = new Set(iu.snc.criteria);
  w.open('IUViolationInformation');
  const standards = c.has('A') || c.has('B') || c.has('C') || c.has('D');
  w.text('SNCPretrStndLimitsIndicator', yn(standards));
  const parameters = iu.snc.parameters.filter((p) => PARAMETER.test(p));
  if (standards && parameters.length > 0) {
    w.open('SNCPretrStndLimitsParameters');
    for (const p of parameters) w.text('SNCPretrStndLimitsParameterCode', p);
    w.close('SNCPretrStndLimitsParameters');
  }
  w.text('SNCRptRqmtIndicator', yn(c.has('F') || c.has('G')));
  w.text('SNCOthCtrlMechRqmtIndicator', yn(c.has('E') || c.has('H')));
  // 403.8(f)(2)(viii)(C), (D): pass-through, interference, endangerment relate to the POTW's operation
  w.text('SNCRelPOTWDischOperIndicator', yn(c.has('C') || c.has('D')));
  const months = iu.snc.months.filter((m) => MONTH.test(m));
  if (months.length > 0) {
    w.open('SNCListingMonths');
    // §6.3: String7Fixed; 'YYYY-MM' (format UNVERIFIED in the spec)
    for (const m of months) w.text('SNCListingMonthYear', m);
    w.close('SNCListingMonths');
  }
  w.text('SNCPublishedIndicator', yn(iu.snc.published));
  w.close('IUViolationInformation');

  w.open('IUEnforcementActionInformation');
  for (const { type, count } of iu.enforcement.counts) {
    const code = IU_ENF_ACTION_CODES[type];
    if (code === null || count === 0) continue;
    w.open('IUEnfActionTypes');
    w.text('IUEnfActionTypeCode', code.code);
    w.text('IUEnfActionTypeOtherText', code.text);
    w.text('NumIUEnfActions', Math.min(count, 1000));
    w.close('IUEnfActionTypes');
  }
  w.text('SNCPretrEnfCmplSchedStatusIndicator', yn(iu.snc.inSnc && iu.onComplianceSchedule));
  w.text('IUCashCivilPenaltyAmountAssessed', penalty(iu.enforcement.penaltyAssessed));
  w.text('IUCashCivilPenaltyAmountCollected', penalty(iu.enforcement.penaltyCollected));
  w.close('IUEnforcementActionInformation');
  w.close('IndustrialUserInformation');
}

function gpd(value: number | null): number | null {
  return value === null || value < 0 || value > 999_999_999 ? null : value;
}

/** DecimalRange0To999999999999.99: two decimals at most. */
function penalty(value: string): string {
  return new D(value).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
}
