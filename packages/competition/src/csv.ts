import { ConfigError, parseCsv } from '@druk/audit';

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
