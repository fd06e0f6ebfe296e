// Merges per-page findings into site findings: the same rule on the same element (or the same site-wide
// problem) is one finding listing every page it affects, whichever engines reported it. A failure of a rule
// without evidence that it spares passing content becomes needs review here (src/rules/calibration.ts).
import { createHash } from 'node:crypto';
import { calibratedStatus } from '../rules/calibration.ts';
import type { RawFinding } from '../rules/raw.ts';
import { OWN_RULES } from '../rules/rules.ts';
import type { Finding, Occurrence, RuleMeta } from '../types.ts';

/** Occurrences kept per finding (the page list is always complete). */
const MAX_OCCURRENCES = 20;

/** Own rules plus the engine rules met during a run. */
export class RuleBook {
  private readonly rules = new Map<string, RuleMeta>(OWN_RULES.map((rule) => [rule.id, rule]));

  learn(rules: RuleMeta[]): void {
    for (const rule of rules) if (!this.rules.has(rule.id)) this.rules.set(rule.id, rule);
  }

  get(id: string): RuleMeta | undefined {
    return this.rules.get(id);
  }

  all(): RuleMeta[] {
    return [...this.rules.values()];
  }
}

export function findingKey(ruleId: string, status: string, group: string): string {
  return createHash('sha1').update(`${ruleId}\n${status}\n${group}`).digest('hex').slice(0, 16);
}

export function mergeFindings(raw: RawFinding[], rules: RuleBook): Finding[] {
  const merged = new Map<string, Finding>();
  for (const item of raw) {
    const rule = rules.get(item.ruleId);
    if (!rule) throw new Error(`Finding for unknown rule "${item.ruleId}"`);
    const group = item.groupKey ?? item.selector ?? item.message;
    const status = calibratedStatus(item.ruleId, item.status);
    const key = findingKey(item.ruleId, status, group);
    let finding = merged.get(key);
    if (!finding) {
      finding = {
        key,
        ruleId: item.ruleId,
        category: rule.category,
        severity: rule.severity,
        status,
        engines: [],
        message: item.message,
        pages: [],
        occurrences: [],
        ...(item.evidence ? { evidence: item.evidence } : {}),
      };
      merged.set(key, finding);
    }
    for (const engine of item.engines) if (!finding.engines.includes(engine)) finding.engines.push(engine);
    if (!finding.pages.includes(item.pageUrl)) {
      finding.pages.push(item.pageUrl);
      if (finding.occurrences.length < MAX_OCCURRENCES) {
        const occurrence: Occurrence = { pageUrl: item.pageUrl, engine: item.engines[0] ?? 'druk' };
        if (item.selector) occurrence.selector = item.selector;
        if (item.snippet) occurrence.snippet = item.snippet;
        if (item.message) occurrence.message = item.message;
        if (item.screenshot) occurrence.screenshot = item.screenshot;
        finding.occurrences.push(occurrence);
      }
    } else if (item.screenshot && !finding.occurrences.some((occurrence) => occurrence.screenshot)) {
      const occurrence = finding.occurrences.find((candidate) => candidate.pageUrl === item.pageUrl);
      if (occurrence) occurrence.screenshot = item.screenshot;
    }
  }
  const severityOrder = { critical: 0, serious: 1, moderate: 2, minor: 3 };
  return [...merged.values()]
    .map((finding) => ({ ...finding, pages: finding.pages.sort() }))
    .sort(
      (a, b) =>
        severityOrder[a.severity] - severityOrder[b.severity] ||
        b.pages.length - a.pages.length ||
        a.ruleId.localeCompare(b.ruleId),
    );
}
