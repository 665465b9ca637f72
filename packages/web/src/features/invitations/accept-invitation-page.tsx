import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { AcceptInvitationInput } from '@outfall/domain/contracts/index';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { AuthCard } from '../../ui/auth-card';
import { ErrorAlert } from '../../ui/error-alert';
import { type FieldErrors, formLevelError, serverFieldErrors, validate } from '../../ui/form-validation';
import { ROLE_LABELS } from '../../ui/labels';
import { QueryState } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useAcceptInvitation } from '../auth/use-session';
import type { InvitationSummary } from './invitation-summary';

const EMPTY = { name: '', password: '', confirmPassword: '' };

export function AcceptInvitationPage() {
  usePageTitle('Accept invitation');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationSummary>(`/api/v1/invitations/${encodeURIComponent(token)}`),
  });
  const accept = useAcceptInvitation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = { ...serverFieldErrors(accept.error), ...errors };
  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: HTMLInputElement }) => {
    const { value } = e.currentTarget; // read now: React clears currentTarget after the event
    setValues((v) => ({ ...v, [key]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(AcceptInvitationInput, { token, name: values.name, password: values.password });
    const next: FieldErrors = result.ok ? {} : { ...result.errors };
    if (values.confirmPassword !== values.password) next.confirmPassword = 'The passwords do not match';
    if (!result.ok || next.confirmPassword) {
      setErrors(next);
      return;
    }
    setErrors({});
    accept.mutate(result.data, { onSuccess: () => navigate('/', { replace: true }) });
  };

  return (
    <AuthCard title="Join Outfall" subtitle="Set up your account to accept the invitation.">
      <QueryState query={invitation} label="the invitation">
        {(summary) => (
          <form onSubmit={onSubmit} noValidate aria-label="Accept invitation">
            <Stack gap="md">
              <Text>
                <strong>{summary.organizationName}</strong> invited <strong>{summary.email}</strong> as{' '}
                {ROLE_LABELS[summary.role]}. If you already have an Outfall account, enter its password.
              </Text>
              <ErrorAlert error={formLevelError(accept.error)} title="Could not accept the invitation" />
              <TextInput
                label="Your name"
                autoComplete="name"
                required
                value={values.name}
                onChange={set('name')}
                error={fieldErrors.name}
              />
              <PasswordInput
                label="Password"
                description="At least 10 characters."
                autoComplete="new-password"
                required
                value={values.password}
                onChange={set('password')}
                error={fieldErrors.password}
              />
              <PasswordInput
                label="Repeat the password"
                autoComplete="new-password"
                required
                value={values.confirmPassword}
                onChange={set('confirmPassword')}
                error={fieldErrors.confirmPassword}
              />
              <Button type="submit" loading={accept.isPending} fullWidth>
                Accept and sign in
              </Button>
            </Stack>
          </form>
        )}
      </QueryState>
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <Anchor component={Link} to="/login">
          Sign in
        </Anchor>
      </Text>
    </AuthCard>
  );
}
