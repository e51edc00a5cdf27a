import { stringify } from 'csv-stringify/sync';

import { spreadsheetSafe } from './spreadsheet-cell';

/**
 * CSV lines written in Node (the import's error report), by the same rule as the exports'
 * COPY: every cell neutralised if it could be a formula, and every non-empty cell quoted.
 */
export function spreadsheetCsvLines(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(spreadsheetSafe)),
    { quoted: true, record_delimiter: '\n' },
  );
}
