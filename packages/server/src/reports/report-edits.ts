import type {
  ReportAttachmentRef,
  ReportContent,
  UpdateReportDraftInput,
} from '@outfall/domain/contracts/reports';

export const parameterKey = (
  outfallCode: string,
  p: { parameterCode: string; monitoringLocationCode: string },
) => `${outfallCode}/${p.parameterCode}/${p.monitoringLocationCode}`;
export const valueKey = (
  outfallCode: string,
  p: { parameterCode: string; monitoringLocationCode: string },
  v: { slot: string | null; statisticalBaseCode: string | null },
) => `${parameterKey(outfallCode, p)}/${v.slot ?? v.statisticalBaseCode ?? ''}`;

/** Accumulates the preparer's edits: later values win; null clears. */
export function mergeEdits(a: UpdateReportDraftInput, b: UpdateReportDraftInput): UpdateReportDraftInput {
  const byViolation = new Map((a.exceedances ?? []).map((e) => [e.violationId, e]));
  for (const e of b.exceedances ?? []) byViolation.set(e.violationId, e);
  return {
    narrative: { ...a.narrative, ...b.narrative },
    ...(b.formNodi !== undefined
      ? { formNodi: b.formNodi }
      : a.formNodi !== undefined
        ? { formNodi: a.formNodi }
        : {}),
    parameterComments: { ...a.parameterComments, ...b.parameterComments },
    valueNodi: { ...a.valueNodi, ...b.valueNodi },
    ...(b.attachmentIds !== undefined
      ? { attachmentIds: b.attachmentIds }
      : a.attachmentIds !== undefined
        ? { attachmentIds: a.attachmentIds }
        : {}),
    exceedances: [...byViolation.values()],
  };
}

/**
 * The preparer's edits applied to the computed content: narrative, form- and value-level NODI
 * (a NODI replaces the value, §9.10), parameter comments and exceedance explanations.
 */
export function applyEdits(
  content: ReportContent,
  edits: UpdateReportDraftInput,
  attachments: readonly ReportAttachmentRef[] = [],
): ReportContent {
  const explanations = new Map((edits.exceedances ?? []).map((e) => [e.violationId, e]));
  const byId = new Map(attachments.map((a) => [a.id, a]));
  return {
    ...content,
    attachments: (edits.attachmentIds ?? []).flatMap((id) => {
      const a = byId.get(id);
      return a ? [a] : [];
    }),
    formNodi: edits.formNodi !== undefined ? edits.formNodi : content.formNodi,
    narrative: { ...content.narrative, ...edits.narrative },
    outfalls: content.outfalls.map((o) => ({
      ...o,
      parameters: o.parameters.map((p) => {
        const comment = edits.parameterComments?.[parameterKey(o.outfallCode, p)];
        return {
          ...p,
          comment: comment !== undefined ? comment : p.comment,
          values: p.values.map((v) => {
            const nodi = edits.valueNodi?.[valueKey(o.outfallCode, p, v)];
            if (nodi === undefined) return v;
            return nodi === null
              ? v
              : {
                  ...v,
                  nodi,
                  value: null,
                  reported: null,
                  qualifier: null,
                  exceedance: false,
                  exceedancePercent: null,
                };
          }),
        };
      }),
    })),
    exceedances: content.exceedances.map((e) => {
      const x = explanations.get(e.violationId);
      return x ? { ...e, explanation: x.explanation, correctiveAction: x.correctiveAction } : e;
    }),
  };
}
