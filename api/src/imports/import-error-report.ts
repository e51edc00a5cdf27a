import { parse } from 'csv-parse/sync';

import { spreadsheetCsvLines } from '../common/csv/csv-rows';
import { UTF8_BOM } from '../common/csv/spreadsheet-cell';

// The import's error report (errors.csv): each rejected row's line and reason, then the row's
// own cells under the file's own headers, written spreadsheet-safe like every CSV we serve.

interface RejectedRow {
  line: number;
  message: string;
  /** The row as a CSV line of the file's fields; null when the row had none to keep. */
  raw: string | null;
}

/** The row's cells; a row that cannot be read as CSV goes out whole, as one cell. */
function cellsOf(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const records = parse(raw, { relax_column_count: true, relax_quotes: true }) as string[][];
    if (records.length === 1) return records[0];
  } catch {
    // Not CSV after all (a line the import could not parse): keep it as it came.
  }
  return [raw];
}

/** The first line: the byte-order mark Excel needs to read UTF-8, and the headers. */
export function errorReportHeader(fileHeader: readonly string[] | null): string {
  return `${UTF8_BOM}${spreadsheetCsvLines([['Line', 'Reason', ...(fileHeader ?? [])]])}`;
}

export function errorReportLines(rows: readonly RejectedRow[]): string {
  return spreadsheetCsvLines(
    rows.map((row) => [String(row.line), row.message, ...cellsOf(row.raw)]),
  );
}
