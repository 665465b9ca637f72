import { Alert } from '@mantine/core';
import { isApiError } from '../api/client';

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
}

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** The server's message for a failed request, announced to screen readers. */
export function ErrorAlert({ error, title = 'Something went wrong' }: ErrorAlertProps) {
  if (!error) return null;
  return (
    <Alert color="red" variant="outline" title={title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
