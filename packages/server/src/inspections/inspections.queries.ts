import type {
  InspectionListQuery,
  InspectionSummaryView,
  InspectionView,
} from '@outfall/domain/contracts/inspections';
import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { ActiveMembership } from '../auth/actor';
import { can } from '../auth/policy';
import type { Queryable } from '../db/connect';
import {
  checklistTemplates,
  documents,
  documentVersions,
  inspectionFindings,
  inspectionFollowUps,
  inspections,
  memberships,
  organizations,
  users,
} from '../db/schema';
import { owner, visibleDocumentsWhere } from '../documents/documents.queries';
import { notFound } from '../errors';
import { permitOn } from './permit-on';

export type InspectionRow = typeof inspections.$inferSelect;

/**
 * Inspections a membership may read: for an authority its own inspections of facilities it
 * regulates; for a facility its own completed inspections and announced visits still scheduled
 * (an unannounced visit is never shown before it has happened).
 */
export function visibleInspectionsWhere(m: ActiveMembership): SQL {
  if (m.kind === 'authority')
    return and(
      eq(inspections.authorityId, m.organizationId),
      eq(organizations.regulatedById, m.organizationId),
    )!;
  return and(
    eq(inspections.facilityId, m.organizationId),
    or(
      eq(inspections.status, 'completed'),
      and(eq(inspections.status, 'scheduled'), eq(inspections.announced, true)),
    ),
  )!;
}

/** One inspection the membership may see with its facility's name, or 404. */
export async function findVisibleInspection(db: Queryable, m: ActiveMembership, id: string) {
  const [row] = await db
    .select({ inspection: inspections, facilityName: organizations.name })
    .from(inspections)
    .innerJoin(organizations, eq(organizations.id, inspections.facilityId))
    .where(and(eq(inspections.id, id), visibleInspectionsWhere(m)));
  if (!row) throw notFound('Inspection');
  return row;
}

function summaryOf(
  i: InspectionRow,
  facilityName: string,
  assignedUserName: string | null,
): InspectionSummaryView {
  return {
    id: i.id,
    facilityId: i.facilityId,
    facilityName,
    kind: i.kind,
    status: i.status,
    scheduledDate: i.scheduledDate,
    inspectedOn: i.inspectedOn,
    includesSampling: i.includesSampling,
    announced: i.announced,
    assignedUserId: i.assignedUserId,
    assignedUserName,
  };
}

/** GET /inspections with filters; upcoming first by date, then the rest most recent first. */
export async function listInspections(
  db: Queryable,
  m: ActiveMembership,
  userId: string,
  query: InspectionListQuery,
): Promise<InspectionSummaryView[]> {
  const filters: (SQL | undefined)[] = [visibleInspectionsWhere(m)];
  if (query.facilityId) filters.push(eq(inspections.facilityId, query.facilityId));
  if (query.status) filters.push(eq(inspections.status, query.status));
  if (query.mine === 'true') filters.push(eq(inspections.assignedUserId, userId));
  const date = sql`coalesce(${inspections.inspectedOn}, ${inspections.scheduledDate})`;
  if (query.from) filters.push(gte(date, query.from));
  if (query.to) filters.push(lte(date, query.to));
  const rows = await db
    .select({ inspection: inspections, facilityName: organizations.name, assignedUserName: users.name })
    .from(inspections)
    .innerJoin(organizations, eq(organizations.id, inspections.facilityId))
    .leftJoin(users, eq(users.id, inspections.assignedUserId))
    .where(and(...filters))
    .orderBy(
      query.status === 'completed' ? desc(inspections.inspectedOn) : asc(inspections.scheduledDate),
      desc(inspections.createdAt),
    )
    .limit(1000);
  return rows.map((r) => summaryOf(r.inspection, r.facilityName, r.assignedUserName));
}

/** Documents linked to an inspection that the membership may read, with the current version's digest. */
export async function inspectionDocuments(db: Queryable, m: ActiveMembership, inspectionId: string) {
  const link = JSON.stringify([{ kind: 'inspection', id: inspectionId }]);
  return db
    .select({
      id: documents.id,
      title: documents.title,
      kind: documents.kind,
      fileName: documentVersions.fileName,
      mediaType: documentVersions.mediaType,
      currentVersion: documents.currentVersion,
      sha256: documentVersions.sha256,
    })
    .from(documents)
    .innerJoin(owner, eq(owner.id, documents.organizationId))
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.documentId, documents.id),
        eq(documentVersions.version, documents.currentVersion),
      ),
    )
    .where(and(visibleDocumentsWhere(m), sql`${documents.links} @> ${link}::jsonb`))
    .orderBy(asc(documents.createdAt));
}

/** GET /inspections/:id: the inspection with its checklist, findings, follow-ups and documents. */
export async function viewInspection(
  db: Queryable,
  m: ActiveMembership,
  id: string,
): Promise<InspectionView> {
  const { inspection: i, facilityName } = await findVisibleInspection(db, m, id);
  const [assigned] = i.assignedUserId
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, i.assignedUserId))
    : [];
  const [template] = i.checklistTemplateId
    ? await db
        .select({ name: checklistTemplates.name, version: checklistTemplates.version })
        .from(checklistTemplates)
        .where(eq(checklistTemplates.id, i.checklistTemplateId))
    : [];
  const findings = await db
    .select()
    .from(inspectionFindings)
    .where(eq(inspectionFindings.inspectionId, i.id))
    .orderBy(asc(inspectionFindings.createdAt));
  const followUps = await db
    .select()
    .from(inspectionFollowUps)
    .where(eq(inspectionFollowUps.inspectionId, i.id))
    .orderBy(asc(inspectionFollowUps.dueDate), asc(inspectionFollowUps.createdAt));
  const docs = await inspectionDocuments(db, m, i.id);
  const authority = m.kind === 'authority';
  const finished = i.status === 'completed' || i.status === 'cancelled';
  return {
    ...summaryOf(i, facilityName, assigned?.name ?? null),
    permitNumber: (await permitOn(db, i.facilityId, i.inspectedOn ?? i.scheduledDate))?.permitNumber ?? null,
    checklistTemplateId: i.checklistTemplateId,
    checklistTemplateName: template ? `${template.name} (version ${template.version})` : null,
    checklist: i.checklist.map((c) => ({ ...c, answer: c.answer ?? null, note: c.note ?? null })),
    unansweredCount: i.checklist.filter((c) => !c.answer).length,
    contacts: i.contacts,
    summary: i.summary,
    startedAt: i.startedAt?.toISOString() ?? null,
    completedAt: i.completedAt?.toISOString() ?? null,
    cancelledReason: authority ? i.cancelledReason : null,
    findings: findings.map((f) => ({
      id: f.id,
      description: f.description,
      severity: f.severity,
      checklistItemId: f.checklistItemId,
      violationId: f.violationId,
      createdAt: f.createdAt.toISOString(),
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      description: f.description,
      dueDate: f.dueDate,
      completedAt: f.completedAt?.toISOString() ?? null,
    })),
    documents: docs,
    can: {
      perform: authority && !finished && can(m, 'inspection.perform'),
      plan: authority && !finished && can(m, 'inspection.plan'),
    },
  };
}

/** Loads an inspection the authority member may change (404 outside), for a use case. */
export async function findOwnInspection(
  db: Queryable,
  m: ActiveMembership,
  id: string,
): Promise<InspectionRow> {
  if (m.kind !== 'authority') throw notFound('Inspection');
  const { inspection } = await findVisibleInspection(db, m, id);
  return inspection;
}

/** Authority people who may carry out inspections (assignable). */
export async function inspectorOptions(db: Queryable, authorityId: string) {
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, authorityId),
        inArray(memberships.role, ['admin', 'director', 'coordinator', 'inspector']),
      ),
    )
    .orderBy(asc(users.name));
  return rows;
}
