import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { ChangePasswordInput } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../ui/error-alert';
import { type FieldErrors, formLevelError, serverFieldErrors, validate } from '../../ui/form-validation';
import { useChangePassword, useCurrentSession } from '../auth/use-session';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm() {
  const change = useChangePassword();
  const { user } = useCurrentSession();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isDone, setDone] = useState(false);
  const fieldErrors = { ...serverFieldErrors(change.error), ...errors };
  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: HTMLInputElement }) => {
    const { value } = e.currentTarget; // read now: React clears currentTarget after the event
    setValues((v) => ({ ...v, [key]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const result = validate(ChangePasswordInput, values);
    const next: FieldErrors = result.ok ? {} : { ...result.errors };
    if (values.confirmPassword !== values.newPassword) next.confirmPassword = 'The passwords do not match';
    if (!result.ok || next.confirmPassword) {
      setErrors(next);
      return;
    }
    setErrors({});
    change.mutate(result.data, {
      onSuccess: () => {
        setValues(EMPTY);
        setDone(true);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
      <Stack gap="sm" maw={420}>
        {isDone ? (
          <Alert color="green" variant="outline" role="status" title="Password changed">
            Use your new password the next time you sign in.
          </Alert>
        ) : null}
        <ErrorAlert error={formLevelError(change.error)} title="Could not change the password" />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={fieldErrors.currentPassword}
        />
        <PasswordInput
          label="New password"
          description="At least 10 characters."
          autoComplete="new-password"
          required
          value={values.newPassword}
          onChange={set('newPassword')}
          error={fieldErrors.newPassword}
        />
        <PasswordInput
          label="Repeat the new password"
          autoComplete="new-password"
          required
          value={values.confirmPassword}
          onChange={set('confirmPassword')}
          error={fieldErrors.confirmPassword}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
