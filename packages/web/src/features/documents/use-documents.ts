import type {
  AddDocumentVersionInput,
  CreateDocumentInput,
  DocumentListQuery,
  DocumentSummaryView,
  DocumentView,
  SearchHit,
  SessionView,
  UpdateDocumentInput,
} from '@outfall/domain/contracts/index';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toSearch } from '../../api/client';
import { SESSION_KEY } from '../../api/query-client';
import { postWithProgress, type UploadProgress } from '../monitoring/lab-upload';

const BASE = '/api/v1/documents';
const enc = encodeURIComponent;

export const documentPaths = {
  list: BASE,
  one: (id: string) => `${BASE}/${enc(id)}`,
  versions: (id: string) => `${BASE}/${enc(id)}/versions`,
  file: (id: string, version: number, inline = false) =>
    `${BASE}/${enc(id)}/versions/${version}/file${inline ? '?disposition=inline' : ''}`,
  holds: (id: string) => `${BASE}/${enc(id)}/holds`,
  release: (id: string, holdId: string) => `${BASE}/${enc(id)}/holds/${enc(holdId)}/release`,
  search: '/api/v1/search',
  binder: (query: { facilityId: string; from: string; to: string }) =>
    `/api/v1/audit-binder${toSearch({ ...query })}`,
};

type Query<T> = { [K in keyof T]?: T[K] | undefined };

export function useDocuments(query: Query<DocumentListQuery>) {
  return useQuery({
    queryKey: ['documents', 'list', query],
    queryFn: () => api.get<DocumentSummaryView[]>(documentPaths.list, { ...query }),
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: ['documents', 'one', id],
    queryFn: () => api.get<DocumentView>(documentPaths.one(id ?? '')),
    enabled: Boolean(id),
  });
}

/** App-wide search: documents, facilities, permits and reports (from two characters). */
export function useSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', text],
    queryFn: () => api.get<SearchHit[]>(documentPaths.search, { q: text }),
    enabled: text.length >= 2,
    staleTime: 10_000,
  });
}

/** A written document changes the lists, the search and the audit trail. */
function adopt(queryClient: QueryClient, view: DocumentView | null, id?: string) {
  if (view) queryClient.setQueryData(['documents', 'one', view.id], view);
  else if (id) queryClient.removeQueries({ queryKey: ['documents', 'one', id] });
  void queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['search'] });
  void queryClient.invalidateQueries({ queryKey: ['audit'] });
}

function csrfOf(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<SessionView | null>(SESSION_KEY)?.csrfToken ?? null;
}

/** Creates a document from one file; `onProgress` hears the upload, then the server's work. */
export function useCreateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      input,
      onProgress,
    }: {
      input: CreateDocumentInput;
      onProgress: (progress: UploadProgress) => void;
    }) => postWithProgress<DocumentView>(documentPaths.list, input, csrfOf(queryClient), onProgress),
    onSuccess: (view) => adopt(queryClient, view),
  });
}

export function useAddDocumentVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      input,
      onProgress,
    }: {
      input: AddDocumentVersionInput;
      onProgress: (progress: UploadProgress) => void;
    }) => postWithProgress<DocumentView>(documentPaths.versions(id), input, csrfOf(queryClient), onProgress),
    onSuccess: (view) => adopt(queryClient, view),
  });
}

function useDocumentMutation<I>(id: string, call: (input: I) => Promise<DocumentView>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (view) => adopt(queryClient, view, id) });
}

export function useUpdateDocument(id: string) {
  return useDocumentMutation<UpdateDocumentInput>(id, (input) =>
    api.patch<DocumentView>(documentPaths.one(id), input),
  );
}

export function usePlaceHold(id: string) {
  return useDocumentMutation<{ reason: string }>(id, (input) =>
    api.post<DocumentView>(documentPaths.holds(id), input),
  );
}

export function useReleaseHold(id: string) {
  return useDocumentMutation<string>(id, (holdId) =>
    api.post<DocumentView>(documentPaths.release(id, holdId)),
  );
}

export function useDeleteDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(documentPaths.one(id)),
    onSuccess: () => adopt(queryClient, null, id),
  });
}
