import { ConfigError, type AuditOptionsInput } from '../config.ts';
import type { SiteInput, SiteResult } from '../types.ts';
import type { Database } from './db.ts';
import {
  crawlFromResult,
  listSites,
  saveCrawl,
  type Round,
  type Site,
  type StoredCrawl,
  unreachableCrawl,
} from './store.ts';

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
  onSite?: (site: Site, crawl: StoredCrawl) => void;
}

export interface RoundRunSummary {
  audited: number;
  unreachable: number;
  skipped: number;
  durationMs: number;
}

/** Audits the round's sites (or one shard of them) and stores each crawl as soon as it is done. */
export async function runRound(db: Database, round: Round, options: RunRoundOptions): Promise<RoundRunSummary> {
  if (round.status !== 'open')
    throw new ConfigError(`round ${round.number} is closed; start a new round to audit again`);
  const started = performance.now();
  const all = listSites(db, round.competitionId);
  const mine = options.shard ? sitesOfShard(all, options.shard) : all;
  const done = new Set(
    (db.prepare('SELECT site_id FROM crawl WHERE round_id = ?').all(round.id) as { site_id: number }[]).map(
      (row) => row.site_id,
    ),
  );
  const queue = options.onlyMissing ? mine.filter((site) => !done.has(site.id)) : mine;
  const summary: RoundRunSummary = { audited: 0, unreachable: 0, skipped: mine.length - queue.length, durationMs: 0 };
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const site = queue[next]!;
      next += 1;
      const siteStarted = Date.now();
      let crawl: StoredCrawl;
      try {
        const result = await options.auditor({ url: site.url, name: site.name }, options.auditOptions ?? {});
        crawl = crawlFromResult(site.url, result);
      } catch (error) {
        crawl = unreachableCrawl(site.url, siteStarted, (error as Error).message);
      }
      saveCrawl(db, round.id, site.id, crawl);
      summary.audited += 1;
      if (crawl.status === 'unreachable') summary.unreachable += 1;
      options.onSite?.(site, crawl);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 2, queue.length)) }, worker));
  summary.durationMs = performance.now() - started;
  return summary;
}
