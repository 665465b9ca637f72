import { ActionIcon, Checkbox, Select, Text, TextInput } from '@mantine/core';
import type { LimitBasisKind, PermitLimit } from '@outfall/domain/contracts/index';
import { STATISTICAL_BASE_ROWS } from '@outfall/domain/reference/data/codes.gen';
import { DerivationButton } from '../derivation-view';
import { BASIS_LABELS } from '../permit-labels';
import type { PathErrors } from './draft';
import classes from './limits-grid.module.css';

const BASE_OPTIONS = STATISTICAL_BASE_ROWS.map((b) => ({
  value: b.code,
  label: `${b.code} · ${b.shortDescription}`,
}));
const BASIS_OPTIONS = Object.entries(BASIS_LABELS).map(([value, label]) => ({ value, label }));
const DIRECTION_OPTIONS = [
  { value: 'max', label: 'Maximum' },
  { value: 'min', label: 'Minimum' },
];

interface LimitRowEditorProps {
  limit: PermitLimit;
  /** 'limitSets[0].limits[3]' */
  path: string;
  /** 1-based, for labels read by screen readers. */
  rowNo: number;
  errors: PathErrors;
  onChange: (limit: PermitLimit) => void;
  onRemove: () => void;
  /** Narrow screens: the row wraps and each input shows its own label. */
  isCompact: boolean;
}

/** One editable limit; every input is labelled "Limit n …" and shows the server's error for its path. */
export function LimitRowEditor(props: LimitRowEditorProps) {
  const { limit, path, rowNo, errors, onChange, onRemove, isCompact } = props;
  const set = (patch: Partial<PermitLimit>) => onChange({ ...limit, ...patch });
  const err = (field: string) => errors[`${path}.${field}`];
  const label = (field: string) => `Limit ${rowNo} ${field}`;
  const shown = (text: string) => (isCompact ? text : undefined);
  return (
    <fieldset
      aria-label={`Limit ${rowNo}`}
      data-testid="limit-editor-row"
      className={`${classes.grid} ${isCompact ? classes.compact : classes.row}`}
    >
      <TextInput
        className={classes.span2}
        aria-label={label('parameter code')}
        label={shown('Code')}
        value={limit.parameterCode}
        maxLength={5}
        onChange={(e) => set({ parameterCode: e.currentTarget.value.toUpperCase() })}
        error={err('parameterCode')}
      />

      <TextInput
        className={classes.span4}
        aria-label={label('parameter name')}
        label={shown('Parameter')}
        value={limit.parameterName}
        onChange={(e) => set({ parameterName: e.currentTarget.value })}
        error={err('parameterName')}
      />

      <Select
        className={classes.span2}
        aria-label={label('statistical base')}
        label={shown('Statistical base')}
        data={BASE_OPTIONS}
        searchable
        allowDeselect={false}
        value={limit.statisticalBaseCode}
        onChange={(code) => {
          const row = STATISTICAL_BASE_ROWS.find((b) => b.code === code);
          if (code) set({ statisticalBaseCode: code, statisticalBaseName: row?.shortDescription ?? null });
        }}
        error={err('statisticalBaseCode')}
      />

      <TextInput
        className={classes.span2}
        aria-label={label('value')}
        label={shown('Value')}
        placeholder="Monitor"
        inputMode="decimal"
        value={limit.value ?? ''}
        onChange={(e) => set({ value: e.currentTarget.value === '' ? null : e.currentTarget.value })}
        error={err('value')}
      />

      <TextInput
        className={classes.span2}
        aria-label={label('unit')}
        label={shown('Unit')}
        value={limit.unitText}
        onChange={(e) => set({ unitText: e.currentTarget.value })}
        error={err('unitText')}
      />

      <Select
        className={classes.span2}
        aria-label={label('min or max')}
        label={shown('Min/max')}
        data={DIRECTION_OPTIONS}
        allowDeselect={false}
        value={limit.direction}
        onChange={(d) => d && set({ direction: d as PermitLimit['direction'] })}
      />

      <div className={`${classes.center} ${classes.span4}`}>
        <Checkbox
          aria-label={label('enforceable')}
          label={shown('Enforceable')}
          checked={limit.enforceable}
          onChange={(e) => set({ enforceable: e.currentTarget.checked })}
        />
      </div>

      <div className={classes.span5}>
        <Select
          aria-label={label('basis')}
          label={shown('Basis')}
          data={BASIS_OPTIONS}
          allowDeselect={false}
          value={limit.basis}
          onChange={(b) => b && set({ basis: b as LimitBasisKind })}
          error={err('basis')}
        />
        {limit.categoricalCitation ? (
          <Text size="xs" c="dimmed">
            {limit.categoricalCitation}
          </Text>
        ) : null}
        {limit.derivation ? (
          <DerivationButton derivation={limit.derivation} label={`limit ${rowNo}`} />
        ) : null}
      </div>

      <div className={classes.center}>
        <ActionIcon variant="subtle" color="red.9" aria-label={`Remove limit ${rowNo}`} onClick={onRemove}>
          ×
        </ActionIcon>
      </div>
    </fieldset>
  );
}
