// Audit options: one schema for the config file, the command line and the library API, so a bad value
// gets the same clear message (naming the field) wherever it comes from.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { hasDotsOnlyHost } from './results/site-folder.ts';
import { CATEGORY_IDS, SEVERITIES } from './types.ts';

export const OUTPUT_FORMATS = ['html', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const pattern = z.string().refine(
  (value) => {
    try {
      new RegExp(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);

const categoryWeights = z
  .object(Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.number().min(0).optional()])))
  .strict();

/** Score bands: the lowest score (0–100) of each band. */
const bands = z
  .object({
    excellent: z.number().min(0).max(100),
    'very-good': z.number().min(0).max(100),
    good: z.number().min(0).max(100),
    fair: z.number().min(0).max(100),
  })
  .strict()
  .refine((b) => b.excellent > b['very-good'] && b['very-good'] > b.good && b.good > b.fair, {
    message: 'must descend: excellent > very-good > good > fair',
  });

export const rubricSchema = z
  .object({
    name: z.string().min(1),
    weights: categoryWeights.default({}),
    bands: bands.default({ excellent: 90, 'very-good': 75, good: 60, fair: 40 }),
    /** Points a failing finding costs by severity, before the per-rule cap. */
    points: z
      .object(
        Object.fromEntries(SEVERITIES.map((s) => [s, z.number().min(0)])) as Record<
          (typeof SEVERITIES)[number],
          z.ZodNumber
        >,
      )
      .strict()
      .default({ critical: 15, serious: 10, moderate: 5, minor: 2 }),
    /** Extra points per additional affected page, and the most one finding may cost. */
    perExtraPage: z.number().min(0).default(0.5),
    maxPerFinding: z.number().min(0).default(25),
  })
  .strict();
export type Rubric = z.infer<typeof rubricSchema>;

/**
 * A finding the site's owners have decided on: findings of `rule` (an id, or a prefix ending in "/") on
 * elements inside `selector`, on pages whose URL matches `pages`, are set aside with the reason. At least
 * one of selector and pages narrows it; a rule that should not run anywhere belongs in disableRules.
 */
const exceptionSchema = z
  .object({
    rule: z.string().min(1),
    /** CSS selector: findings on elements that match it or are inside one that does (or inside an iframe that does). */
    selector: z.string().min(1).optional(),
    /** Regex on the page URL. */
    pages: pattern.optional(),
    reason: z.string().min(1),
  })
  .strict()
  .refine((exception) => exception.selector !== undefined || exception.pages !== undefined, {
    message: 'give a selector or pages (to turn a rule off everywhere, use disableRules)',
  });
export type AuditException = z.infer<typeof exceptionSchema>;

export const auditOptionsSchema = z
  .object({
    /** Sites to audit; from positional URLs or --sites sites.csv. */
    sites: z
      .array(
        z
          .object({
            url: z
              .url({ protocol: /^https?$/ })
              .refine((url) => !hasDotsOnlyHost(url), { message: 'names no host (its host is only dots)' }),
            name: z.string().optional(),
            category: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    maxPages: z.number().int().positive().default(50),
    maxDepth: z.number().int().min(0).default(5),
    include: z.array(pattern).default([]),
    exclude: z.array(pattern).default([]),
    /** Pages with URLs matching one pattern are capped at this many, so 500 news items do not crowd out the rest. */
    samplePerPattern: z.number().int().positive().default(5),
    /** Regex patterns whose matches are sampled; default: the dated/list sections of government sites. */
    samplePatterns: z.array(pattern).default(['/news/[^/]+', '/notices?/[^/]+', '/events?/[^/]+', '/tenders?/[^/]+']),
    /** Keep the query string's order as found instead of sorting it. */
    keepQueryOrder: z.boolean().default(false),
    // 3, not 4: on 2 cores, 3 tabs audit more pages per minute than 4, with 130 MB less memory (test/bench/audit.bench.ts).
    concurrency: z.number().int().min(1).max(16).default(3),
    pageTimeoutMs: z.number().int().positive().default(30_000),
    /** Whole-site time budget; the crawl stops and reports what it has when it runs out. */
    siteBudgetMs: z
      .number()
      .int()
      .positive()
      .default(15 * 60_000),
    ignoreRobots: z.boolean().default(false),
    /** Check external links (HEAD/GET with retries). */
    checkExternalLinks: z.boolean().default(true),
    outputDir: z.string().default('druk-audit-report'),
    formats: z.array(z.enum(OUTPUT_FORMATS)).default(['html', 'json', 'csv']),
    /** Rule ids (or id prefixes ending in "/") to turn off, e.g. ["axe/region", "security/"]. */
    disableRules: z.array(z.string()).default([]),
    /** Findings set aside on given elements or pages, each with its reason; listed apart in the reports. */
    exceptions: z.array(exceptionSchema).default([]),
    /** Reference date for freshness checks (ISO date); defaults to today. */
    today: z.iso.date().optional(),
    /** Newest dated content older than this many days is stale. */
    staleAfterDays: z.number().int().positive().default(90),
    /** Take screenshot crops of elements with findings. */
    screenshots: z.boolean().default(true),
    resume: z.boolean().default(false),
    /** Audit again only the pages of the previous run (in outputDir) that had tool errors; crawl nothing new. */
    retryFailed: z.boolean().default(false),
    rubric: z.union([z.string(), rubricSchema]).optional(),
    ci: z
      .object({
        minScore: z.number().min(0).max(100).optional(),
        maxFailures: z.number().int().min(0).optional(),
        failOn: z.enum(SEVERITIES).optional(),
        /**
         * A previous run's output folder, or one site's report.json: failures already there do not count
         * against maxFailures and failOn, so a site with known problems can stop new ones first.
         */
        baseline: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type AuditOptionsInput = z.input<typeof auditOptionsSchema>;
export type AuditOptions = z.output<typeof auditOptionsSchema>;

/** A config or option value is wrong; the message names the field. Exit code 2 on the command line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssues(error: z.ZodError, source: string): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(top level)';
    return `  ${field}: ${issue.message}`;
  });
  return `Invalid ${source}:\n${lines.join('\n')}`;
}

/** Validates options from any source; throws ConfigError naming each bad field. */
export function parseOptions(input: unknown, source = 'options'): AuditOptions {
  const result = auditOptionsSchema.safeParse(input);
  if (!result.success) throw new ConfigError(describeIssues(result.error, source));
  return result.data;
}

export function parseRubric(input: unknown, source = 'rubric'): Rubric {
  const result = rubricSchema.safeParse(input);
  if (!result.success) throw new ConfigError(describeIssues(result.error, source));
  return result.data;
}

/** Looked for in this order; Node 24 runs a TypeScript config as written. */
export const CONFIG_FILE_NAMES = [
  'druk-audit.config.json',
  'druk-audit.config.ts',
  'druk-audit.config.mjs',
  'druk-audit.config.js',
];

/** Finds and reads a config file in `dir` (or the given path); returns the raw object, not yet validated. */
export async function loadConfigFile(
  path: string | undefined,
  dir = process.cwd(),
): Promise<{ file?: string; raw: unknown }> {
  const file = path ? resolve(dir, path) : CONFIG_FILE_NAMES.map((name) => resolve(dir, name)).find(existsSync);
  if (!file) return { raw: {} };
  if (!existsSync(file)) throw new ConfigError(`Config file not found: ${file}`);
  if (file.endsWith('.json')) {
    try {
      return { file, raw: JSON.parse(await readFile(file, 'utf8')) };
    } catch (error) {
      throw new ConfigError(`Config file ${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return { file, raw: module.default ?? {} };
}

/** The text of a file the user named, or an error in one line saying which file and why it cannot be read. */
export function readInputFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new ConfigError(`cannot read ${what} ${file}: ${reason}`);
  }
}

/** Reads a sites CSV: a header row with `url` (required), `name`, `category`; one agency per row. */
export function parseSitesCsv(text: string, source = 'sites CSV'): { url: string; name?: string; category?: string }[] {
  const rows = parseCsv(text, source).filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header) throw new ConfigError(`${source} is empty`);
  const columns = header.map((cell) => cell.trim().toLowerCase());
  const urlColumn = columns.indexOf('url');
  if (urlColumn < 0)
    throw new ConfigError(`${source}: the header row has no "url" column (found: ${columns.join(', ')})`);
  const nameColumn = columns.indexOf('name');
  const categoryColumn = columns.indexOf('category');
  return body.map((row, index) => {
    const url = row[urlColumn]?.trim();
    if (!url) throw new ConfigError(`${source}: row ${index + 2} has no URL`);
    const name = nameColumn >= 0 ? row[nameColumn]?.trim() : undefined;
    const category = categoryColumn >= 0 ? row[categoryColumn]?.trim() : undefined;
    return { url, ...(name ? { name } : {}), ...(category ? { category } : {}) };
  });
}

/**
 * RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. A quote never closed is an
 * error naming its line: read on, it would swallow every row after it into one cell.
 */
export function parseCsv(text: string, source = 'the CSV'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') {
      quoted = true;
      quoteStart = i;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) {
    const line = text.slice(0, quoteStart).split(/\r\n|\r|\n/).length;
    throw new ConfigError(`${source} line ${line}: a quoted value is never closed (a " is missing)`);
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
