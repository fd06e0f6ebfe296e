import { type CategoryId, type Severity } from '@druk/audit';
import type { Database } from './db.ts';
import { roundStandings, type Standing } from './scoring.ts';
import { type Competition, loadCrawls, type Round, type StoredCrawl } from './store.ts';

export interface FindingChange {
  key: string;
  ruleId: string;
  category: CategoryId;
  severity: Severity;
  message: string;
  pages: string[];
}

export type Trend = 'improved' | 'degraded' | 'unchanged' | 'new' | 'not-scored';

export interface SiteComparison {
  before: Standing | undefined;
  after: Standing;
  /** Positive: moved up the table (rank 5 -> 2 is +3). Null when either round has no rank. */
  rankMovement: number | null;
  totalChange: number | null;
  categoryChanges: Partial<Record<CategoryId, number>>;
  /**
   * The round (previous or this one) whose crawl of the site audited no page: unreachable or not audited at
   * all. Its findings cannot be compared, so none is called fixed or new.
   */
  notAuditedIn: Round | null;
  /** Failures of the previous round that are gone. */
  fixed: FindingChange[];
  /** Failures that were not there in the previous round. */
  introduced: FindingChange[];
  /** Failures found in both rounds. */
  persisting: number;
  trend: Trend;
}

export interface RoundComparison {
  previous: Round;
  current: Round;
  sites: SiteComparison[];
  /** How many sites improved, degraded or stayed level (by total score). */
  counts: Record<Trend, number>;
}

function failures(crawl: StoredCrawl | undefined): Map<string, FindingChange> {
  const map = new Map<string, FindingChange>();
  for (const finding of crawl?.findings ?? []) {
    if (finding.status !== 'fail') continue;
    const { key, ruleId, category, severity, message, pages } = finding;
    map.set(key, { key, ruleId, category, severity, message, pages });
  }
  return map;
}

function trendOf(before: Standing | undefined, after: Standing): Trend {
  if (after.total === null) return 'not-scored';
  if (!before || before.total === null) return 'new';
  // Half a point either way is noise (one evaluator's half mark, one probe).
  const change = after.total - before.total;
  if (change > 0.5) return 'improved';
  if (change < -0.5) return 'degraded';
  return 'unchanged';
}

/**
 * What changed for every site between two rounds: finding by finding (matched by the audit's stable finding
 * key), category by category, and in rank.
 */
export function compareRounds(
  db: Database,
  competition: Competition,
  previous: Round,
  current: Round,
): RoundComparison {
  const beforeStandings = new Map(roundStandings(db, competition, previous).standings.map((s) => [s.site.id, s]));
  const beforeCrawls = loadCrawls(db, previous.id);
  const afterCrawls = loadCrawls(db, current.id);
  const counts: Record<Trend, number> = { improved: 0, degraded: 0, unchanged: 0, new: 0, 'not-scored': 0 };
  const sites = roundStandings(db, competition, current).standings.map((after): SiteComparison => {
    const before = beforeStandings.get(after.site.id);
    const beforeCrawl = beforeCrawls.get(after.site.id);
    const afterCrawl = afterCrawls.get(after.site.id);
    const notAuditedIn = afterCrawl?.status !== 'ok' ? current : beforeCrawl?.status !== 'ok' ? previous : null;
    const old = notAuditedIn ? new Map<string, FindingChange>() : failures(beforeCrawl);
    const now = notAuditedIn ? new Map<string, FindingChange>() : failures(afterCrawl);
    const categoryChanges: Partial<Record<CategoryId, number>> = {};
    if (before?.total != null && after.total !== null) {
      for (const [id, score] of Object.entries(after.categories) as [CategoryId, number][]) {
        categoryChanges[id] = Math.round((score - (before.categories[id] ?? 0)) * 100) / 100;
      }
    }
    const trend = trendOf(before, after);
    counts[trend] += 1;
    return {
      before,
      after,
      rankMovement: before?.rank != null && after.rank !== null ? before.rank - after.rank : null,
      totalChange:
        before?.total != null && after.total !== null ? Math.round((after.total - before.total) * 100) / 100 : null,
      categoryChanges,
      notAuditedIn,
      fixed: [...old.values()].filter((finding) => !now.has(finding.key)),
      introduced: [...now.values()].filter((finding) => !old.has(finding.key)),
      persisting: [...now.keys()].filter((key) => old.has(key)).length,
      trend,
    };
  });
  return { previous, current, sites, counts };
}
