import { parse } from 'yaml';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits a Markdown file into its YAML front matter and body; errors name the file. `bodyLine` is
 * the file's line number of the body's first line, so problems in the body can name their line.
 */
export function splitFrontMatter(source: string, file: string): { data: unknown; body: string; bodyLine: number } {
  const match = FENCE.exec(source.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new Error(`${file}: the file must start with front matter between two --- lines (title: …).`);
  }
  let data: unknown;
  try {
    data = parse(match[1] as string) ?? {};
  } catch (error) {
    throw new Error(`${file}: the front matter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the front matter must be a list of "field: value" lines.`);
  }
  const bodyLine = match[0].split('\n').length;
  return { data, body: source.replace(/^\uFEFF/, '').slice(match[0].length), bodyLine };
}
