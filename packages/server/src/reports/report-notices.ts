import type { ReportSignature } from '@outfall/domain/contracts/reports';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../db/connect';
import { memberships, notifications, users } from '../db/schema';
import { enqueueEmail } from '../mail/outbox';
import type { CopyOfRecordFiles } from './copy-of-record';
import type { ReportRecord, ReportRow } from './reports.queries';

interface Person {
  userId: string;
  email: string;
}

async function membersWithRoles(
  tx: Tx,
  organizationId: string,
  roles: ('coordinator' | 'manager' | 'admin')[],
) {
  return tx
    .selectDistinct({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, roles)));
}

async function tell(tx: Tx, people: Person[], text: string, link: string, body: string) {
  if (people.length === 0) return;
  await tx
    .insert(notifications)
    .values(people.map((p) => ({ userId: p.userId, kind: 'report' as const, text, link })));
  for (const p of people) await enqueueEmail(tx, { to: p.email, subject: `Outfall: ${text}`, text: body });
}

/**
 * On submission: the acknowledgment of receipt to the signer's address of record (§10.2 R5(vi):
 * an address outside the app's access controls), and the authority's coordinators told a report
 * is waiting for review.
 */
export async function notifySubmitted(
  tx: Tx,
  input: {
    report: ReportRow;
    facilityName: string;
    record: ReportRecord;
    signature: ReportSignature;
    files: CopyOfRecordFiles;
    publicUrl: string;
  },
) {
  const { report, signature, files } = input;
  const link = `/reports/${report.id}`;
  await enqueueEmail(tx, {
    to: signature.signerEmail,
    subject: `Outfall: receipt of “${report.title}”`,
    text: [
      `Outfall received the following document, signed by ${signature.signerName} (${signature.signerEmail}).`,
      '',
      `Document: ${report.title} (${input.facilityName}, permit ${input.record.permitNumber})`,
      `Revision: ${files.document.revision}`,
      `Received: ${files.document.receivedAt}`,
      `Copy of record SHA-256 (JSON): ${files.jsonSha256}`,
      `Copy of record SHA-256 (PDF): ${files.pdfSha256}`,
      '',
      `The report: ${input.publicUrl}${link}`,
      '',
      'If you did not sign this document, tell your control authority at once.',
    ].join('\n'),
  });
  const authorityId = input.record.issuingAuthorityId;
  if (!authorityId) return;
  const coordinators = await membersWithRoles(tx, authorityId, ['coordinator']);
  const text = `${input.facilityName} submitted “${report.title}” for review`;
  await tell(tx, coordinators, text, link, `${text}.\n\nOpen it in Outfall: ${input.publicUrl}${link}`);
}

/** On review: the facility's managers and the signer hear the decision and the comment. */
export async function notifyReviewed(
  tx: Tx,
  input: {
    report: ReportRow;
    signerUserId: string | null;
    decision: 'accepted' | 'returned';
    comment: string | null;
    publicUrl: string;
  },
) {
  const { report } = input;
  const managers = await tx
    .selectDistinct({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, report.facilityId),
        input.signerUserId
          ? or(inArray(memberships.role, ['manager', 'admin']), eq(memberships.userId, input.signerUserId))
          : inArray(memberships.role, ['manager', 'admin']),
      ),
    );
  const text = `“${report.title}” was ${input.decision} by the control authority`;
  const open = `Open it in Outfall: ${input.publicUrl}/reports/${report.id}`;
  const body = input.comment ? `${text}.\n\nComment: ${input.comment}\n\n${open}` : `${text}.\n\n${open}`;
  await tell(tx, managers, text, `/reports/${report.id}`, body);
}
