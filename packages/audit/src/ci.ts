// CI thresholds: a run passes when every site meets the minimum score, has no more failures than allowed,
// and no failure at or above the `failOn` severity.
import type { AuditOptions } from './config.ts';
import { SEVERITIES, type AuditRunResult } from './types.ts';

export interface CiVerdict {
  passed: boolean;
  /** One line per broken threshold, naming the site. */
  reasons: string[];
}

export function evaluateCi(run: AuditRunResult, thresholds: NonNullable<AuditOptions['ci']>): CiVerdict {
  const reasons: string[] = [];
  for (const site of run.sites) {
    const name = site.site.url;
    if (thresholds.minScore !== undefined && site.score.overall < thresholds.minScore) {
      reasons.push(`${name}: score ${site.score.overall} is below the minimum ${thresholds.minScore}`);
    }
    if (thresholds.maxFailures !== undefined && site.summary.failures > thresholds.maxFailures) {
      reasons.push(`${name}: ${site.summary.failures} failures, more than the ${thresholds.maxFailures} allowed`);
    }
    if (thresholds.failOn !== undefined) {
      const worst = SEVERITIES.slice(0, SEVERITIES.indexOf(thresholds.failOn) + 1);
      const count = worst.reduce((sum, severity) => sum + site.summary.bySeverity[severity], 0);
      if (count > 0) reasons.push(`${name}: ${count} failure(s) of severity ${thresholds.failOn} or worse`);
    }
  }
  return { passed: reasons.length === 0, reasons };
}
