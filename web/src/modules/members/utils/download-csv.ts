export interface DownloadProgress {
  rows: number;
  /** From the server's X-Row-Count header; undefined if it did not send one. */
  totalRows?: number;
}

export class DownloadFailed extends Error {}

/** The file name in a Content-Disposition header, e.g. `attachment; filename="members-2026-01-01.csv"`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1].trim());
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

function countNewlines(chunk: Uint8Array): number {
  let count = 0;
  for (const byte of chunk) if (byte === 10) count += 1;
  return count;
}

async function failure(response: Response): Promise<DownloadFailed> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') return new DownloadFailed(body.message);
  } catch {
    // Not JSON.
  }
  if (response.status === 403) return new DownloadFailed('You may not export this region.');
  return new DownloadFailed(`The export failed (HTTP ${response.status}).`);
}

/**
 * Fetches a CSV export, reporting rows as they stream in (the body's line count against the
 * X-Row-Count header; the header line makes the count one more than the rows), then hands it
 * to the browser as a download under the server's file name.
 *
 * The file is gathered into a Blob in memory before saving: fine for the sizes coordinators
 * export today (a million rows is ~100 MB). Streaming straight to disk would need the File
 * System Access API, which not every browser has.
 */
export async function downloadCsv(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
): Promise<{ fileName: string; rows: number }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new DownloadFailed(
      'Phonebank could not reach the server. Check your connection and try again.',
    );
  }
  if (!response.ok) throw await failure(response);
  const header = response.headers.get('X-Row-Count');
  const totalRows = header !== null && header !== '' ? Number(header) : undefined;
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const parts: BlobPart[] = [];
  let lines = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      lines += countNewlines(value);
      onProgress({ rows: Math.max(0, lines - 1), totalRows });
    }
  } else {
    const text = await response.text();
    parts.push(text);
    lines = text.split('\n').length - 1;
  }
  const rows = Math.max(0, lines - 1);
  onProgress({ rows, totalRows });
  saveBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName);
  return { fileName, rows };
}

export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
