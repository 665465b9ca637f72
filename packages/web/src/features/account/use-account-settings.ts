import type {
  CalendarFeedView,
  NotificationPreferencesInput,
  NotificationPreferences as Preferences,
} from '@outfall/domain/contracts/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const PREFERENCES = '/api/v1/account/notification-preferences';
const FEED = '/api/v1/account/calendar-feed';
const PREFERENCES_KEY = ['account', 'notification-preferences'] as const;
const FEED_KEY = ['account', 'calendar-feed'] as const;

/** The user's e-mail notification preferences. */
export function useNotificationPreferences() {
  return useQuery({ queryKey: PREFERENCES_KEY, queryFn: () => api.get<Preferences>(PREFERENCES) });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferencesInput) => api.put<Preferences>(PREFERENCES, input),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES_KEY, saved),
  });
}

/** Whether a private calendar address exists (the address itself is only shown when created). */
export function useCalendarFeed() {
  return useQuery({ queryKey: FEED_KEY, queryFn: () => api.get<CalendarFeedView>(FEED) });
}

/** Creates a private calendar address; a previous one stops working. Answers the address once. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeedView>(FEED),
    onSuccess: (feed) => queryClient.setQueryData(FEED_KEY, { ...feed, url: null }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>(`${FEED}/revoke`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}
