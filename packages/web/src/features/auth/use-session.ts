import type { LoginInput, MembershipView, SessionView } from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../../api/client';
import { SESSION_KEY } from '../../api/query-client';

export { SESSION_KEY };

async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await api.get<SessionView>('/api/v1/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The session of a page inside the guarded shell, where a session is known to exist. */
export function useCurrentSession(): SessionView {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession used outside a signed-in route');
  return data;
}

export function activeMembership(session: SessionView): MembershipView | undefined {
  return session.memberships.find((m) => m.organizationId === session.activeOrganizationId);
}

export function useActiveMembership(): MembershipView | undefined {
  return activeMembership(useCurrentSession());
}

/** Stores a fresh session and drops every cached query that belonged to the previous one. */
function useAdoptSession() {
  const queryClient = useQueryClient();
  return (session: SessionView) => {
    setCsrfToken(session.csrfToken);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    queryClient.setQueryData(SESSION_KEY, session);
  };
}

export function useLogin() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<SessionView>('/api/v1/auth/login', input),
    onSuccess: adopt,
  });
}

export function useAcceptInvitation() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (input: { token: string; name: string; password: string }) =>
      api.post<SessionView>('/api/v1/invitations/accept', input),
    onSuccess: adopt,
  });
}

export function useSwitchOrganization() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api.post<SessionView>('/api/v1/auth/switch-organization', { organizationId }),
    onSuccess: adopt,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/v1/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/v1/auth/password', input),
  });
}
