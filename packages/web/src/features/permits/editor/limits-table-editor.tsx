import { Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { PermitLimit } from '@outfall/domain/contracts/index';
import { type PathErrors, removeAt, replaceAt } from './draft';
import { LimitRowEditor } from './limit-row-editor';
import classes from './limits-grid.module.css';

interface LimitsTableEditorProps {
  limits: PermitLimit[];
  /** 'limitSets[0]' */
  path: string;
  setName: string;
  errors: PathErrors;
  onChange: (limits: PermitLimit[]) => void;
}

const HEADERS = ['Code', 'Parameter', 'Statistical base', 'Value', 'Unit', 'Min/max', 'Enf.', 'Basis', ''];

/** One row per limit; a header row on wide screens, labelled two-line cards on a tablet or phone. */
export function LimitsTableEditor({ limits, path, setName, errors, onChange }: LimitsTableEditorProps) {
  const isCompact = useMediaQuery('(max-width: 75em)') ?? false;
  if (limits.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No limits yet: add one, fill them from a categorical standard, or compute a CWF limit.
      </Text>
    );
  }
  return (
    <fieldset aria-label={`Limits of ${setName}`} className={classes.set}>
      {isCompact ? null : (
        <div className={`${classes.grid} ${classes.header}`} aria-hidden="true">
          {HEADERS.map((h) => (
            <span key={h || 'remove'} title={h === 'Enf.' ? 'Enforceable' : undefined}>
              {h}
            </span>
          ))}
        </div>
      )}
      {limits.map((limit, i) => (
        <LimitRowEditor
          key={limit.id}
          limit={limit}
          path={`${path}.limits[${i}]`}
          rowNo={i + 1}
          errors={errors}
          isCompact={isCompact}
          onChange={(next) => onChange(replaceAt(limits, i, next))}
          onRemove={() => onChange(removeAt(limits, i))}
        />
      ))}
    </fieldset>
  );
}
