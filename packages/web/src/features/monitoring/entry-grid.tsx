import { Box, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import classes from './entry-grid.module.css';
import { ENTRY_COLUMNS, EntryRow, type EntryValues } from './entry-row';
import type { PermitParameter } from './use-permit-parameters';

interface EntryGridProps {
  parameters: PermitParameter[];
  values: Record<string, EntryValues>;
  context: { facilityId: string; monitoringPoint: string; date: string } | null;
  serverError: (path: string) => string | undefined;
  onChange: (code: string, patch: Partial<EntryValues>) => void;
  /** Enter on the last row goes here (the save button). */
  onLeaveLast: () => void;
}

/**
 * One row per permit parameter. Tab moves along a row; Enter (and the arrow keys up/down) moves to
 * the same column in the next or previous row, as in a spreadsheet.
 */
export function EntryGrid({
  parameters,
  values,
  context,
  serverError,
  onChange,
  onLeaveLast,
}: EntryGridProps) {
  const isCompact = useMediaQuery('(max-width: 75em)') ?? false;
  const ref = useRef<HTMLDivElement>(null);
  // The server names results by their index among the rows sent (only rows with a value are sent).
  const sentIndex = new Map<string, number>();
  for (const p of parameters)
    if (values[p.parameterCode]?.value.trim()) sentIndex.set(p.parameterCode, sentIndex.size);

  const move = (event: KeyboardEvent<HTMLInputElement>) => {
    const down = (event.key === 'Enter' && !event.shiftKey) || event.key === 'ArrowDown';
    const up = (event.key === 'Enter' && event.shiftKey) || event.key === 'ArrowUp';
    if (!down && !up) return;
    const { row, col } = event.currentTarget.dataset;
    const next = Number(row) + (down ? 1 : -1);
    const target = ref.current?.querySelector<HTMLInputElement>(
      `input[data-row="${next}"][data-col="${col}"]`,
    );
    if (target) {
      event.preventDefault();
      target.focus();
      target.select();
    } else if (down && event.key === 'Enter') {
      event.preventDefault();
      onLeaveLast();
    }
  };

  return (
    <Box ref={ref} data-testid="entry-grid">
      {isCompact ? null : (
        <div className={`${classes.grid} ${classes.header}`} aria-hidden="true">
          <span>Parameter</span>
          {ENTRY_COLUMNS.map((c) => (
            <span key={c}>{HEADERS[c]}</span>
          ))}
        </div>
      )}
      {parameters.length === 0 ? (
        <Text c="dimmed" py="md">
          The permit names no parameters for this monitoring point.
        </Text>
      ) : null}
      {parameters.map((p, i) => {
        const index = sentIndex.get(p.parameterCode);
        return (
          <EntryRow
            key={p.parameterCode}
            parameter={p}
            rowNo={i + 1}
            values={values[p.parameterCode] ?? blankValues(p)}
            context={context}
            serverError={(field) =>
              index === undefined ? undefined : serverError(`results.${index}.${field}`)
            }
            onChange={(patch) => onChange(p.parameterCode, patch)}
            onKeyDown={move}
            isCompact={isCompact}
          />
        );
      })}
    </Box>
  );
}

const HEADERS: Record<(typeof ENTRY_COLUMNS)[number], string> = {
  value: 'Value',
  unit: 'Unit',
  mdl: 'MDL',
  rl: 'RL',
  method: 'Method',
  analyzedAt: 'Analyzed',
};

export function blankValues(p: PermitParameter): EntryValues {
  return { value: '', unit: p.unit, mdl: '', rl: '', method: '', analyzedAt: '' };
}
