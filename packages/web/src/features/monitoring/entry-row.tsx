import { Text, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { errorMessage } from '../../ui/error-alert';
import classes from './entry-grid.module.css';
import type { PermitParameter } from './use-permit-parameters';
import { useValueCheck } from './use-value-check';

export interface EntryValues {
  value: string;
  unit: string;
  mdl: string;
  rl: string;
  method: string;
  analyzedAt: string;
}

export const ENTRY_COLUMNS = ['value', 'unit', 'mdl', 'rl', 'method', 'analyzedAt'] as const;

interface EntryRowProps {
  parameter: PermitParameter;
  values: EntryValues;
  rowNo: number;
  /** What the check needs: the facility, monitoring point and sample day. */
  context: { facilityId: string; monitoringPoint: string; date: string } | null;
  serverError: (field: string) => string | undefined;
  onChange: (patch: Partial<EntryValues>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  isCompact: boolean;
}

/** The check's verdict in words and colour: exceedances red, headroom warnings amber, within limits green. */
function CheckMessage({ check, id }: { check: ReturnType<typeof useValueCheck>; id: string }) {
  if (check.error) {
    return (
      <Text id={id} className={classes.message} c="red.9">
        Could not check: {errorMessage(check.error)}
      </Text>
    );
  }
  const data = check.data;
  return (
    <Text
      id={id}
      className={`${classes.message} ${data ? classes[data.status] : ''}`}
      data-testid="value-check"
      data-status={data?.status ?? 'none'}
      aria-live="polite"
    >
      {data ? data.message : ''}
    </Text>
  );
}

/** One parameter of the sampling event; its value is checked against the limits as it is typed. */
export function EntryRow(props: EntryRowProps) {
  const { parameter, values, rowNo, context, serverError, onChange, onKeyDown, isCompact } = props;
  const check = useValueCheck(
    context && values.value.trim()
      ? {
          ...context,
          parameterCode: parameter.parameterCode,
          value: values.value,
          unit: values.unit,
          mdl: values.mdl || null,
        }
      : null,
  );
  const name = parameter.parameterName;
  const messageId = `entry-check-${rowNo}`;
  const shown = (text: string) => (isCompact ? text : undefined);
  const input = (field: (typeof ENTRY_COLUMNS)[number], label: string, span: string, extra = {}) => (
    <TextInput
      className={classes[span]}
      label={shown(label)}
      aria-label={`${name} ${label.toLowerCase()}`}
      value={values[field]}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      onKeyDown={onKeyDown}
      data-row={rowNo}
      data-col={field}
      error={serverError(field)}
      {...extra}
    />
  );
  return (
    <fieldset
      aria-label={name}
      data-testid="entry-row"
      className={`${classes.grid} ${isCompact ? classes.compact : ''}`}
    >
      <div className={classes.parameter}>
        <Text fw={600} size="sm">
          {name}{' '}
          <Text span size="xs" c="dimmed">
            {parameter.parameterCode}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {parameter.limitsText}
        </Text>
      </div>
      {input('value', 'Value', 'span3', {
        'aria-describedby': messageId,
        inputMode: 'decimal',
        autoComplete: 'off',
      })}
      {input('unit', 'Unit', 'span3')}
      {input('mdl', 'MDL', 'span2', { inputMode: 'decimal' })}
      {input('rl', 'RL', 'span2', { inputMode: 'decimal' })}
      {input('method', 'Method', 'span2')}
      {input('analyzedAt', 'Analyzed', 'span6', { type: 'datetime-local' })}
      <CheckMessage check={check} id={messageId} />
    </fieldset>
  );
}
