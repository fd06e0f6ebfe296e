import type { z } from 'zod';

/**
 * A value in a webmaster-edited file (site.config.ts, a Markdown front matter) that does not
 * fit its schema. The message names the file and every wrong field in plain words, so the build
 * output tells a non-specialist exactly what to fix; it carries no stack trace, which would only
 * point into the build tool.
 */
export class DrukValidationError extends Error {
  readonly file: string;
  readonly fields: string[];

  constructor(file: string, problems: { field: string; message: string }[]) {
    const lines = problems.map(({ field, message }) => `  - ${field}: ${message}`);
    super(`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${lines.join('\n')}`);
    this.name = 'DrukValidationError';
    this.file = file;
    this.fields = problems.map(({ field }) => field);
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Dotted field path as a webmaster would write it: `contact.phone`, `images[2].alt`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value at `path` inside `value`, or undefined where the path leads nowhere. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** The object schema at `path` (through defaults, optionals, pipes, arrays and lazy schemas), if any. */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { def?: Record<string, unknown> }).def;
      if (!def) return;
      if (def.innerType) current = def.innerType;
      else if (def.type === 'pipe') current = def.in;
      else if (def.type === 'lazy') current = (def.getter as () => unknown)();
      else return;
    }
  };
  for (const part of path) {
    unwrap();
    const def = (current as { def?: Record<string, unknown> }).def;
    if (typeof part === 'number' && def?.type === 'array') current = def.element;
    else if (typeof part === 'string' && def?.type === 'object') current = (def.shape as Record<string, unknown>)[part];
    else return [];
  }
  unwrap();
  const def = (current as { def?: Record<string, unknown> }).def;
  return def?.type === 'object' ? Object.keys(def.shape as Record<string, unknown>) : [];
}

/** Edit distance between two words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/** The known field a misspelt one most likely meant: same letters in another case, or one or two typos away. */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  const sameLetters = known.find((name) => name.toLowerCase() === unknown.toLowerCase());
  if (sameLetters) return sameLetters;
  const scored = known
    .map((name) => ({ name, score: distance(unknown.toLowerCase(), name.toLowerCase()) }))
    .filter(({ score }) => score <= (unknown.length >= 5 ? 2 : 1))
    .sort((a, b) => a.score - b.score);
  return scored[0]?.name;
}

/** One validation problem in plain words: missing fields and unknown (often misspelt) ones said as such. */
function describe(schema: z.ZodType, value: unknown, issue: z.core.$ZodIssue): { field: string; message: string }[] {
  if (issue.code === 'unrecognized_keys') {
    const known = objectKeysAt(schema, issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestField(key, known);
      return {
        field: fieldPath([...issue.path, key]),
        message: `there is no such field${suggestion ? `; did you mean ${suggestion}?` : '.'}${
          known.length ? ` The fields here are: ${known.join(', ')}.` : ''
        }`,
      };
    });
  }
  if (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined) {
    const parent = valueAt(value, issue.path.slice(0, -1));
    if (issue.path.length === 0 || (typeof parent === 'object' && parent !== null)) {
      return [{ field: fieldPath(issue.path), message: `is missing: add this field (${issue.message})` }];
    }
  }
  return [{ field: fieldPath(issue.path), message: issue.message }];
}

/** Parses `value` with `schema`, or throws a DrukValidationError naming `file` and each field. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, value: unknown, file: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DrukValidationError(
    file,
    result.error.issues.flatMap((issue) => describe(schema, value, issue)),
  );
}
