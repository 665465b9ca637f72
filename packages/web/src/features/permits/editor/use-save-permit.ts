import {
  CreatePermitInput,
  ModifyPermitInput,
  type PermitView,
  permitIssuesFromZod,
  UpdatePermitDraftInput,
} from '@outfall/domain/contracts/index';
import { isApiError } from '../../../api/client';
import { useCreatePermit, useModifyPermit, useUpdatePermitDraft } from '../use-permits';
import { contentPath, type PathErrors, type PermitDraft } from './draft';
import type { Modification } from './identity-fields';

export type EditorMode =
  | { kind: 'create'; facilityId: string }
  | { kind: 'draft'; view: PermitView }
  | { kind: 'modify'; view: PermitView };

type SaveOutcome = { ok: true; input: unknown } | { ok: false; errors: PathErrors };

const orNull = (v: string) => (v === '' ? null : v);

function toErrors(issues: { path: string; message: string }[]): PathErrors {
  const errors: PathErrors = {};
  for (const i of issues) errors[contentPath(i.path)] ??= i.message;
  return errors;
}

/** Validates the draft with the shared contract for the mode, field errors keyed by content path. */
export function buildInput(
  mode: EditorMode,
  draft: PermitDraft,
  modification: Modification | null,
): SaveOutcome {
  const parse = (
    schema: typeof CreatePermitInput | typeof UpdatePermitDraftInput | typeof ModifyPermitInput,
    value: unknown,
  ): SaveOutcome => {
    const result = schema.safeParse(value);
    return result.success
      ? { ok: true, input: result.data }
      : { ok: false, errors: toErrors(permitIssuesFromZod(result.error)) };
  };
  const dates = { effectiveDate: orNull(draft.effectiveDate), expirationDate: orNull(draft.expirationDate) };
  if (mode.kind === 'create') {
    return parse(CreatePermitInput, {
      facilityId: mode.facilityId,
      permitNumber: draft.permitNumber,
      kind: draft.kind,
      ...dates,
      content: draft.content,
    });
  }
  const baseVersionNo = mode.view.permit.currentVersionNo;
  if (mode.kind === 'draft') {
    return parse(UpdatePermitDraftInput, {
      baseVersionNo,
      permitNumber: draft.permitNumber,
      kind: draft.kind,
      ...dates,
      content: draft.content,
    });
  }
  return parse(ModifyPermitInput, {
    baseVersionNo,
    reason: modification?.reason ?? '',
    effectiveDate: modification?.effectiveDate ?? '',
    content: draft.content,
  });
}

/** Saves by mode: create a permit, save a draft in place, or add a modification version. */
export function useSavePermit(mode: EditorMode) {
  const permitId = mode.kind === 'create' ? '' : mode.view.permit.id;
  const create = useCreatePermit();
  const update = useUpdatePermitDraft(permitId);
  const modify = useModifyPermit(permitId);
  const mutation = mode.kind === 'create' ? create : mode.kind === 'draft' ? update : modify;
  const serverErrors: PathErrors = isApiError(mutation.error) ? toErrors([...mutation.error.fields]) : {};
  const save = (input: unknown, onSaved: (view: PermitView) => void) => {
    if (mode.kind === 'create') create.mutate(input as CreatePermitInput, { onSuccess: onSaved });
    else if (mode.kind === 'draft') update.mutate(input as UpdatePermitDraftInput, { onSuccess: onSaved });
    else modify.mutate(input as ModifyPermitInput, { onSuccess: onSaved });
  };
  return { save, error: mutation.error, isPending: mutation.isPending, serverErrors, reset: mutation.reset };
}
