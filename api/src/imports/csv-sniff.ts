import { TextDecoder } from 'node:util';

// What can be told of an uploaded file from its bytes as they arrive, before anything is
// accepted: its encoding (UTF-8, else Windows-1252), that it is text, and its header line.

export const SUPPORTED_DELIMITERS = [',', ';', '\t'] as const;
const MAX_HEADER_BYTES = 64 * 1024;

export class NotCsvError extends Error {}

/** Feeds on the upload's chunks in order; `finish()` says what the file is. */
export class CsvSniffer {
  private utf8: TextDecoder | undefined = new TextDecoder('utf-8', { fatal: true });
  private headerBytes: Buffer[] = [];
  private headerLength = 0;
  private headerDone = false;
  bytes = 0;

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (chunk.indexOf(0) >= 0) throw new NotCsvError('the file holds binary data (NUL bytes)');
    if (this.utf8) {
      try {
        this.utf8.decode(chunk, { stream: true });
      } catch {
        this.utf8 = undefined;
      }
    }
    if (!this.headerDone) {
      const newline = chunk.indexOf(10);
      const part = newline >= 0 ? chunk.subarray(0, newline) : chunk;
      this.headerBytes.push(part);
      this.headerLength += part.length;
      if (newline >= 0) this.headerDone = true;
      else if (this.headerLength > MAX_HEADER_BYTES)
        throw new NotCsvError('the first line is not a header: it is longer than 64 KiB');
    }
  }

  finish(): { encoding: 'utf-8' | 'windows-1252'; header: string; delimiter: string } {
    if (this.utf8) {
      try {
        this.utf8.decode();
      } catch {
        this.utf8 = undefined;
      }
    }
    const encoding = this.utf8 ? 'utf-8' : 'windows-1252';
    const header = new TextDecoder(encoding)
      .decode(Buffer.concat(this.headerBytes))
      .replace(/\r$/, '');
    if (header.trim() === '') throw new NotCsvError('the file is empty or its first line is blank');
    const delimiter = detectDelimiter(header);
    if (!delimiter)
      throw new NotCsvError('its first line is not a header of comma-separated column names');
    return { encoding, header, delimiter };
  }
}

/** The delimiter the header line uses most, if any. */
export function detectDelimiter(headerLine: string): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const delimiter of SUPPORTED_DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
