import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';

const NOT_RETRIED = new Set([
  'unauthenticated',
  'forbidden',
  'not_found',
  'validation_failed',
  'rate_limited',
]);

export const SESSION_KEY = ['session'] as const;

export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended (expired, logged out elsewhere): forget it so the
  // route guard sends the user to the login page.
  const onError = (error: unknown) => {
    if (isApiError(error, 'unauthenticated') && client.getQueryData(SESSION_KEY)) {
      client.setQueryData(SESSION_KEY, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !(isApiError(error) && NOT_RETRIED.has(error.code)) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
