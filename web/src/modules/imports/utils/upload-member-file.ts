import { type ColumnMapping } from '@phonebank/domain';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** The server refused the file up front (HTTP 400/413/415 with `{ code, message }`). */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

export interface UploadOptions {
  file: File;
  electionId: string;
  mapping: ColumnMapping;
  /** The server previews the file against the stored members; confirmMemberImport imports it. */
  dryRun?: boolean;
  /** A blank cell clears the stored value instead of keeping it. */
  blankCellsClear?: boolean;
  onProgress?: (progress: UploadProgress) => void;
  /** Aborts the upload when signalled. */
  signal?: AbortSignal;
}

export function uploadUrl(
  electionId: string,
  mapping: ColumnMapping,
  fileName: string,
  options: { dryRun?: boolean; blankCellsClear?: boolean } = {},
): string {
  const query = [
    `electionId=${encodeURIComponent(electionId)}`,
    `mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
    `fileName=${encodeURIComponent(fileName)}`,
    ...(options.dryRun ? ['dryRun=1'] : []),
    ...(options.blankCellsClear ? ['blankCellsClear=1'] : []),
  ].join('&');
  return `/api/imports/members?${query}`;
}

function refusal(status: number, body: string): UploadRefused {
  try {
    const parsed = JSON.parse(body) as { code?: unknown; message?: unknown };
    if (typeof parsed.message === 'string') {
      return new UploadRefused(status, String(parsed.code ?? 'REFUSED'), parsed.message);
    }
  } catch {
    // Not JSON: fall through to a message by status.
  }
  if (status === 401)
    return new UploadRefused(status, 'UNAUTHENTICATED', 'Your session has ended. Sign in again.');
  if (status === 403)
    return new UploadRefused(status, 'FORBIDDEN', 'You may not import into this election.');
  if (status === 413)
    return new UploadRefused(
      status,
      'FILE_TOO_LARGE',
      'The file is larger than the server accepts.',
    );
  return new UploadRefused(status, 'REFUSED', `The server refused the file (HTTP ${status}).`);
}

/**
 * Sends the file as the request body (text/csv) with XMLHttpRequest, which, unlike fetch,
 * reports upload progress. Resolves with the new import's id once the server has it.
 */
export function uploadMemberFile({
  file,
  electionId,
  mapping,
  dryRun,
  blankCellsClear,
  onProgress,
  signal,
}: UploadOptions): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl(electionId, mapping, file.name, { dryRun, blankCellsClear }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.upload.onprogress = (event) => {
      onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      });
    };
    xhr.onload = () => {
      if (xhr.status === 202 || xhr.status === 200 || xhr.status === 201) {
        try {
          const { id } = JSON.parse(xhr.responseText) as { id: string };
          onProgress?.({ loaded: file.size, total: file.size });
          resolve({ id });
        } catch {
          reject(
            new UploadRefused(
              xhr.status,
              'BAD_RESPONSE',
              'The server answered in a way Phonebank did not expect.',
            ),
          );
        }
        return;
      }
      reject(refusal(xhr.status, xhr.responseText));
    };
    xhr.onerror = () =>
      reject(
        new UploadRefused(
          0,
          'NETWORK',
          'The upload stopped: Phonebank could not reach the server. Check your connection and try again.',
        ),
      );
    xhr.onabort = () => reject(new UploadRefused(0, 'ABORTED', 'The upload was cancelled.'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
