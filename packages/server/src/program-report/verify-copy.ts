import { ProgramReportCopyDocument } from '@outfall/domain/contracts/program-report';
import type { CopyOfRecordVerification } from '@outfall/domain/contracts/reports';
import { eq, or } from 'drizzle-orm';
import type { Queryable } from '../db/connect';
import { organizations, programReportCopies, programReports } from '../db/schema';
import { labelOf } from './program-reports.queries';

/**
 * Looks a file's SHA-256 up among the annual reports' copies of record (JSON, PDF or ICIS XML);
 * null when none matches. Used by `verifyCopyOfRecord` (the API and `cor verify`).
 */
export async function verifyProgramReportCopy(
  db: Queryable,
  digest: string,
): Promise<CopyOfRecordVerification | null> {
  const [row] = await db
    .select({ copy: programReportCopies, report: programReports, authorityName: organizations.name })
    .from(programReportCopies)
    .innerJoin(programReports, eq(programReports.id, programReportCopies.programReportId))
    .innerJoin(organizations, eq(organizations.id, programReports.authorityId))
    .where(
      or(
        eq(programReportCopies.jsonSha256, digest),
        eq(programReportCopies.pdfSha256, digest),
        eq(programReportCopies.xmlSha256, digest),
      ),
    )
    .limit(1);
  if (!row) return null;
  const doc = ProgramReportCopyDocument.parse(JSON.parse(Buffer.from(row.copy.json).toString('utf8')));
  const matched =
    row.copy.jsonSha256 === digest ? 'json' : row.copy.pdfSha256 === digest ? 'pdf' : ('xml' as const);
  const title = `Pretreatment annual report ${labelOf(row.report)}`;
  const what = { json: 'copy-of-record JSON', pdf: 'copy-of-record PDF', xml: 'ICIS XML' }[matched];
  return {
    verified: true,
    sha256: digest,
    matched,
    kind: 'program_report',
    copyOfRecord: null,
    report: {
      id: row.report.id,
      title,
      facilityName: row.authorityName,
      signerName: doc.signature.signerName,
      signedAt: doc.signature.signedAt,
    },
    message: `Unchanged ${what} of the ${title} of ${row.authorityName}, signed by ${doc.signature.signerName} at ${doc.signature.signedAt} (audit event ${row.copy.auditSeq}).`,
  };
}
