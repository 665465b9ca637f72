import type { ErrorBody } from '@outfall/domain/contracts/index';
import { ApiError } from '../../api/client';

/** How far a lab file's request has got: its body going up, then the server working on it. */
export type UploadProgress =
  | { phase: 'uploading'; loaded: number; total: number | null }
  | { phase: 'processing' };

const STATUS_CODES: Record<number, ApiError['code']> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
};

function toApiError(status: number, text: string): ApiError {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = JSON.parse(text) as Partial<ErrorBody>;
  } catch {
    body = null;
  }
  const error = body?.error;
  return new ApiError(
    status,
    error?.code ?? STATUS_CODES[status] ?? 'internal',
    error?.message ?? `The request failed (HTTP ${status}).`,
    error?.fields ?? [],
  );
}

/**
 * POSTs JSON as the API client does (session cookie, CSRF header, the same ApiError on failure), but
 * through XMLHttpRequest, whose upload events say how much of a large lab file has been sent.
 */
export function postWithProgress<T>(
  path: string,
  body: unknown,
  csrfToken: string | null,
  onProgress: (progress: UploadProgress) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) =>
      onProgress({
        phase: 'uploading',
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : null,
      });
    // The whole body has been sent: what remains is the server reading and checking it.
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onerror = () =>
      reject(
        new ApiError(
          0,
          'network_error',
          'Outfall could not be reached. Check your connection and try again.',
        ),
      );
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(toApiError(xhr.status, xhr.responseText));
        return;
      }
      const type = xhr.getResponseHeader('content-type') ?? '';
      try {
        resolve((type.includes('json') ? JSON.parse(xhr.responseText) : xhr.responseText) as T);
      } catch (error) {
        reject(error);
      }
    };
    onProgress({ phase: 'uploading', loaded: 0, total: null });
    xhr.send(JSON.stringify(body));
  });
}
