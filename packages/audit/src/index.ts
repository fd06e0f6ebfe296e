// @druk/audit library API: the same power as the command line, typed.
import { crawlAndAuditSite } from './audit-site.ts';
import { launchAuditBrowser } from './browser.ts';
import { parseOptions, type AuditOptionsInput } from './config.ts';
import { writeRunSummary, writeSiteReports } from './report/write.ts';
import {
  REPORT_SCHEMA_VERSION,
  type AuditEvent,
  type AuditRunResult,
  type SiteInput,
  type SiteResult,
} from './types.ts';

export * from './types.ts';
export {
  ConfigError,
  parseOptions,
  parseSitesCsv,
  parseCsv,
  readInputFile,
  loadConfigFile,
  type AuditOptions,
  type AuditOptionsInput,
  type Rubric,
} from './config.ts';
export { registerSubcommand, type CliSubcommand, type CliIO } from './cli-commands.ts';
export { scoreSite, loadRubric, bandFor, DEFAULT_RUBRIC } from './results/scoring.ts';
// What tools built on the audit (the competition in @druk/competition) need beyond running it: the folder a
// site's reports go to, the copied-text sketches, whether a load error is evidence against the site, and CSV
// cells a spreadsheet will not run as formulas.
export { siteFolderName, hasDotsOnlyHost } from './results/site-folder.ts';
export { textSketch, sketchHashes, sketchSimilarity, NEAR_DUPLICATE_SIMILARITY } from './results/text-sketch.ts';
export { isSiteEvidence } from './page/audit-page.ts';
export { OWN_RULES } from './rules/rules.ts';
export { renderHtmlReport } from './report/html.ts';
export { writeSiteReports, writeRunSummary, findingsCsv } from './report/write.ts';
export { csvCell, toCsv } from './report/csv.ts';
export { evaluateCi, loadBaseline, type Baseline, type CiVerdict } from './ci.ts';

/**
 * Audits every site in `options.sites`, writing the reports (and the results journal) to
 * `options.outputDir`. One browser serves the whole run. Rejects with ConfigError on bad options.
 */
export async function audit(input: AuditOptionsInput, onEvent?: (event: AuditEvent) => void): Promise<AuditRunResult> {
  const options = parseOptions(input);
  const startedAt = new Date().toISOString();
  const browser = await launchAuditBrowser(options.sites.map((site) => site.url));
  const sites: SiteResult[] = [];
  try {
    for (const site of options.sites) {
      const result = await crawlAndAuditSite(site, options, { browser, onEvent });
      await writeSiteReports(result, options.outputDir, options.formats);
      sites.push(result);
    }
  } finally {
    await browser.close();
  }
  const run: AuditRunResult = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    startedAt,
    finishedAt: new Date().toISOString(),
    sites,
  };
  await writeRunSummary(run, options.outputDir, options.formats);
  return run;
}

/** Audits one site and returns its result (reports are written too). Matches @druk/competition's SiteAuditor. */
export async function auditSite(
  site: SiteInput,
  input: Omit<AuditOptionsInput, 'sites'> = {},
  onEvent?: (event: AuditEvent) => void,
): Promise<SiteResult> {
  const run = await audit({ ...input, sites: [site] }, onEvent);
  return run.sites[0]!;
}
