import { type CsvError, type Options } from 'csv-parse';

// How a member file is read as CSV, and what its unreadable parts are called on the Import
// screen. csv-parse reads stray quotes inside a field as text (relax_quotes) and rows of
// any length (the job compares them with the header); what it still cannot read is either
// one row (skipped, and reported with its line) or the rest of the file (refused).

/** A row longer than this is not a row: a quote opened in it runs on through the file. */
export const MAX_ROW_BYTES = 1024 * 1024;

/**
 * The parser's options. `onSkip` gets what could not be read and the line it starts on: the
 * line after the last row the parser read (tracked as it reads, ahead of its consumer).
 */
export function memberFileParserOptions(
  delimiter: string,
  onSkip: (error: CsvError, startLine: number) => void,
): Options {
  let lastLine = 0;
  return {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_ROW_BYTES,
    on_record: (record, context) => {
      lastLine = context.lines;
      return record;
    },
    on_skip: (error) => {
      if (!error) return;
      onSkip(error, lastLine + 1);
      lastLine = Math.max(lastLine + 1, Number(error.lines) || 0);
    },
  };
}

export type UnreadablePart = { scope: 'row'; reason: string } | { scope: 'file'; message: string };

/**
 * What the parser could not read, starting on `line` (the line after the last row read):
 * a row, which is rejected, or the rest of the file, which is refused as a whole.
 */
export function describeUnreadable(error: CsvError, line: number): UnreadablePart {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        scope: 'file',
        message: `Line ${line} opens a quote (") that is never closed, so everything after it would be read as one value. Close or remove that quote and upload the file again.`,
      };
    case 'CSV_MAX_RECORD_SIZE':
      return {
        scope: 'file',
        message: `The row starting on line ${line} runs on for more than ${MAX_ROW_BYTES / 1024 / 1024} MiB: a quote (") in it is probably not closed. Fix that line and upload the file again.`,
      };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return {
        scope: 'row',
        reason: 'a quoted value is followed by other text before the next separator',
      };
    default:
      return { scope: 'row', reason: 'the row cannot be read as CSV' };
  }
}

/** More cells than the header has names, and something in the extra ones. */
export function tooManyColumns(
  record: readonly string[],
  headerLength: number,
): string | undefined {
  if (record.length <= headerLength) return undefined;
  for (let i = headerLength; i < record.length; i += 1) {
    if (record[i].trim() !== '')
      return `the row has ${record.length.toLocaleString('en-GB')} columns but the header has ${headerLength}: a separator or quote in it is out of place`;
  }
  return undefined;
}
