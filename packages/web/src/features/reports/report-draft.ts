import type { ReportContent, UpdateReportDraftInput } from '@outfall/domain/contracts/index';
import { useMemo, useState } from 'react';
import { parameterKey, valueKey } from './report-labels';

/** The preparer's edits to a report, as the form holds them (empty text = nothing written). */
export interface ReportDraft {
  formNodi: string | null;
  narrative: { comments: string; bmp: string; production: string };
  /** Keyed by `${outfallCode}/${parameterCode}/${monitoringLocationCode}`. */
  parameterComments: Record<string, string>;
  /** Keyed by the parameter key and `/${slot}`. */
  valueNodi: Record<string, string | null>;
  exceedances: Record<string, { explanation: string; correctiveAction: string }>;
}

export function draftOf(content: ReportContent): ReportDraft {
  const parameterComments: Record<string, string> = {};
  const valueNodi: Record<string, string | null> = {};
  for (const outfall of content.outfalls) {
    for (const p of outfall.parameters) {
      parameterComments[parameterKey(outfall, p)] = p.comment ?? '';
      for (const v of p.values) {
        const key = valueKey(outfall, p, v);
        if (key && v.nodi) valueNodi[key] = v.nodi;
      }
    }
  }
  const exceedances: ReportDraft['exceedances'] = {};
  for (const e of content.exceedances) {
    exceedances[e.violationId] = {
      explanation: e.explanation ?? '',
      correctiveAction: e.correctiveAction ?? '',
    };
  }
  return {
    formNodi: content.formNodi,
    narrative: {
      comments: content.narrative.comments ?? '',
      bmp: content.narrative.bmp ?? '',
      production: content.narrative.production ?? '',
    },
    parameterComments,
    valueNodi,
    exceedances,
  };
}

const orNull = (text: string | undefined) => (text?.trim() ? text : null);

export function draftInput(draft: ReportDraft, content: ReportContent): UpdateReportDraftInput {
  const parameterComments: Record<string, string | null> = {};
  for (const [key, text] of Object.entries(draft.parameterComments)) parameterComments[key] = orNull(text);
  const valueNodi: Record<string, string | null> = {};
  // Every value-level NODI the content had is sent, so clearing one is saved too.
  for (const outfall of content.outfalls) {
    for (const p of outfall.parameters) {
      for (const v of p.values) {
        const key = valueKey(outfall, p, v);
        if (key && v.nodi) valueNodi[key] = null;
      }
    }
  }
  Object.assign(valueNodi, draft.valueNodi);
  return {
    formNodi: draft.formNodi,
    narrative: {
      comments: orNull(draft.narrative.comments),
      bmp: orNull(draft.narrative.bmp),
      production: orNull(draft.narrative.production),
    },
    parameterComments,
    valueNodi,
    exceedances: Object.entries(draft.exceedances).map(([violationId, e]) => ({
      violationId,
      explanation: orNull(e.explanation),
      correctiveAction: orNull(e.correctiveAction),
    })),
    // The files the draft shows: an amended revision starts without its predecessor's edits, and
    // would otherwise lose them on its first save.
    attachmentIds: content.attachments.map((a) => a.id),
  };
}

/** Parameter keys with a value-level NODI but no comment (§9.10: a NODI needs its comment). */
export function missingNodiComments(draft: ReportDraft): string[] {
  const missing = new Set<string>();
  for (const [key, code] of Object.entries(draft.valueNodi)) {
    if (!code) continue;
    const parameter = key.slice(0, key.lastIndexOf('/'));
    if (!draft.parameterComments[parameter]?.trim()) missing.add(parameter);
  }
  return [...missing];
}

function canonical(draft: ReportDraft | null): string {
  if (!draft) return '';
  const valueNodi = Object.fromEntries(
    Object.entries(draft.valueNodi)
      .filter(([, code]) => code)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return JSON.stringify({ ...draft, valueNodi });
}

/** Takes the user's unsaved changes (`current` against `before`) over a rebuilt draft (`after`). */
function rebase(current: ReportDraft, before: ReportDraft, after: ReportDraft): ReportDraft {
  const changed = <T>(
    c: T | undefined,
    b: T | undefined,
    same: (x: T | undefined, y: T | undefined) => boolean,
  ) => c !== undefined && !same(c, b);
  const sameText = (x: string | undefined, y: string | undefined) => (x ?? '').trim() === (y ?? '').trim();
  const sameCode = (x: string | null | undefined, y: string | null | undefined) =>
    (x || null) === (y || null);
  const sameExceedance = (
    x: ReportDraft['exceedances'][string] | undefined,
    y: ReportDraft['exceedances'][string] | undefined,
  ) => sameText(x?.explanation, y?.explanation) && sameText(x?.correctiveAction, y?.correctiveAction);

  const narrative = { ...after.narrative };
  for (const key of Object.keys(narrative) as (keyof ReportDraft['narrative'])[]) {
    if (changed(current.narrative[key], before.narrative[key], sameText))
      narrative[key] = current.narrative[key];
  }
  const parameterComments = { ...after.parameterComments };
  for (const key of Object.keys(parameterComments)) {
    if (changed(current.parameterComments[key], before.parameterComments[key], sameText))
      parameterComments[key] = current.parameterComments[key]!;
  }
  const valueNodi = { ...after.valueNodi };
  for (const key of new Set([...Object.keys(current.valueNodi), ...Object.keys(before.valueNodi)])) {
    if (!sameCode(current.valueNodi[key], before.valueNodi[key]))
      valueNodi[key] = current.valueNodi[key] ?? null;
  }
  const exceedances = { ...after.exceedances };
  for (const key of Object.keys(exceedances)) {
    if (changed(current.exceedances[key], before.exceedances[key], sameExceedance))
      exceedances[key] = current.exceedances[key]!;
  }
  return {
    formNodi: sameCode(current.formNodi, before.formNodi) ? after.formNodi : current.formNodi,
    narrative,
    parameterComments,
    valueNodi,
    exceedances,
  };
}

/**
 * Form state of the report's draft, with whether it differs from what the server holds. Each save,
 * preparation or attachment change rebuilds the content from the record (a new `preparedAt`): the
 * form then starts from the rebuilt content, which holds every saved edit, with the changes not
 * saved yet (typed while a file was being attached, say) kept on top. The caller keys the form by
 * revision.
 */
export function useReportDraft(content: ReportContent | null) {
  const [basis, setBasis] = useState(content);
  const [draft, setDraft] = useState<ReportDraft | null>(() => (content ? draftOf(content) : null));
  const saved = useMemo(() => canonical(content ? draftOf(content) : null), [content]);
  if ((content?.preparedAt ?? null) !== (basis?.preparedAt ?? null)) {
    const after = content ? draftOf(content) : null;
    setBasis(content);
    setDraft(draft && basis && after ? rebase(draft, draftOf(basis), after) : after);
  }
  const dirty = draft !== null && canonical(draft) !== saved;
  return { draft, setDraft, dirty };
}
