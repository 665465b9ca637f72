import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

interface QueryStateProps<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  label: string;
  children: (data: T) => ReactNode;
}

/** Renders a loader, the server's error message, or the loaded data. */
export function QueryState<T>({ query, label, children }: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={`Loading ${label}`} />
      </Center>
    );
  }
  if (query.error || query.data === undefined) {
    return <ErrorAlert error={query.error} title={`Could not load ${label}`} />;
  }
  return <>{children(query.data)}</>;
}
