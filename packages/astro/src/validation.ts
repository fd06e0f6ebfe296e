import type { z } from 'zod';

/**
 * A value in a webmaster-edited file (site.config.ts, a Markdown front matter) that does not
 * fit its schema. The message names the file and every wrong field, so the build output tells a
 * non-specialist exactly what to fix.
 */
export class DrukValidationError extends Error {
  readonly file: string;
  readonly fields: string[];

  constructor(file: string, problems: { field: string; message: string }[]) {
    const lines = problems.map(({ field, message }) => `  - ${field}: ${message}`);
    super(
      `${file} has ${problems.length === 1 ? 'a wrong value' : `${problems.length} wrong values`}:\n${lines.join('\n')}`,
    );
    this.name = 'DrukValidationError';
    this.file = file;
    this.fields = problems.map(({ field }) => field);
  }
}

/** Dotted field path as a webmaster would write it: `contact.phone`, `images[2].alt`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Parses `value` with `schema`, or throws a DrukValidationError naming `file` and each field. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, value: unknown, file: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DrukValidationError(
    file,
    result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })),
  );
}
