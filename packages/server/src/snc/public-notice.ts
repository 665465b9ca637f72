import type { FacilityAddress } from '@outfall/domain/contracts/facilities';
import {
  SNC_CRITERION_TITLES,
  type SncCriterionCode,
  type SncPublicNoticeEntry,
  type SncPublicNoticeView,
} from '@outfall/domain/contracts/snc-program';
import { addDays, addMonths } from '@outfall/domain/schedules/dates';
import { eq, inArray } from 'drizzle-orm';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Queryable } from '../db/connect';
import { facilityProfiles, organizations } from '../db/schema';
import { renderPdf } from '../permits/render-pdf';
import { sncHistory } from './snc.queries';

export function addressText(a: FacilityAddress | null | undefined): string {
  if (!a) return 'Address not on file';
  return [a.line1, a.line2, `${a.city}, ${a.state} ${a.postalCode}`].filter(Boolean).join(', ');
}

const LONG_DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));

/**
 * 403.8(f)(2)(viii): the IUs in SNC at any time during the 12 months before `asOf`, each with its
 * address, the criteria met and the windows, from the stored determinations.
 */
export async function publicNoticeOf(
  db: Queryable,
  authorityId: string,
  asOf: string,
): Promise<SncPublicNoticeView> {
  const periodStart = addDays(addMonths(asOf, -12), 1);
  const periodEnd = asOf;
  const [authority] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, authorityId));
  const history = await sncHistory(db, authorityId, periodStart, periodEnd);
  const ids = [...new Set(history.map((h) => h.facilityId))];
  const profiles = ids.length
    ? await db
        .select({ facilityId: facilityProfiles.facilityId, siteAddress: facilityProfiles.siteAddress })
        .from(facilityProfiles)
        .where(inArray(facilityProfiles.facilityId, ids))
    : [];
  const address = new Map(profiles.map((p) => [p.facilityId, p.siteAddress]));
  const entries = new Map<string, SncPublicNoticeEntry>();
  for (const h of history) {
    let e = entries.get(h.facilityId);
    if (!e) {
      e = {
        facilityId: h.facilityId,
        name: h.facilityName,
        address: addressText(address.get(h.facilityId)),
        criteria: [],
        windows: [],
      };
      entries.set(h.facilityId, e);
    }
    for (const c of h.criteriaMet) if (!e.criteria.includes(c)) e.criteria.push(c);
    if (!e.windows.some((w) => w.start === h.windowStart && w.end === h.windowEnd))
      e.windows.push({ label: h.windowLabel, start: h.windowStart, end: h.windowEnd });
  }
  for (const e of entries.values()) e.criteria.sort();
  const potw = authority?.name ?? 'The Control Authority';
  return {
    authorityName: potw,
    asOf,
    periodStart,
    periodEnd,
    heading: `PUBLIC NOTICE — Industrial Users in Significant Noncompliance with Pretreatment Standards`,
    statement:
      `In accordance with 40 CFR 403.8(f)(2)(viii), ${potw} hereby gives notice of the industrial users ` +
      `of its publicly owned treatment works that were in significant noncompliance with applicable ` +
      `pretreatment standards and requirements at any time during the previous twelve months ` +
      `(${longDate(periodStart)} through ${longDate(periodEnd)}).`,
    entries: [...entries.values()],
  };
}

const CRITERION_SHORT: Record<SncCriterionCode, string> = {
  A: 'chronic violation of discharge limits',
  B: 'technical review criteria violation',
  C: 'pass-through or interference',
  D: 'imminent endangerment or emergency halt of discharge',
  E: 'failure to meet a compliance schedule milestone within 90 days',
  F: 'failure to provide a required report within the time allowed',
  G: 'failure to accurately report noncompliance',
  H: 'other violation affecting the pretreatment program',
};

/** The notice as a document ready to publish in a newspaper of general circulation. */
export function publicNoticeDocument(notice: SncPublicNoticeView): TDocumentDefinitions {
  const body: TableCell[][] = [
    [
      { text: 'Industrial user', style: 'th' },
      { text: 'Address', style: 'th' },
      { text: 'Significant noncompliance', style: 'th' },
      { text: 'Period(s)', style: 'th' },
    ],
    ...notice.entries.map((e) => [
      { text: e.name, bold: true },
      e.address,
      e.criteria.map((c) => `(${c}) ${CRITERION_SHORT[c]}`).join('; '),
      e.windows.map((w) => `${longDate(w.start)} – ${longDate(w.end)}`).join('\n'),
    ]),
  ];
  const list: Content =
    notice.entries.length === 0
      ? { text: 'No industrial user was in significant noncompliance during this period.', italics: true }
      : {
          table: { headerRows: 1, widths: ['22%', '26%', '32%', '20%'], body },
          layout: 'lightHorizontalLines',
        };
  const legend: Content = {
    margin: [0, 12, 0, 0],
    fontSize: 8,
    stack: [
      { text: 'Criteria of 40 CFR 403.8(f)(2)(viii):', bold: true },
      ...(Object.keys(SNC_CRITERION_TITLES) as SncCriterionCode[]).map(
        (c) => `(${c}) ${SNC_CRITERION_TITLES[c]}`,
      ),
    ],
  };
  return {
    info: { title: `${notice.authorityName} — SNC public notice ${notice.asOf}` },
    pageSize: 'LETTER',
    pageMargins: [54, 54, 54, 54],
    content: [
      { text: notice.heading, style: 'h1' },
      { text: notice.authorityName, style: 'h2' },
      { text: notice.statement, margin: [0, 8, 0, 12] },
      list,
      legend,
      {
        margin: [0, 18, 0, 0],
        text: [
          'Published by ',
          { text: notice.authorityName, bold: true },
          ` on ${longDate(notice.asOf)}. Questions may be directed to the Pretreatment Program.`,
        ],
      },
    ],
    styles: {
      h1: { fontSize: 14, bold: true, alignment: 'center' },
      h2: { fontSize: 12, bold: true, alignment: 'center', margin: [0, 4, 0, 0] },
      th: { bold: true, fontSize: 9 },
    },
    defaultStyle: { fontSize: 9.5 },
  };
}

export function renderPublicNoticePdf(notice: SncPublicNoticeView): Promise<Buffer> {
  return renderPdf(publicNoticeDocument(notice));
}
