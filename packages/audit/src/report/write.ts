// Writes the reports of a run: per site report.html, report.json and findings.csv in its own folder,
// and at the top a summary.json/summary.csv listing every site with its scores.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteFolderName } from '../results/site-folder.ts';
import type { OutputFormat } from '../config.ts';
import { CATEGORY_IDS, type AuditRunResult, type SiteResult } from '../types.ts';
import { toCsv } from './csv.ts';
import { renderHtmlReport } from './html.ts';

export function findingsCsv(result: SiteResult): string {
  const header = [
    'site',
    'rule',
    'category',
    'severity',
    'status',
    'engines',
    'pages',
    'message',
    'first page',
    'selector',
  ];
  const rows = result.findings.map((finding) => [
    result.site.url,
    finding.ruleId,
    finding.category,
    finding.severity,
    finding.status,
    finding.engines.join('+'),
    finding.pages.length,
    finding.message,
    finding.pages[0] ?? '',
    finding.occurrences[0]?.selector ?? '',
  ]);
  return toCsv([header, ...rows]);
}

export function summaryCsv(run: AuditRunResult): string {
  const header = [
    'name',
    'url',
    'category',
    'overall',
    'band',
    ...CATEGORY_IDS,
    'pages',
    'failures',
    'needs review',
    'truncated',
  ];
  const rows = run.sites.map((site) => [
    site.site.name,
    site.site.url,
    site.site.category ?? '',
    site.score.overall,
    site.score.band,
    ...CATEGORY_IDS.map((id) => site.score.categories.find((category) => category.category === id)?.score ?? ''),
    site.summary.pagesAudited,
    site.summary.failures,
    site.summary.needsReview,
    site.truncated,
  ]);
  return toCsv([header, ...rows]);
}

export async function writeSiteReports(
  result: SiteResult,
  outputDir: string,
  formats: OutputFormat[],
): Promise<string[]> {
  const dir = join(outputDir, siteFolderName(result.site.url));
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  if (formats.includes('html')) {
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtmlReport(result));
    written.push(file);
  }
  if (formats.includes('json')) {
    const file = join(dir, 'report.json');
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    written.push(file);
  }
  if (formats.includes('csv')) {
    const file = join(dir, 'findings.csv');
    await writeFile(file, findingsCsv(result));
    written.push(file);
  }
  return written;
}

export async function writeRunSummary(run: AuditRunResult, outputDir: string, formats: OutputFormat[]): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  if (formats.includes('json')) {
    const summary = {
      schemaVersion: run.schemaVersion,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      sites: run.sites.map((site) => ({
        name: site.site.name,
        url: site.site.url,
        score: site.score,
        summary: site.summary,
        truncated: site.truncated,
      })),
    };
    await writeFile(join(outputDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  }
  if (formats.includes('csv')) await writeFile(join(outputDir, 'summary.csv'), summaryCsv(run));
}
