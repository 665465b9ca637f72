import type { ReportContent } from '@outfall/domain/contracts/reports';
import type { FieldError } from '../errors';

/** What keeps a prepared report from signature: a NODI without its comment (§9.10, LOCAL rule kept). */
export function contentProblems(content: ReportContent): FieldError[] {
  const problems: FieldError[] = [];
  for (const o of content.outfalls) {
    for (const p of o.parameters) {
      const nodi = p.nodi ?? p.values.find((v) => v.nodi)?.nodi ?? null;
      if (nodi && !p.comment?.trim())
        problems.push({
          path: `outfalls.${o.outfallCode}.${p.parameterCode}.${p.monitoringLocationCode}.comment`,
          message: `${p.parameterName} (${p.parameterCode}) at outfall ${o.outfallCode} reports NODI ${nodi}: add a comment`,
        });
    }
  }
  if (content.formNodi && !content.narrative.comments?.trim())
    problems.push({
      path: 'narrative.comments',
      message: `The report-level NODI ${content.formNodi} needs a comment`,
    });
  return problems;
}
