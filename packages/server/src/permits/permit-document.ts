import type { PermitSummaryView, PermitVersionView } from '@outfall/domain/contracts/permits';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  conditionsSection,
  limitsSection,
  monitoringSection,
  reportingSection,
  scheduleSection,
  specialConditionsSection,
} from './document-sections';

const KIND_TITLES: Readonly<Record<PermitSummaryView['kind'], string>> = {
  pretreatment_iu: 'Industrial User Wastewater Discharge Permit',
  general: 'General Pretreatment Control Mechanism',
  npdes: 'NPDES Permit',
  state: 'State Discharge Permit',
  other: 'Discharge Permit',
};

function cover(p: PermitSummaryView, v: PermitVersionView): Content[] {
  const row = (label: string, value: string | null) => [{ text: label, bold: true }, value ?? '—'];
  return [
    { text: p.issuingAuthorityName ?? `${p.facilityName} (self-managed record)`, style: 'authority' },
    { text: KIND_TITLES[p.kind], style: 'title' },
    { text: `Permit No. ${p.permitNumber}`, style: 'number' },
    {
      table: {
        widths: [140, '*'],
        body: [
          row('Permittee (facility)', p.facilityName),
          row('Issued by', p.issuingAuthorityName ?? 'Not issued on Outfall (self-managed)'),
          row('Status', p.status.replaceAll('_', ' ')),
          row('Issued', p.issuedDate),
          row('Effective', p.effectiveDate),
          row('Expires', p.expirationDate),
          row('Version', `${v.versionNo} (${v.reason}${v.summary ? `: ${v.summary}` : ''})`),
          row('Version effective', v.effectiveDate),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 20, 0, 20],
    },
    {
      text: 'The permittee is authorized to discharge in accordance with the effluent limits, monitoring and reporting requirements and other conditions set forth in this permit.',
      italics: true,
    },
  ];
}

function signatureBlock(p: PermitSummaryView, v: PermitVersionView): Content[] {
  const sig = v.content.signatory;
  return [
    { text: 'Signatures', style: 'h2', pageBreak: 'before' },
    {
      text: `Reports under this permit are signed by: ${sig.allowedSignatories.map((s) => s.replaceAll('_', ' ')).join(', ')} (40 CFR 403.12(l)).${sig.authorizationOnFileRequired ? ' A written authorization of each authorized representative must be on file with the control authority.' : ''}`,
    },
    ...(sig.certificationStatement
      ? [{ text: sig.certificationStatement, italics: true, margin: [0, 6, 0, 0] } as Content]
      : []),
    {
      columns: [
        {
          stack: [
            '\n\n\n______________________________',
            'Signature',
            `For ${p.issuingAuthorityName ?? p.facilityName}`,
          ],
        },
        {
          stack: [
            '\n\n\n______________________________',
            'Name and title',
            `Date: ${p.issuedDate ?? '____________'}`,
          ],
        },
      ],
      margin: [0, 30, 0, 0],
    },
  ];
}

/** The permit document of one version: cover, conditions, limits by outfall and season, requirements, signatures. */
export function permitDocument(p: PermitSummaryView, v: PermitVersionView): TDocumentDefinitions {
  const c = v.content;
  return {
    info: {
      title: `Permit ${p.permitNumber} version ${v.versionNo}`,
      subject: p.facilityName,
      creator: 'Outfall',
    },
    pageSize: 'LETTER',
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      authority: { fontSize: 12, bold: true, alignment: 'center', margin: [0, 60, 0, 10] },
      title: { fontSize: 18, bold: true, alignment: 'center' },
      number: { fontSize: 14, alignment: 'center', margin: [0, 8, 0, 0] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    footer: (page, pages) => ({
      text: `Permit ${p.permitNumber} · version ${v.versionNo} · page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 7,
      margin: [0, 20, 0, 0],
    }),
    content: [
      ...cover(p, v),
      { text: 'Part I — Standard conditions', style: 'h2', pageBreak: 'before' },
      ...conditionsSection(c.conditions),
      { text: 'Part II — Effluent limits', style: 'h2', pageBreak: 'before' },
      ...limitsSection(c),
      { text: 'Part III — Monitoring requirements', style: 'h2' },
      monitoringSection(c),
      { text: 'Part IV — Reporting requirements', style: 'h2' },
      reportingSection(c),
      { text: 'Part V — Compliance schedule', style: 'h2' },
      ...scheduleSection(c),
      { text: 'Part VI — Special conditions and best management practices', style: 'h2' },
      ...specialConditionsSection(c),
      ...signatureBlock(p, v),
    ],
  };
}
