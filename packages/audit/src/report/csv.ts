// CSV as the reports and the competition's exports write it (RFC 4180 quoting), safe to open in a spreadsheet.

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`).
 * Text from the sites audited or from registration forms must never be run, so such text gets a leading single
 * quote, as OWASP advises against CSV injection; numbers are written as they are (a negative one stays a number).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: quoted when it holds a comma, a quote or a line break; text a spreadsheet would run is neutralised. */
export function csvCell(value: unknown): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells, each row ended by `lineEnd` (RFC 4180's CRLF unless a format already fixed another). */
export function toCsv(rows: unknown[][], lineEnd = '\r\n'): string {
  return rows.map((row) => row.map(csvCell).join(',') + lineEnd).join('');
}
