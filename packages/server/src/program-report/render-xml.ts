import type { AnnualReportContent, ProgramReportSignature } from '@outfall/domain/contracts/program-report';
import { icisPretreatmentProblems, icisPretreatmentXml } from '@outfall/domain/exports/icis-pretreatment-xml';
import { AppError } from '../errors';

/**
 * The ICIS v5.14 XML of an annual report. The writer checks every key and length the XSD
 * requires; when it cannot write a valid document the request is refused with the reasons,
 * never answered with an invalid file.
 */
export function renderProgramReportXml(input: {
  reportId: string;
  content: AnnualReportContent;
  signature: ProgramReportSignature | null;
  author: string;
  createdAt: string;
}): string {
  const data = {
    content: input.content,
    formSetId: input.reportId,
    receivedDate: input.signature ? input.signature.signedAt.slice(0, 10) : null,
  };
  const problems = icisPretreatmentProblems(data);
  if (problems.length > 0)
    throw new AppError(
      'invalid_state',
      'The ICIS XML of this report cannot be written',
      problems.map((message) => ({ path: 'xml', message })),
    );
  return icisPretreatmentXml(data, {
    author: input.author,
    organization: input.content.authority.name,
    createdAt: input.createdAt.replace(/\.\d{3}Z$/, 'Z'),
  });
}
