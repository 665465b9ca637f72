import type {
  AmendReportInput,
  CopyOfRecordVerification,
  CreateSignatoryAuthorizationInput,
  RecordReceiptInput,
  ReportListQuery,
  ReportSummaryView,
  ReportView,
  ReviewReportInput,
  SignatoryAuthorizationView,
  SignReportInput,
  UpdateReportDraftInput,
} from '@outfall/domain/contracts/index';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toSearch } from '../../api/client';

const BASE = '/api/v1/reports';
const COPIES = '/api/v1/copies-of-record';
const AUTHORIZATIONS = '/api/v1/signatory-authorizations';
const enc = encodeURIComponent;

export type ExportFormat = 'pdf' | 'xlsx' | 'xml' | 'csv';

export const reportPaths = {
  list: BASE,
  generate: `${BASE}/generate`,
  one: (id: string) => `${BASE}/${enc(id)}`,
  prepare: (id: string) => `${BASE}/${enc(id)}/prepare`,
  draft: (id: string) => `${BASE}/${enc(id)}/draft`,
  ready: (id: string) => `${BASE}/${enc(id)}/ready`,
  sign: (id: string) => `${BASE}/${enc(id)}/sign`,
  review: (id: string) => `${BASE}/${enc(id)}/review`,
  receivedOutside: (id: string) => `${BASE}/${enc(id)}/received-outside`,
  amend: (id: string) => `${BASE}/${enc(id)}/amend`,
  attachments: (id: string) => `${BASE}/${enc(id)}/attachments`,
  attachment: (id: string, attachmentId: string) => `${BASE}/${enc(id)}/attachments/${enc(attachmentId)}`,
  export: (id: string, format: ExportFormat, revision?: number) =>
    `${BASE}/${enc(id)}/export/${format}${toSearch({ revision })}`,
  copyOfRecord: (id: string, part: 'json' | 'pdf') => `${COPIES}/${enc(id)}/${part}`,
  verify: `${COPIES}/verify`,
  authorizations: AUTHORIZATIONS,
  receive: (id: string) => `${AUTHORIZATIONS}/${enc(id)}/receive`,
  supersede: (id: string) => `${AUTHORIZATIONS}/${enc(id)}/supersede`,
};

type Query<T> = { [K in keyof T]?: T[K] | undefined };

export function useReports(query: Query<ReportListQuery>, enabled = true) {
  return useQuery({
    queryKey: ['reports', 'list', query],
    queryFn: () => api.get<ReportSummaryView[]>(reportPaths.list, { ...query }),
    enabled,
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: ['reports', 'one', id],
    queryFn: () => api.get<ReportView>(reportPaths.one(id!)),
    enabled: Boolean(id),
  });
}

/** A changed report changes the lists, the dashboard, notifications and the audit trail. */
function adopt(queryClient: QueryClient, view: ReportView) {
  queryClient.setQueryData(['reports', 'one', view.id], view);
  void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  void queryClient.invalidateQueries({ queryKey: ['audit'] });
}

function useReportMutation<I>(call: (input: I) => Promise<ReportView>, mutationKey?: readonly unknown[]) {
  const queryClient = useQueryClient();
  return useMutation({ mutationKey, mutationFn: call, onSuccess: (view) => adopt(queryClient, view) });
}

export function usePrepareReport(id: string) {
  return useReportMutation<void>(() => api.post<ReportView>(reportPaths.prepare(id)));
}

export function useSaveReportDraft(id: string) {
  return useReportMutation<UpdateReportDraftInput>((input) =>
    api.patch<ReportView>(reportPaths.draft(id), input),
  );
}

export function useMarkReportReady(id: string) {
  return useReportMutation<void>(() => api.post<ReportView>(reportPaths.ready(id)));
}

export function useSignReport(id: string) {
  return useReportMutation<SignReportInput>((input) => api.post<ReportView>(reportPaths.sign(id), input));
}

export function useReviewReport(id: string) {
  return useReportMutation<ReviewReportInput>((input) => api.post<ReportView>(reportPaths.review(id), input));
}

export function useRecordReceipt(id: string) {
  return useReportMutation<RecordReceiptInput>((input) =>
    api.post<ReportView>(reportPaths.receivedOutside(id), input),
  );
}

export function useAmendReport(id: string) {
  return useReportMutation<AmendReportInput>((input) => api.post<ReportView>(reportPaths.amend(id), input));
}

/** Key of the mutations that change a report's attachments (the page waits for them before saving). */
export const attachmentMutationKey = (id: string) => ['reports', 'attachments', id] as const;

const attachmentIds = (view: ReportView | undefined) => view?.content?.attachments.map((a) => a.id) ?? [];

/**
 * Attaches one file to the draft. An amended revision starts without its predecessor's edits, so
 * the server may then list only the new file: the files the draft showed before are kept too.
 */
export function useAttachReportFile(id: string) {
  const queryClient = useQueryClient();
  return useReportMutation<{ fileName: string; base64: string }>(async (input) => {
    const before = attachmentIds(queryClient.getQueryData<ReportView>(['reports', 'one', id]));
    const view = await api.post<ReportView>(reportPaths.attachments(id), input);
    const after = attachmentIds(view);
    if (before.every((a) => after.includes(a))) return view;
    const keep = [...before, ...after.filter((a) => !before.includes(a))];
    return api.patch<ReportView>(reportPaths.draft(id), { attachmentIds: keep });
  }, attachmentMutationKey(id));
}

/** Removes a file from the draft: the draft keeps the other files (the stored file stays on record). */
export function useRemoveReportAttachment(id: string) {
  const queryClient = useQueryClient();
  return useReportMutation<string>((attachmentId) => {
    const keep = attachmentIds(queryClient.getQueryData<ReportView>(['reports', 'one', id])).filter(
      (a) => a !== attachmentId,
    );
    return api.patch<ReportView>(reportPaths.draft(id), { attachmentIds: keep });
  }, attachmentMutationKey(id));
}

export function useVerifyCopyOfRecord() {
  return useMutation({
    mutationFn: (input: { fileName: string; base64: string }) =>
      api.post<CopyOfRecordVerification>(reportPaths.verify, input),
  });
}

/** One facility's written authorizations (the API lists them per facility). */
export function useSignatoryAuthorizations(facilityId: string | null | undefined) {
  return useQuery({
    queryKey: ['reports', 'authorizations', facilityId ?? null],
    queryFn: () => api.get<SignatoryAuthorizationView[]>(reportPaths.authorizations, { facilityId }),
    enabled: Boolean(facilityId),
  });
}

function useAuthorizationMutation<I>(call: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export function useCreateAuthorization() {
  return useAuthorizationMutation((input: CreateSignatoryAuthorizationInput) =>
    api.post<SignatoryAuthorizationView>(reportPaths.authorizations, input),
  );
}

export function useReceiveAuthorization() {
  return useAuthorizationMutation((input: { id: string; receivedOn: string }) =>
    api.post<void>(reportPaths.receive(input.id), { receivedOn: input.receivedOn }),
  );
}

export function useSupersedeAuthorization() {
  return useAuthorizationMutation((id: string) => api.post<void>(reportPaths.supersede(id)));
}
