import type { InspectionView } from '@outfall/domain/contracts/inspections';
import { eq } from 'drizzle-orm';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ActiveMembership } from '../auth/actor';
import type { Queryable } from '../db/connect';
import { organizations } from '../db/schema';
import { renderPdf } from '../permits/render-pdf';
import { viewInspection } from './inspections.queries';

const KIND_WORDS: Record<InspectionView['kind'], string> = {
  routine: 'Routine inspection',
  demand: 'Demand inspection',
  follow_up: 'Follow-up inspection',
  complaint: 'Complaint investigation',
  slug_evaluation: 'Slug control evaluation',
  nsciu_evaluation: 'NSCIU evaluation',
};
const ANSWER_WORDS = { yes: 'Yes', no: 'No', na: 'N/A' } as const;

const th = (texts: string[]): TableCell[] =>
  texts.map((text) => ({ text, bold: true, fillColor: '#eeeeee' }));
const none = (what: string): Content => ({ text: what, italics: true, margin: [0, 2, 0, 8] });
const table = (widths: (string | number)[], header: string[], rows: TableCell[][]): Content => ({
  table: { headerRows: 1, widths, body: [th(header), ...rows] },
  layout: 'lightHorizontalLines',
  fontSize: 8,
  margin: [0, 2, 0, 10],
});

/** The inspection report as a pdfmake document (pure: the view and the authority's name). */
export function inspectionReportDocument(v: InspectionView, authorityName: string): TDocumentDefinitions {
  const sections = [...new Set(v.checklist.map((c) => c.section))];
  const checklist: Content[] = sections.flatMap((section) => [
    { text: section, style: 'h3' },
    table(
      ['*', 40, '*'],
      ['Item', 'Answer', 'Note'],
      v.checklist
        .filter((c) => c.section === section)
        .map((c) => [c.text, c.answer ? ANSWER_WORDS[c.answer] : '—', c.note ?? '']),
    ),
  ]);
  const facts: TableCell[][] = [
    ['Facility', v.facilityName],
    ['Permit', v.permitNumber ?? '—'],
    ['Kind', KIND_WORDS[v.kind]],
    ['Scheduled', v.scheduledDate],
    ['Inspected on', v.inspectedOn ?? 'not completed'],
    ['Inspector', v.assignedUserName ?? '—'],
    ['Sampling by the authority', v.includesSampling ? 'Yes' : 'No'],
    ['Announced', v.announced ? 'Yes' : 'No'],
    ['Status', v.status.replace('_', ' ')],
    [
      'Checklist',
      `${v.checklistTemplateName ?? '—'}; ${v.unansweredCount} of ${v.checklist.length} items unanswered`,
    ],
  ].map(([k, val]) => [{ text: k as string, bold: true }, val as string]);
  return {
    info: {
      title: `Inspection report — ${v.facilityName} — ${v.inspectedOn ?? v.scheduledDate}`,
      creator: 'Outfall',
    },
    pageSize: 'LETTER',
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      authority: { fontSize: 11, bold: true },
      title: { fontSize: 16, bold: true, margin: [0, 4, 0, 10] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (page, pages) => ({
      text: `Inspection of ${v.facilityName} · ${v.inspectedOn ?? v.scheduledDate} · page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 7,
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: authorityName, style: 'authority' },
      { text: 'Inspection report', style: 'title' },
      { table: { widths: [150, '*'], body: facts }, layout: 'noBorders', margin: [0, 0, 0, 8] },
      { text: 'Contacts on site', style: 'h2' },
      v.contacts ? { text: v.contacts } : none('None recorded.'),
      { text: 'Checklist', style: 'h2' },
      ...(checklist.length ? checklist : [none('No checklist.')]),
      { text: 'Findings', style: 'h2' },
      v.findings.length
        ? table(
            ['*', 70, 120],
            ['Finding', 'Severity', 'Violation'],
            v.findings.map((f) => [
              f.description,
              f.severity,
              f.violationId ? `Recorded as violation ${f.violationId}` : '—',
            ]),
          )
        : none('No findings.'),
      { text: 'Follow-up actions', style: 'h2' },
      v.followUps.length
        ? table(
            ['*', 70, 110],
            ['Action', 'Due', 'Completed'],
            v.followUps.map((f) => [
              f.description,
              f.dueDate,
              f.completedAt ? f.completedAt.slice(0, 10) : 'open',
            ]),
          )
        : none('No follow-up actions.'),
      { text: 'Summary', style: 'h2' },
      v.summary ? { text: v.summary } : none('No summary.'),
      { text: 'Photos and documents', style: 'h2' },
      v.documents.length
        ? table(
            ['*', 90, 190],
            ['Document', 'File', 'SHA-256'],
            v.documents.map((d) => [
              `${d.title} (version ${d.currentVersion})`,
              d.fileName,
              { text: d.sha256, fontSize: 6 },
            ]),
          )
        : none('No documents linked.'),
    ],
  };
}

/** GET /inspections/:id/report.pdf. */
export async function inspectionReportPdf(db: Queryable, m: ActiveMembership, id: string) {
  const view = await viewInspection(db, m, id);
  const [authority] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      eq(organizations.id, m.kind === 'authority' ? m.organizationId : (m.regulatedById ?? m.organizationId)),
    );
  const pdf = await renderPdf(inspectionReportDocument(view, authority?.name ?? ''));
  const name = `inspection-${view.facilityName}-${view.inspectedOn ?? view.scheduledDate}`.replace(
    /[^A-Za-z0-9._-]+/g,
    '_',
  );
  return { pdf, fileName: `${name}.pdf` };
}
