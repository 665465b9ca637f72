import type { DashboardView } from '@outfall/domain/contracts/index';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => api.get<DashboardView>('/api/v1/dashboard'),
  });
}
