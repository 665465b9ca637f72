import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { PermitKind } from '@outfall/domain/contracts/index';
import { PERMIT_KIND_LABELS } from '../permit-labels';
import type { PathErrors, PermitDraft } from './draft';

export interface Modification {
  reason: string;
  effectiveDate: string;
}

interface IdentityFieldsProps {
  draft: PermitDraft;
  onChange: (patch: Partial<PermitDraft>) => void;
  errors: PathErrors;
  kinds: readonly PermitKind[];
  /** Set when an issued permit is being modified: a new version needs a reason and a date. */
  modification: Modification | null;
  onModificationChange: (m: Modification) => void;
}

export function IdentityFields(props: IdentityFieldsProps) {
  const { draft, onChange, errors, kinds, modification, onModificationChange } = props;
  const isLocked = modification !== null;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <TextInput
        label="Permit number"
        required
        readOnly={isLocked}
        value={draft.permitNumber}
        onChange={(e) => onChange({ permitNumber: e.currentTarget.value })}
        error={errors.permitNumber}
      />
      <Select
        label="Kind"
        required
        readOnly={isLocked}
        allowDeselect={false}
        data={kinds.map((k) => ({ value: k, label: PERMIT_KIND_LABELS[k] }))}
        value={draft.kind}
        onChange={(k) => k && onChange({ kind: k as PermitKind })}
        error={errors.kind}
      />
      <TextInput
        type="date"
        label="Effective from"
        readOnly={isLocked}
        value={draft.effectiveDate}
        onChange={(e) => onChange({ effectiveDate: e.currentTarget.value })}
        error={errors.effectiveDate}
      />
      <TextInput
        type="date"
        label="Expires on"
        description="403.8(f)(1)(iii)(A): at most 5 years"
        readOnly={isLocked}
        value={draft.expirationDate}
        onChange={(e) => onChange({ expirationDate: e.currentTarget.value })}
        error={errors.expirationDate}
      />
      {modification ? (
        <>
          <TextInput
            type="date"
            label="Modification takes effect on"
            required
            value={modification.effectiveDate}
            onChange={(e) => onModificationChange({ ...modification, effectiveDate: e.currentTarget.value })}
            error={errors['modification.effectiveDate']}
          />
          <Textarea
            label="Reason for the modification"
            required
            autosize
            minRows={1}
            value={modification.reason}
            onChange={(e) => onModificationChange({ ...modification, reason: e.currentTarget.value })}
            error={errors.reason}
          />
        </>
      ) : null}
    </SimpleGrid>
  );
}
