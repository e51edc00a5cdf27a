// Reads the start of a member file in the browser, to show its header and first rows and to
// map its columns before the upload. The server parses the whole file again; this is a preview.

/** How much of the file the preview reads. */
export const PREVIEW_BYTES = 64 * 1024;
/** The delimiters the server accepts (api/src/imports/csv-sniff.ts). */
export const DELIMITERS = [',', ';', '\t'] as const;

export type PreviewEncoding = 'utf-8' | 'windows-1252';

export interface CsvPreview {
  headers: string[];
  /** The first rows after the header, as they will be read. */
  rows: string[][];
  encoding: PreviewEncoding;
  delimiter: string;
  /** Average bytes per line in the sample: estimates the file's row count from its size. */
  bytesPerLine: number;
}

export class PreviewProblem extends Error {}

/**
 * Decodes the first bytes of a file as UTF-8 if they are valid UTF-8, else as Windows-1252
 * (what membership systems often export). A multi-byte character cut at the end of the slice
 * is not an error: the decoder is told more may follow unless `complete`.
 */
export function decodePreview(
  bytes: Uint8Array,
  complete: boolean,
): { text: string; encoding: PreviewEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The delimiter the header line uses most (as the server decides), or undefined. */
export function detectDelimiter(text: string): string | undefined {
  const newline = text.search(/\r?\n|\r/);
  const header = newline >= 0 ? text.slice(0, newline) : text;
  let best: string | undefined;
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits CSV text into records: fields in double quotes may hold the delimiter, line breaks
 * and doubled quotes; lines end with LF, CRLF or CR; a leading BOM is dropped; blank lines
 * are skipped. Stops after `maxRecords`. When `complete` is false the text is only the start
 * of a file, so a last record without its line end may be cut short and is dropped.
 */
export function parseCsv(
  text: string,
  { delimiter = ',', maxRecords = Infinity, complete = true } = {},
): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };

  while (i < text.length && records.length < maxRecords) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += char;
      fieldStarted = true;
    }
    i += 1;
  }
  if (records.length < maxRecords && complete && (fieldStarted || record.length > 0)) endRecord();
  return records;
}

/** Reads the header and the first `rowCount` rows from the start of a file's bytes. */
export function previewCsv(bytes: Uint8Array, complete: boolean, rowCount = 5): CsvPreview {
  if (bytes.includes(0)) {
    throw new PreviewProblem('This file holds binary data: it is not a CSV file.');
  }
  const { text, encoding } = decodePreview(bytes, complete);
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  if (!delimiter) {
    throw new PreviewProblem(
      'The first line of this file is not a header of comma-separated column names.',
    );
  }
  const [headers, ...rows] = parseCsv(text, { delimiter, maxRecords: rowCount + 1, complete });
  if (!headers || headers.every((header) => header.trim() === '')) {
    throw new PreviewProblem('The file is empty or its first line is blank.');
  }
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return {
    headers: headers.map((header) => header.trim()),
    rows,
    encoding,
    delimiter,
    bytesPerLine: bytes.length / Math.max(1, lines),
  };
}

/** Reads the first PREVIEW_BYTES of a File and previews it. */
export async function readPreview(file: Blob, rowCount = 5): Promise<CsvPreview> {
  const slice = file.slice(0, PREVIEW_BYTES);
  const bytes = new Uint8Array(await slice.arrayBuffer());
  return previewCsv(bytes, file.size <= PREVIEW_BYTES, rowCount);
}
