import { assertUnreachable } from '../errors/assert-unreachable';
import { spreadsheetSafeSql } from './spreadsheet-cell';

// The columns of a CSV that PostgreSQL writes with COPY, as SQL. Each column is one of the
// kinds below and each kind makes a cell safe and readable in a spreadsheet: there is no way
// to add a column whose value goes out raw. The work happens in the COPY's SELECT, so the
// export stays a stream of bytes PostgreSQL writes, as fast as COPY itself.

export type CsvCell =
  /** Text as stored (names, emails, notes…): neutralised if it could be read as a formula. */
  | { kind: 'text'; sql: string }
  /** An enum value shown as its label; a value without one is shown as text. */
  | { kind: 'label'; sql: string; labels: Readonly<Record<string, string>> }
  /** A boolean as yes / no (empty when unknown), not t / f. */
  | { kind: 'yesNo'; sql: string }
  /** A moment in the reader's time zone, to the minute: 2026-12-08 02:28. */
  | { kind: 'localTime'; sql: string }
  /** An E.164 phone: UK numbers as written in the UK (07700 900034), others neutralised. */
  | { kind: 'phone'; sql: string };

export interface CsvColumn {
  /** The header a person reads, e.g. "First name". */
  header: string;
  cell: CsvCell;
}

export interface CsvContext {
  /** The time zone as an escaped SQL literal, e.g. 'Europe/London'. */
  timeZoneLiteral: string;
}

export const text = (sql: string): CsvCell => ({ kind: 'text', sql });
export const label = (sql: string, labels: Readonly<Record<string, string>>): CsvCell => ({
  kind: 'label',
  sql,
  labels,
});
export const yesNo = (sql: string): CsvCell => ({ kind: 'yesNo', sql });
export const localTime = (sql: string): CsvCell => ({ kind: 'localTime', sql });
export const phone = (sql: string): CsvCell => ({ kind: 'phone', sql });

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const identifier = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** The twelve geographic codes of six digits (016977 Brampton…): their numbers group 6 + 5. */
const SIX_DIGIT_AREA_CODES =
  '13873 15242 15394 15395 15396 16973 16974 16977 17683 17684 17687 19467'.split(' ');

/**
 * A UK number in national form, grouped as Ofcom's numbering plan writes it (and as
 * libphonenumber formats it: the exports test holds the two together). The space matters as
 * much as the trunk 0: a spreadsheet reads 07700900034 as the number 7700900034, but keeps
 * "07700 900034" as text. Mobiles come first: most members' numbers are mobiles.
 */
function ukNationalPhoneSql(e164: string): string {
  // The national number starts at the 4th character of +44…; groups are its digit counts.
  const grouped = (...groups: number[]) => {
    let from = 4;
    const parts = groups.map((size) => {
      const part = `substr(${e164}, ${from}, ${size})`;
      from += size;
      return part;
    });
    return `'0' || ${[...parts, `substr(${e164}, ${from})`].join(" || ' ' || ")}`;
  };
  const tenDigits = `length(${e164}) = 13`;
  return `CASE
      WHEN ${e164} NOT LIKE '+44%' THEN ${spreadsheetSafeSql(e164)}
      WHEN ${tenDigits} AND ${e164} LIKE '+447%' THEN ${grouped(4)}
      WHEN ${tenDigits} AND ${e164} LIKE '+442%' THEN ${grouped(2, 4)}
      WHEN ${tenDigits} AND (${e164} LIKE '+4411%' OR ${e164} LIKE '+441_1%') THEN ${grouped(3, 3)}
      WHEN ${tenDigits} AND substr(${e164}, 4, 5) IN (${SIX_DIGIT_AREA_CODES.map(literal).join(', ')}) THEN ${grouped(5)}
      WHEN ${e164} LIKE '+441%' THEN ${grouped(4)}
      WHEN ${tenDigits} AND ${e164} LIKE '+445%' THEN ${grouped(2, 4)}
      WHEN ${tenDigits} THEN ${grouped(3, 3)}
      ELSE ${grouped(3)}
    END`;
}

function cellSql(cell: CsvCell, context: CsvContext): string {
  switch (cell.kind) {
    case 'text':
      return spreadsheetSafeSql(cell.sql);
    case 'label':
      return `CASE ${cell.sql}::text ${Object.entries(cell.labels)
        .map(([value, shown]) => `WHEN ${literal(value)} THEN ${literal(shown)}`)
        .join(' ')} ELSE ${spreadsheetSafeSql(`${cell.sql}::text`)} END`;
    case 'yesNo':
      return `CASE WHEN ${cell.sql} THEN 'yes' WHEN NOT ${cell.sql} THEN 'no' END`;
    case 'localTime':
      return `to_char(${cell.sql} AT TIME ZONE ${context.timeZoneLiteral}, 'YYYY-MM-DD HH24:MI')`;
    case 'phone':
      return ukNationalPhoneSql(cell.sql);
    default:
      return assertUnreachable(cell);
  }
}

/** The SELECT list: each column's safe cell under its header. */
export function csvSelectList(columns: readonly CsvColumn[], context: CsvContext): string {
  return columns
    .map((column) => `${cellSql(column.cell, context)} AS ${identifier(column.header)}`)
    .join(',\n      ');
}

/** COPY of a SELECT as CSV with a header line, every non-empty cell quoted. */
export function copyCsvStatement(select: string): string {
  return `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE *)`;
}
