import type { LimitDerivation, PermitLimit } from '@outfall/domain/contracts/index';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

export const toolPaths = {
  categoricalFill: '/api/v1/permits/tools/categorical-limits',
  cwf: '/api/v1/permits/tools/cwf',
};

export interface CategoricalFillRequest {
  part: string;
  subpart?: string;
  sourceType?: 'BPT' | 'PSES' | 'PSNS';
  processFlowGpd?: string;
}

export interface CategoricalDraft {
  pollutant: string;
  statistic: string;
  sourceType: string;
  citation: string;
  limit: Omit<Partial<PermitLimit>, 'parameterCode'> & { parameterCode: string | null };
}

export interface CategoricalFillResult {
  drafts: CategoricalDraft[];
  unmatched: string[];
}

export interface CwfStreamInput {
  label: string;
  kind: 'regulated' | 'unregulated' | 'dilute';
  flow: string;
  dailyMax?: string | null;
  average?: string | null;
}

export interface CwfRequest {
  form: 'concentration';
  pollutant: string;
  unit: string;
  streams: CwfStreamInput[];
  detectionLimit?: string | null;
}

export type CwfAlternative =
  | { ok: true; value: string; unit: string; derivation: LimitDerivation }
  | { ok: false; code: string; reason: string; derivation: LimitDerivation };

export interface CwfResult {
  dailyMax: CwfAlternative;
  average: CwfAlternative | null;
}

export function useCategoricalFill() {
  return useMutation({
    mutationFn: (input: CategoricalFillRequest) =>
      api.post<CategoricalFillResult>(toolPaths.categoricalFill, input),
  });
}

export function useComputeCwf() {
  return useMutation({ mutationFn: (input: CwfRequest) => api.post<CwfResult>(toolPaths.cwf, input) });
}
