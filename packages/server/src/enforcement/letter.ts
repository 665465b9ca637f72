import { createHash, randomUUID } from 'node:crypto';
import type { DocumentLink } from '@outfall/domain/contracts/documents';
import { and, eq, inArray } from 'drizzle-orm';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { appendAudit } from '../audit/append';
import { type Actor, auditActorOf } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Db, Queryable } from '../db/connect';
import {
  documents,
  documentVersions,
  enforcementActions,
  enforcementActionViolations,
  facilityProfiles,
  organizations,
  permits,
  violations,
} from '../db/schema';
import { refreshSearchVector } from '../documents/documents.queries';
import { readVersionBytes } from '../documents/read-file';
import { withStoredBytes } from '../documents/upload';
import { AppError, notFound } from '../errors';
import { renderPdf } from '../permits/render-pdf';
import { programSettingsOf } from '../program/settings';
import type { StorageProvider } from '../storage/index';
import { type ActionRow, findVisibleAction, violationText } from './actions.queries';

/** The built-in NOV letter; {{placeholders}} are filled from the action, the facility and the program. */
export const BUILT_IN_NOV_TEMPLATE = `{{authorityName}}

{{issuedOn}}

{{facilityName}}
{{facilityAddress}}

Permit: {{permitNumber}}

NOTICE OF VIOLATION

This notice informs you that {{facilityName}} has violated the requirements of its wastewater discharge permit {{permitNumber}} and the pretreatment ordinance, as follows:

{{violations}}

Required actions:

{{requirements}}

Within the time given, and no later than {{responseDue}}, submit a written response that explains the cause of each violation, the corrective actions taken or planned with their dates, and the steps taken to prevent a recurrence.

This notice does not relieve you of liability for these or any other violations. Failure to respond, or continued noncompliance, will lead to further enforcement under the Enforcement Response Plan, which may include an administrative order, penalties of at least $1,000 per day per violation, termination of service, or judicial action.

{{officialTitle}}
{{authorityName}}`;

export const LETTER_PLACEHOLDERS = [
  'facilityName',
  'facilityAddress',
  'permitNumber',
  'issuedOn',
  'violations',
  'requirements',
  'responseDue',
  'officialTitle',
  'authorityName',
] as const;
export type LetterValues = Record<(typeof LETTER_PLACEHOLDERS)[number], string>;

/** Fills the template; an unknown placeholder is left as written so the author sees it. */
export function fillTemplate(template: string, values: LetterValues): string {
  return template.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) =>
    name in values ? values[name as keyof LetterValues] : whole,
  );
}

const TYPE_TITLE: Record<string, string> = {
  file_note: 'File note',
  informal_notice: 'Notice of noncompliance',
  notice_of_violation: 'Notice of violation',
  compliance_meeting: 'Compliance meeting notice',
  administrative_order: 'Administrative order',
  show_cause_hearing: 'Notice of show-cause hearing',
  penalty: 'Notice of penalty',
  termination: 'Notice of termination of service',
  judicial_referral: 'Judicial referral',
};

/** The values of the placeholders for one action. */
export async function letterValues(db: Queryable, a: ActionRow): Promise<LetterValues> {
  const [facility] = await db.select().from(organizations).where(eq(organizations.id, a.facilityId));
  const [authority] = await db.select().from(organizations).where(eq(organizations.id, a.authorityId));
  const [profile] = await db
    .select()
    .from(facilityProfiles)
    .where(eq(facilityProfiles.facilityId, a.facilityId));
  const address = profile?.mailingAddress ?? profile?.siteAddress ?? null;
  const linked = await db
    .select({ v: violations })
    .from(enforcementActionViolations)
    .innerJoin(violations, eq(violations.id, enforcementActionViolations.violationId))
    .where(eq(enforcementActionViolations.actionId, a.id));
  const permitIds = [...new Set(linked.map((l) => l.v.permitId).filter((x): x is string => !!x))];
  const permitRows =
    permitIds.length > 0
      ? await db.select().from(permits).where(inArray(permits.id, permitIds))
      : await db
          .select()
          .from(permits)
          .where(and(eq(permits.facilityId, a.facilityId), inArray(permits.status, ['issued', 'effective'])));
  const list = linked
    .map(({ v }) => v)
    .sort((x, y) => x.periodStart.localeCompare(y.periodStart))
    .map((v, i) => `${i + 1}. ${violationText(v)}`);
  return {
    facilityName: facility?.name ?? '',
    facilityAddress: address
      ? [address.line1, address.line2, `${address.city}, ${address.state} ${address.postalCode}`]
          .filter(Boolean)
          .join('\n')
      : '',
    permitNumber: permitRows.map((p) => p.permitNumber).join(', ') || '(no permit on record)',
    issuedOn: a.issuedOn,
    violations: list.length > 0 ? list.join('\n') : '(see the attached record)',
    requirements: a.requirements ?? 'Correct the violations and prevent their recurrence.',
    responseDue: a.responseDue ?? 'the date stated above',
    officialTitle: a.officialTitle,
    authorityName: authority?.name ?? '',
  };
}

/** The letter as a PDF document definition: the filled text, paragraph by paragraph. */
export function letterDocument(
  title: string,
  text: string,
  values: LetterValues,
  issuedOn: string,
): TDocumentDefinitions {
  const content: Content[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    if (trimmed.toUpperCase() === trimmed && /[A-Z]/.test(trimmed) && trimmed.length < 80)
      content.push({ text: trimmed, style: 'title' });
    else content.push({ text: trimmed, margin: [0, 0, 0, 10] });
  }
  return {
    info: {
      title: `${title} — ${values.facilityName} — ${issuedOn}`,
      author: values.authorityName,
      creator: 'Outfall',
      producer: 'Outfall',
      creationDate: new Date(`${issuedOn}T12:00:00Z`),
    },
    pageSize: 'LETTER',
    pageMargins: [60, 60, 60, 60],
    content,
    styles: { title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 6, 0, 12] } },
    defaultStyle: { fontSize: 10.5, lineHeight: 1.2 },
    footer: (page, pages) => ({
      text: `${values.authorityName} · ${title} · ${values.facilityName} · page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 7,
      margin: [30, 20, 30, 0],
    }),
  };
}

/**
 * Generates the action's letter from the program's NOV template (or the built-in one) as a PDF,
 * files it in the document library (kind enforcement_notice, shared, linked to the facility and the
 * action) and sets the action's letter; one audit event (document.created with the SHA-256).
 */
export async function generateLetter({
  db,
  storage,
  actor,
  actionId,
}: {
  db: Db;
  storage: StorageProvider;
  actor: Actor;
  actionId: string;
}): Promise<string> {
  const m = authorize(actor, 'enforcement.issue');
  authorize(actor, 'document.write');
  const a = await findVisibleAction(db, m, actionId);
  if (a.letterDocumentId)
    throw new AppError('conflict', 'The letter was already generated; download it from the action', [
      { path: 'letterDocumentId', message: 'already set' },
    ]);
  const settings = await programSettingsOf(db, a.authorityId);
  const values = await letterValues(db, a);
  const title = TYPE_TITLE[a.type] ?? 'Enforcement letter';
  const text = fillTemplate(settings.novTemplate ?? BUILT_IN_NOV_TEMPLATE, values);
  const bytes = await renderPdf(letterDocument(title, text, values, a.issuedOn));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = randomUUID();
  const fileName = `${title} ${values.facilityName} ${a.issuedOn}.pdf`
    .replace(/[^A-Za-z0-9 ._-]+/g, '')
    .replace(/\s+/g, '-');
  const links: DocumentLink[] = [
    { kind: 'facility', id: a.facilityId },
    { kind: 'enforcement_action', id: a.id },
  ];
  const docTitle = `${title} — ${values.facilityName} — ${a.issuedOn}`;
  await withStoredBytes(storage, id, bytes, (storageKey) =>
    db.transaction(async (tx) => {
      const [current] = await tx
        .select({ letter: enforcementActions.letterDocumentId })
        .from(enforcementActions)
        .where(eq(enforcementActions.id, a.id))
        .for('update');
      if (current?.letter) throw new AppError('conflict', 'The letter was already generated');
      await tx.insert(documents).values({
        id,
        organizationId: a.authorityId,
        title: docTitle,
        kind: 'enforcement_notice',
        visibility: 'shared',
        tags: ['enforcement', a.type],
        documentDate: a.issuedOn,
        links,
        currentVersion: 1,
        createdByUserId: actor.userId,
      });
      await tx.insert(documentVersions).values({
        documentId: id,
        version: 1,
        fileName,
        mediaType: 'application/pdf',
        size: bytes.length,
        sha256,
        storageProvider: storage.name,
        storageKey,
        text,
        note: 'Generated from the letter template',
        uploadedByUserId: actor.userId,
      });
      await refreshSearchVector(tx, id, [values.facilityName, `Enforcement action ${a.id}`]);
      await tx
        .update(enforcementActions)
        .set({ letterDocumentId: id, updatedAt: new Date() })
        .where(eq(enforcementActions.id, a.id));
      await appendAudit(tx, auditActorOf(actor), {
        type: 'document.created',
        subjectId: id,
        organizationId: a.authorityId,
        after: {
          title: docTitle,
          kind: 'enforcement_notice',
          visibility: 'shared',
          documentDate: a.issuedOn,
          links,
          version: 1,
          fileName,
          mediaType: 'application/pdf',
          size: bytes.length,
          sha256,
          storageProvider: storage.name,
          enforcementActionId: a.id,
          generatedFrom: settings.novTemplate ? 'program template' : 'built-in template',
        },
      });
    }),
  );
  return id;
}

/** The letter's bytes for a reader who may see the action (the facility sees the shared letter). */
export async function readLetter(db: Db, storage: StorageProvider, actor: Actor, actionId: string) {
  const m = authorize(actor, 'enforcement.read');
  const a = await findVisibleAction(db, m, actionId);
  if (!a.letterDocumentId) throw notFound('The letter');
  const [doc] = await db.select().from(documents).where(eq(documents.id, a.letterDocumentId));
  if (!doc || doc.deletedAt) throw notFound('The letter');
  const [version] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, doc.id), eq(documentVersions.version, doc.currentVersion)));
  if (!version) throw notFound('The letter');
  return { bytes: await readVersionBytes(db, storage, version), version };
}
