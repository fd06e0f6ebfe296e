import { ConfigError, type AuditOptionsInput, isSiteEvidence, type SiteInput, type SiteResult } from '@druk/audit';
import type { Database } from './db.ts';
import { crawlFromResult, listSites, saveCrawl, type Round, type Site, type StoredCrawl } from './store.ts';

/** Audits one site: druk-audit's `auditSite`, or a stand-in in tests. */
export type SiteAuditor = (site: SiteInput, options: AuditOptionsInput) => Promise<SiteResult>;

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Reads "2/4" (shard 2 of 4). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigError(`--shard must look like 2/4 (shard 2 of 4, counting from 1), not "${text}"`);
  }
  return { index, count };
}

/**
 * The sites of one shard. Sites are dealt round-robin in registration order, so every machine that has a
 * copy of the same database computes the same split without talking to the others.
 */
export function sitesOfShard(sites: Site[], shard: Shard): Site[] {
  return [...sites].sort((a, b) => a.id - b.id).filter((_, position) => position % shard.count === shard.index - 1);
}

export interface RunRoundOptions {
  auditor: SiteAuditor;
  shard?: Shard;
  /** Sites audited at once (each audit has its own page concurrency too). */
  concurrency?: number;
  /** Passed to every audit: page cap, timeouts, rules. */
  auditOptions?: AuditOptionsInput;
  /** Audit only sites without a crawl in this round yet (resume after an interruption). */
  onlyMissing?: boolean;
  /**
   * Audit again only the sites that failed: stored as unreachable, or left without a crawl because the tool
   * itself failed on them. Sites with a good crawl are kept.
   */
  retryFailed?: boolean;
  /**
   * Waits before each new try of a site that reached no page; a site is stored as unreachable only when every
   * try failed on evidence against it. Default: 30 s, then 2 min.
   */
  retryDelaysMs?: number[];
  onSite?: (site: Site, crawl: StoredCrawl) => void;
  /** The tool failed on a site (its deadline or error); nothing is stored for it. */
  onToolFailure?: (site: Site, error: string) => void;
}

export interface RoundRunSummary {
  audited: number;
  unreachable: number;
  /** Sites the tool failed on (its own deadline or error): no crawl is stored, `--retry-failed` tries them again. */
  toolFailures: number;
  skipped: number;
  durationMs: number;
}

const SITE_RETRY_DELAYS_MS = [30_000, 120_000];

/** One try at a site: its crawl, or the tool's own failure, which says nothing about the site. */
type SiteAttempt = { crawl: StoredCrawl } | { toolError: string };

/**
 * A load error that is evidence against the site (ADR 0017): the page's own `cause`, or for results without one
 * the network error's code. An HTTP error status is the site's answer, so evidence too.
 */
function failedOnSite(page: SiteResult['pages'][number]): boolean {
  if (page.error) return (page.error.cause ?? (isSiteEvidence(page.error.code) ? 'site' : 'tool')) === 'site';
  return page.status !== null && page.status >= 400;
}

async function attemptSite(site: Site, options: RunRoundOptions): Promise<SiteAttempt> {
  let result: SiteResult;
  try {
    result = await options.auditor({ url: site.url, name: site.name }, options.auditOptions ?? {});
  } catch (error) {
    return { toolError: (error as Error).message };
  }
  const crawl = crawlFromResult(site.url, result);
  if (crawl.status === 'ok' || result.pages.some(failedOnSite)) return { crawl };
  return { toolError: crawl.error };
}

/**
 * A site's crawl, tried again after each delay while it reaches no page. Unreachable only when the last try
 * still failed on the site's own evidence and the uptime monitor, if it probed the site meanwhile, never
 * reached it either; otherwise the failure is the tool's, and the site gets no crawl at all.
 */
async function auditSiteWithRetries(
  db: Database,
  round: Round,
  site: Site,
  options: RunRoundOptions,
): Promise<SiteAttempt> {
  const started = Date.now();
  const delays = options.retryDelaysMs ?? SITE_RETRY_DELAYS_MS;
  let attempt = await attemptSite(site, options);
  for (const delay of delays) {
    if ('crawl' in attempt && attempt.crawl.status === 'ok') break;
    await new Promise((done) => setTimeout(done, delay));
    attempt = await attemptSite(site, options);
  }
  if ('crawl' in attempt && attempt.crawl.status === 'unreachable') {
    const monitorReachedIt = db
      .prepare('SELECT 1 FROM probe WHERE round_id = ? AND site_id = ? AND ok = 1 AND at >= ? LIMIT 1')
      .get(round.id, site.id, started);
    if (monitorReachedIt) {
      return { toolError: `${attempt.crawl.error}, but the uptime monitor reached the site meanwhile` };
    }
    attempt.crawl.error = `${attempt.crawl.error} (${delays.length + 1} tries)`;
  }
  return attempt;
}

/** Audits the round's sites (or one shard of them) and stores each crawl as soon as it is done. */
export async function runRound(db: Database, round: Round, options: RunRoundOptions): Promise<RoundRunSummary> {
  if (round.status !== 'open')
    throw new ConfigError(`round ${round.number} is closed; start a new round to audit again`);
  const started = performance.now();
  const all = listSites(db, round.competitionId);
  const mine = options.shard ? sitesOfShard(all, options.shard) : all;
  const stored = new Map(
    (
      db.prepare('SELECT site_id, status FROM crawl WHERE round_id = ?').all(round.id) as {
        site_id: number;
        status: StoredCrawl['status'];
      }[]
    ).map((row) => [row.site_id, row.status]),
  );
  const queue = options.retryFailed
    ? mine.filter((site) => stored.get(site.id) !== 'ok')
    : options.onlyMissing
      ? mine.filter((site) => !stored.has(site.id))
      : mine;
  const summary: RoundRunSummary = {
    audited: 0,
    unreachable: 0,
    toolFailures: 0,
    skipped: mine.length - queue.length,
    durationMs: 0,
  };
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const site = queue[next]!;
      next += 1;
      const attempt = await auditSiteWithRetries(db, round, site, options);
      if ('toolError' in attempt) {
        summary.toolFailures += 1;
        options.onToolFailure?.(site, attempt.toolError);
        continue;
      }
      saveCrawl(db, round.id, site.id, attempt.crawl);
      summary.audited += 1;
      if (attempt.crawl.status === 'unreachable') summary.unreachable += 1;
      options.onSite?.(site, attempt.crawl);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 2, queue.length)) }, worker));
  summary.durationMs = performance.now() - started;
  return summary;
}
