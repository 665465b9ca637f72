import type { PermitImportSource, PermitKind, PermitSummaryView } from '@outfall/domain/contracts/index';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { invalidatePermits } from './use-permits';

export interface ImportPermitRequest {
  facilityId: string;
  source: PermitImportSource;
  fileName: string;
  kind: PermitKind;
  text: string;
}

export interface ImportPermitResponse {
  outcome: 'created' | 'updated' | 'recorded' | 'unchanged';
  message: string;
  permit: PermitSummaryView;
  versionNo: number;
  warnings: string[];
  reportCount: number;
}

export const IMPORT_PATH = '/api/v1/permits/import';

export function useImportPermit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportPermitRequest) => api.post<ImportPermitResponse>(IMPORT_PATH, input),
    onSuccess: () => invalidatePermits(queryClient),
  });
}

export function sourceOfFile(name: string): PermitImportSource | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xml')) return 'netdmr_xml';
  if (lower.endsWith('.csv')) return 'echo_csv';
  return null;
}
