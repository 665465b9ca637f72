import type { DeadlineQuery, DeadlineView } from '@outfall/domain/contracts/index';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export const deadlinePaths = { list: '/api/v1/deadlines' };

/** The deadlines the user answers for or follows in a date range (open ones unless a state is asked). */
export function useDeadlines(query: DeadlineQuery) {
  return useQuery({
    queryKey: ['deadlines', query],
    queryFn: () => api.get<DeadlineView[]>(deadlinePaths.list, { ...query }),
    // Moving to the next month keeps the grid (and the keyboard focus in it) while the dates load.
    placeholderData: keepPreviousData,
  });
}
