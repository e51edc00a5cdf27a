// What keeps a cell of a CSV we write from running as a formula when a coordinator opens the
// file in Excel, Sheets or LibreOffice (OWASP, "CSV Injection"): a cell that begins with one
// of these characters is read as a formula, so it gets a leading single quote, which every
// one of them shows as text. Every cell is also quoted (see csv-select.ts and csv-rows.ts), so
// a semicolon or tab inside it cannot start a new cell in a locale that splits on those.
//
// The rule lives here once; the SQL the exports COPY and the rows written in Node are both
// derived from it.

/** =, +, - and @ start formulas; a leading tab or carriage return hides one from a glance. */
export const FORMULA_LEADERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

const LEADER_CODES = FORMULA_LEADERS.map((leader) => leader.charCodeAt(0));

/** The cell as a spreadsheet will show it as text: prefixed with ' if it could be a formula. */
export function spreadsheetSafe(value: string): string {
  return value.length > 0 && LEADER_CODES.includes(value.charCodeAt(0)) ? `'${value}` : value;
}

/**
 * The same rule as SQL over a text `expression` (a column, or something as cheap: it is
 * evaluated twice). `ascii()` of the first character keeps it to an integer comparison per
 * cell, which is what lets a million-row COPY stay fast. NULL stays NULL (an empty cell).
 */
export function spreadsheetSafeSql(expression: string): string {
  return `CASE WHEN ascii(${expression}) IN (${LEADER_CODES.join(', ')}) THEN '''' || ${expression} ELSE ${expression} END`;
}

/** Excel reads a CSV as the machine's code page (Windows-1252) unless it starts with this. */
export const UTF8_BOM = '\uFEFF';
