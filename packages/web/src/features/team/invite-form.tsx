import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  InviteInput,
  type MembershipView,
  ROLES_BY_KIND,
  type Role,
  type SignatoryKind,
} from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { type FieldErrors, formLevelError, serverFieldErrors, validate } from '../../ui/form-validation';
import { ROLE_LABELS, SIGNATORY_LABELS } from '../../ui/labels';
import { useInvite } from './use-team';

const NO_SIGNATORY = 'none';

export function InviteForm({ membership }: { membership: MembershipView }) {
  const invite = useInvite();
  const roles = ROLES_BY_KIND[membership.kind];
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(membership.kind === 'authority' ? 'inspector' : 'operator');
  const [signatory, setSignatory] = useState<string>(NO_SIGNATORY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const fieldErrors = { ...serverFieldErrors(invite.error), ...errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const result = validate(InviteInput, {
      email,
      role,
      signatory: signatory === NO_SIGNATORY ? null : (signatory as SignatoryKind),
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    invite.mutate(result.data, {
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        setEmail('');
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite a team member">
      <Stack gap="sm">
        {sentTo ? (
          <Alert color="green" variant="outline" role="status" title="Invitation sent">
            An invitation was e-mailed to {sentTo}.
          </Alert>
        ) : null}
        <ErrorAlert error={formLevelError(invite.error)} title="Could not invite" />
        <SimpleGrid cols={{ base: 1, sm: membership.kind === 'facility' ? 3 : 2 }} spacing="sm">
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldErrors.email}
          />
          <Select
            label="Role"
            required
            allowDeselect={false}
            data={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={role}
            onChange={(value) => value && setRole(value as Role)}
            error={fieldErrors.role}
          />
          {membership.kind === 'facility' ? (
            <Select
              label="Signatory"
              description="403.12(l): who may sign reports"
              allowDeselect={false}
              data={[
                { value: NO_SIGNATORY, label: 'Not a signatory' },
                ...Object.entries(SIGNATORY_LABELS).map(([value, label]) => ({ value, label })),
              ]}
              value={signatory}
              onChange={(value) => setSignatory(value ?? NO_SIGNATORY)}
              error={fieldErrors.signatory}
            />
          ) : null}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={invite.isPending}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
