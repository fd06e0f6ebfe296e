#!/usr/bin/env node
// druk-audit command line. Exit codes: 0 passed, 1 CI thresholds failed, 2 usage or configuration error.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findSubcommand, loadSubcommands, packageForCommand, subcommands, type CliIO } from './cli-commands.ts';
import { evaluateCi, loadBaseline } from './ci.ts';
import {
  ConfigError,
  loadConfigFile,
  OUTPUT_FORMATS,
  parseOptions,
  parseSitesCsv,
  readInputFile,
  type AuditOptionsInput,
} from './config.ts';
import { audit } from './index.ts';
import { Progress } from './progress.ts';
import { SEVERITIES } from './types.ts';
import { VERSION } from './version.ts';

export const EXIT = { ok: 0, thresholds: 1, usage: 2 } as const;

const HELP = `druk-audit ${VERSION}: audit websites against accessibility and Bhutan's government website standards

Usage:
  druk-audit <url> [more urls] [options]
  druk-audit --sites sites.csv [options]       CSV with a header row: url, name, category
  druk-audit <command> …                       see Commands

Options:
  --config <file>          config file (default: druk-audit.config.json|.mjs|.js in this folder)
  --sites <file>           CSV list of sites
  --max-pages <n>          pages per site (default 50)
  --depth <n>              link depth from the home page (default 5)
  --include <regex>        only URLs matching (repeatable)
  --exclude <regex>        skip URLs matching (repeatable)
  --sample <n>             pages per look-alike URL pattern, e.g. news items (default 5)
  --concurrency <n>        pages audited at once (default 3)
  --timeout <ms>           per-page load timeout (default 30000)
  --budget <ms>            time budget per site (default 900000)
  --out <dir>              output folder (default druk-audit-report)
  --format <list>          html,json,csv (default all three)
  --ignore-robots          crawl pages robots.txt disallows (for owners auditing their own site)
  --no-external-links      do not check links to other sites
  --no-screenshots         no element screenshots in the report
  --disable <rule>         turn a rule (or "prefix/") off (repeatable)
  --today <yyyy-mm-dd>     reference date for freshness checks
  --rubric <file>          scoring rubric (JSON: name, weights, bands, points)
  --resume                 continue an interrupted run from its results journal
  --retry-failed           audit again only the pages of the run in --out that had tool errors
  --ci                     apply thresholds and set the exit code
  --min-score <n>          CI: lowest overall score allowed (0-100)
  --max-failures <n>       CI: most failures allowed per site
  --fail-on <severity>     CI: fail on any failure this severe or worse (${SEVERITIES.join(', ')})
  --baseline <path>        CI: a previous run's output folder (or a report.json); only failures it does not
                           have count against --max-failures and --fail-on
  -q, --quiet              no progress output
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 passed (or no thresholds), 1 CI thresholds failed, 2 usage or configuration error.`;

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new ConfigError(`--${name}: "${value}" is not a number`);
  return number;
}

/** Parses the arguments into options (command line over config file). Throws ConfigError on bad input. */
export async function optionsFromArgs(
  argv: string[],
  cwd: string,
): Promise<{ options: AuditOptionsInput; ci: boolean; quiet: boolean; help: boolean; version: boolean }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        sites: { type: 'string' },
        'max-pages': { type: 'string' },
        depth: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        sample: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        budget: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        'ignore-robots': { type: 'boolean' },
        'no-external-links': { type: 'boolean' },
        'no-screenshots': { type: 'boolean' },
        disable: { type: 'string', multiple: true },
        today: { type: 'string' },
        rubric: { type: 'string' },
        resume: { type: 'boolean' },
        'retry-failed': { type: 'boolean' },
        ci: { type: 'boolean' },
        'min-score': { type: 'string' },
        'max-failures': { type: 'string' },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const { raw } = await loadConfigFile(values.config, cwd);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ConfigError('The config file must hold an object');
  const fromFile = raw as AuditOptionsInput;
  const sites = [
    ...positionals.map((url) => ({ url })),
    ...(values.sites ? parseSitesCsv(readInputFile(resolve(cwd, values.sites), 'the sites CSV'), values.sites) : []),
  ];
  const optional = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
  const set = <K extends keyof AuditOptionsInput>(key: K, value: AuditOptionsInput[K] | undefined) =>
    optional(key, value);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new ConfigError(`--fail-on: "${failOn}" is not one of ${SEVERITIES.join(', ')}`);
  }
  const formats = values.format?.split(',').map((format) => format.trim());
  const ciThresholds = {
    ...fromFile.ci,
    ...optional('minScore', numberOption(values['min-score'], 'min-score')),
    ...optional('maxFailures', numberOption(values['max-failures'], 'max-failures')),
    ...(failOn ? { failOn: failOn as (typeof SEVERITIES)[number] } : {}),
    ...optional('baseline', values.baseline),
  };
  const options: AuditOptionsInput = {
    ...fromFile,
    ...(sites.length ? { sites } : {}),
    ...set('maxPages', numberOption(values['max-pages'], 'max-pages')),
    ...set('maxDepth', numberOption(values.depth, 'depth')),
    ...set('include', values.include),
    ...set('exclude', values.exclude),
    ...set('samplePerPattern', numberOption(values.sample, 'sample')),
    ...set('concurrency', numberOption(values.concurrency, 'concurrency')),
    ...set('pageTimeoutMs', numberOption(values.timeout, 'timeout')),
    ...set('siteBudgetMs', numberOption(values.budget, 'budget')),
    ...set('outputDir', values.out ? resolve(cwd, values.out) : undefined),
    ...set('formats', formats as (typeof OUTPUT_FORMATS)[number][] | undefined),
    ...(values['ignore-robots'] ? { ignoreRobots: true } : {}),
    ...(values['no-external-links'] ? { checkExternalLinks: false } : {}),
    ...(values['no-screenshots'] ? { screenshots: false } : {}),
    ...set('disableRules', values.disable),
    ...set('today', values.today),
    ...set('rubric', values.rubric ? resolve(cwd, values.rubric) : undefined),
    ...(values.resume ? { resume: true } : {}),
    ...(values['retry-failed'] ? { retryFailed: true } : {}),
    ...(Object.keys(ciThresholds).length ? { ci: ciThresholds } : {}),
  };
  return {
    options,
    ci: Boolean(values.ci),
    quiet: Boolean(values.quiet),
    help: Boolean(values.help),
    version: Boolean(values.version),
  };
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  await loadSubcommands();
  const command = argv[0] ? findSubcommand(argv[0]) : undefined;
  if (command) return command.run(argv.slice(1), io);
  const missing = argv[0] ? packageForCommand(argv[0]) : undefined;
  if (missing) {
    io.stderr(`druk-audit ${argv[0]} comes with ${missing}, which is not installed: npm install ${missing}\n`);
    return EXIT.usage;
  }
  try {
    const { options, ci, quiet, help, version } = await optionsFromArgs(argv, io.cwd);
    if (version) {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (help) {
      const commands = subcommands().map((sub) => `  druk-audit ${sub.name} …  ${sub.summary}`);
      io.stdout(`${HELP}\n${commands.length ? `\nCommands:\n${commands.join('\n')}\n` : ''}`);
      return EXIT.ok;
    }
    const parsed = parseOptions(options, 'options');
    if (parsed.sites.length === 0) {
      io.stderr(`No site to audit: give one or more URLs or --sites sites.csv.\n\n${HELP}\n`);
      return EXIT.usage;
    }
    // Read before the audit: a wrong path fails at once, and the run may overwrite the folder it names.
    const baseline = ci && parsed.ci?.baseline ? loadBaseline(resolve(io.cwd, parsed.ci.baseline)) : undefined;
    const progress = new Progress(io, quiet, parsed.maxPages * parsed.sites.length);
    const run = await audit(parsed, (event) => progress.update(event));
    progress.finish();
    for (const site of run.sites) {
      io.stdout(
        `${site.site.url}: ${site.score.overall}/100 (${site.score.band}), ${site.summary.failures} failures, ${site.summary.needsReview} to review, ${site.summary.pagesAudited} pages\n`,
      );
    }
    io.stdout(`Reports: ${parsed.outputDir}\n`);
    if (ci) {
      const verdict = evaluateCi(run, parsed.ci ?? {}, baseline);
      for (const { site, newFailures, fixed } of verdict.comparisons) {
        io.stdout(`${site}: ${newFailures} new failure(s) and ${fixed} fixed since the baseline\n`);
      }
      for (const reason of verdict.reasons) io.stderr(`CI: ${reason}\n`);
      return verdict.passed ? EXIT.ok : EXIT.thresholds;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`druk-audit: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

if (import.meta.main) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`druk-audit: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(2);
    },
  );
}
