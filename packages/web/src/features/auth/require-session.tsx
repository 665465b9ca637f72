import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { useSession } from './use-session';

/** Renders its children only for a signed-in user; sends everyone else to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center mih="100dvh">
        <Loader aria-label="Loading your session" />
      </Center>
    );
  }
  if (session.error) {
    return (
      <Center mih="100dvh" p="md">
        <ErrorAlert error={session.error} title="Outfall is unavailable" />
      </Center>
    );
  }
  if (!session.data) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}
