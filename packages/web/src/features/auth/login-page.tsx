import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { LoginInput } from '@outfall/domain/contracts/index';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { AuthCard } from '../../ui/auth-card';
import { ErrorAlert } from '../../ui/error-alert';
import { type FieldErrors, validate } from '../../ui/form-validation';
import { usePageTitle } from '../../ui/use-page-title';
import { useLogin, useSession } from './use-session';

function redirectTarget(state: unknown): string {
  const from = (state as { from?: string } | null)?.from;
  return from?.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  if (session.data && !login.isPending) return <Navigate to={redirectTarget(location.state)} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(LoginInput, { email, password });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    login.mutate(result.data, {
      onSuccess: () => navigate(redirectTarget(location.state), { replace: true }),
    });
  };

  return (
    <AuthCard
      title="Sign in"
      subtitle="Discharge permits, monitoring and reports for both sides of the permit."
    >
      <form onSubmit={onSubmit} noValidate aria-label="Sign in">
        <Stack gap="md">
          <ErrorAlert error={login.error} title="Sign-in failed" />
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
