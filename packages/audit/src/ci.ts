// CI thresholds: a run passes when every site meets the minimum score, has no more failures than allowed,
// and no failure at or above the `failOn` severity. With a baseline (a previous run), the failure
// thresholds count only failures the baseline does not have: an agency with known problems can adopt the
// audit in CI at once and stop regressions while it fixes the rest.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type AuditOptions } from './config.ts';
import { SEVERITIES, type Finding, type SiteResult, type AuditRunResult } from './types.ts';

export interface CiVerdict {
  passed: boolean;
  /** One line per broken threshold, naming the site. */
  reasons: string[];
  /** With a baseline: per site, failures that are new since it and failures it had that are gone. */
  comparisons: { site: string; newFailures: number; fixed: number }[];
}

/** Keys of the failures of a previous run, by the site's home URL. */
export type Baseline = Map<string, Set<string>>;

function readReport(file: string): SiteResult {
  let report: Partial<SiteResult>;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Partial<SiteResult>;
  } catch (error) {
    throw new ConfigError(`ci.baseline: cannot read ${file}: ${(error as Error).message}`);
  }
  if (!report.schemaVersion?.startsWith('1.') || !report.site?.url || !Array.isArray(report.findings)) {
    throw new ConfigError(`ci.baseline: ${file} is not a druk-audit report.json (schema 1.x)`);
  }
  return report as SiteResult;
}

/** Reads a baseline: a previous run's output folder (each site's report.json in it) or one report.json. */
export function loadBaseline(path: string): Baseline {
  if (!existsSync(path)) throw new ConfigError(`ci.baseline: ${path} does not exist`);
  const files = statSync(path).isDirectory()
    ? readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(path, entry.name, 'report.json')))
        .map((entry) => join(path, entry.name, 'report.json'))
    : [path];
  if (!files.length) throw new ConfigError(`ci.baseline: ${path} holds no site's report.json`);
  return new Map(
    files
      .map(readReport)
      .map((report) => [
        report.site.url,
        new Set(report.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.key)),
      ]),
  );
}

export function evaluateCi(
  run: AuditRunResult,
  thresholds: NonNullable<AuditOptions['ci']>,
  baseline?: Baseline,
): CiVerdict {
  const reasons: string[] = [];
  const comparisons: CiVerdict['comparisons'] = [];
  for (const site of run.sites) {
    const name = site.site.url;
    const failures = site.findings.filter((finding) => finding.status === 'fail');
    const known = baseline?.get(name);
    // A site the baseline does not have is compared with nothing: every failure is new.
    const counted: Finding[] = baseline ? failures.filter((finding) => !known?.has(finding.key)) : failures;
    const kind = baseline ? 'new failure' : 'failure';
    if (baseline) {
      const current = new Set(failures.map((finding) => finding.key));
      comparisons.push({
        site: name,
        newFailures: counted.length,
        fixed: [...(known ?? [])].filter((key) => !current.has(key)).length,
      });
    }
    if (thresholds.minScore !== undefined && site.score.overall < thresholds.minScore) {
      reasons.push(`${name}: score ${site.score.overall} is below the minimum ${thresholds.minScore}`);
    }
    if (thresholds.maxFailures !== undefined && counted.length > thresholds.maxFailures) {
      reasons.push(
        `${name}: ${counted.length} ${kind}${counted.length === 1 ? '' : 's'}, more than the ${thresholds.maxFailures} allowed`,
      );
    }
    if (thresholds.failOn !== undefined) {
      const worst: readonly string[] = SEVERITIES.slice(0, SEVERITIES.indexOf(thresholds.failOn) + 1);
      const count = counted.filter((finding) => worst.includes(finding.severity)).length;
      if (count > 0) reasons.push(`${name}: ${count} ${kind}(s) of severity ${thresholds.failOn} or worse`);
    }
  }
  return { passed: reasons.length === 0, reasons, comparisons };
}
