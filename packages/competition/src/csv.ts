import { ConfigError, parseCsv } from '../config.ts';

/**
 * Rows of a CSV with a header line, as objects keyed by lower-cased header. Every name in `required` must be a
 * column; a row missing one of their values is an error naming the line.
 */
export function readCsvRecords(text: string, required: string[], source: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''), source).filter((cells) =>
    cells.some((cell) => cell.trim() !== ''),
  );
  if (!header) throw new ConfigError(`${source} is empty; expected a header line with ${required.join(', ')}`);
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length) {
    throw new ConfigError(`${source} has no column ${missing.join(', ')} (its header is: ${columns.join(', ')})`);
  }
  return rows.map((cells, index) => {
    const record = Object.fromEntries(columns.map((name, column) => [name, (cells[column] ?? '').trim()]));
    const empty = required.filter((name) => record[name] === '');
    if (empty.length) throw new ConfigError(`${source} line ${index + 2}: ${empty.join(', ')} is empty`);
    return record;
  });
}

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`).
 * Text from registration forms must never be run, so such text gets a leading single quote, as OWASP advises
 * against CSV injection; numbers are written as they are, a negative movement stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a value for CSV when it needs quoting; text that a spreadsheet would run as a formula is neutralised. */
export function csvCell(value: string | number | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}
