import { Button, Group, Menu } from '@mantine/core';
import type { PermitView } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { Link } from 'react-router';
import { isDialogAction, PermitActionDialog } from './permit-action-dialog';
import { ACTION_LABELS } from './permit-labels';
import { RenewDialog } from './renew-dialog';
import { permitPaths } from './use-permits';

/** Rarely used or ending the permit: kept in a menu so the header stays one row on a tablet. */
const SECONDARY = new Set(['terminate', 'revoke', 'withdraw', 'expire', 'record_renewal_application']);
const EDITABLE_STATUSES = new Set(['application_received', 'draft']);

/** Download, edit and the lifecycle actions the server allows now. */
export function PermitActions({ view }: { view: PermitView }) {
  const { permit, version, allowedActions, canEdit } = view;
  const [action, setAction] = useState<string | null>(null);
  const [isRenewing, setRenewing] = useState(false);
  const canModify = canEdit && allowedActions.includes('modify');
  const canRenew = canEdit && (allowedActions.includes('renew') || allowedActions.includes('mark_renewed'));
  const dialogActions = canEdit ? allowedActions.filter(isDialogAction) : [];
  const primary = dialogActions.filter((a) => !SECONDARY.has(a));
  const secondary = dialogActions.filter((a) => SECONDARY.has(a));

  return (
    <Group gap="xs" wrap="wrap">
      <Button
        component="a"
        href={permitPaths.document(permit.id, version.versionNo)}
        variant="default"
        download
      >
        Download PDF
      </Button>
      {canEdit && EDITABLE_STATUSES.has(permit.status) ? (
        <Button component={Link} to={`/permits/${permit.id}/edit`} variant="default">
          Edit draft
        </Button>
      ) : null}
      {canModify ? (
        <Button component={Link} to={`/permits/${permit.id}/edit`} variant="default">
          Modify
        </Button>
      ) : null}
      {canRenew ? (
        <Button variant="default" onClick={() => setRenewing(true)}>
          Renew
        </Button>
      ) : null}
      {primary.map((a) => (
        <Button key={a} variant={a === 'issue' ? 'filled' : 'default'} onClick={() => setAction(a)}>
          {ACTION_LABELS[a] ?? a}
        </Button>
      ))}
      {secondary.length > 0 ? (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default">More actions</Button>
          </Menu.Target>
          <Menu.Dropdown>
            {secondary.map((a) => (
              <Menu.Item
                key={a}
                c={a === 'record_renewal_application' ? undefined : 'red.9'}
                onClick={() => setAction(a)}
              >
                {ACTION_LABELS[a] ?? a}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : null}
      {action ? (
        <PermitActionDialog key={action} permit={permit} action={action} onClose={() => setAction(null)} />
      ) : null}
      {isRenewing ? <RenewDialog permit={permit} opened onClose={() => setRenewing(false)} /> : null}
    </Group>
  );
}
