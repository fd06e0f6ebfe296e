import { DatabaseSync } from 'node:sqlite';
import { ConfigError } from '@druk/audit';
import { type Database, openDatabase, transaction } from './db.ts';
import { type Competition, getCompetition, getRound, listSites, loadCrawls, saveCrawl } from './store.ts';

export interface MergeSummary {
  file: string;
  crawls: number;
  /** Crawls left alone because the target already had a newer crawl of that site. */
  olderSkipped: number;
  probes: number;
}

/**
 * Imports the crawls (and uptime probes) of shard databases into the main database. Each shard is a copy of
 * the main database in which `round run --shard i/n` audited its share of the sites. Sites are matched by URL
 * and rounds by number, never by row id, because the copies may have diverged. When both hold a crawl of the
 * same site in the same round, the one that finished later wins; merging the same shard twice changes nothing.
 */
export function mergeShards(target: Database, competition: Competition, files: string[]): MergeSummary[] {
  const targetSites = new Map(listSites(target, competition.id).map((site) => [site.url, site]));
  return files.map((file) => {
    // Bring the shard up to this release's schema first (a shard may come from an older runner image).
    openDatabase(file).close();
    const shard = new DatabaseSync(file, { readOnly: true });
    try {
      const shardCompetition = getCompetition(shard);
      if (shardCompetition.name !== competition.name) {
        throw new ConfigError(`${file} holds competition "${shardCompetition.name}", not "${competition.name}"`);
      }
      const summary: MergeSummary = { file, crawls: 0, olderSkipped: 0, probes: 0 };
      const shardSites = new Map(listSites(shard, shardCompetition.id).map((site) => [site.id, site]));
      const rounds = shard
        .prepare('SELECT id, number FROM round WHERE competition_id = ?')
        .all(shardCompetition.id) as {
        id: number;
        number: number;
      }[];
      for (const shardRound of rounds) {
        const round = getRound(target, competition.id, shardRound.number);
        const existing = loadCrawls(target, round.id);
        const incoming = loadCrawls(shard, shardRound.id);
        // A closed round's results have been announced: a late shard must not change them.
        const changes = [...incoming.values()].some((crawl) => {
          const current = existing.get(targetSites.get(crawl.siteUrl)?.id ?? -1);
          return !current || current.finishedAt < crawl.finishedAt;
        });
        if (round.status === 'closed' && changes) {
          throw new ConfigError(
            `${file} has new crawls for round ${round.number}, which is closed; merge before closing a round`,
          );
        }
        for (const [shardSiteId, crawl] of incoming) {
          const site = targetSites.get(shardSites.get(shardSiteId)!.url);
          if (!site) throw new ConfigError(`${file} has a crawl of ${crawl.siteUrl}, which is not registered here`);
          const current = existing.get(site.id);
          if (current && current.finishedAt >= crawl.finishedAt) {
            if (current.finishedAt > crawl.finishedAt) summary.olderSkipped += 1;
            continue;
          }
          saveCrawl(target, round.id, site.id, crawl);
          summary.crawls += 1;
        }
        summary.probes += mergeProbes(target, shard, round.id, shardRound.id, shardSites, targetSites);
      }
      return summary;
    } finally {
      shard.close();
    }
  });
}

type SiteMap<K> = Map<K, { id: number; url: string }>;

/** Copies probes the target does not have yet (same site, same instant), keeping each run's schedule. */
function mergeProbes(
  target: Database,
  shard: DatabaseSync,
  roundId: number,
  shardRoundId: number,
  shardSites: SiteMap<number>,
  targetSites: SiteMap<string>,
): number {
  const runs = shard.prepare('SELECT * FROM monitor_run WHERE round_id = ?').all(shardRoundId) as {
    id: number;
    interval_ms: number;
    timeout_ms: number;
    started_at: number;
    finished_at: number | null;
  }[];
  let copied = 0;
  transaction(target, () => {
    for (const run of runs) {
      const known = target
        .prepare('SELECT id FROM monitor_run WHERE round_id = ? AND started_at = ? AND interval_ms = ?')
        .get(roundId, run.started_at, run.interval_ms) as { id: number } | undefined;
      const runId =
        known?.id ??
        Number(
          target
            .prepare(
              'INSERT INTO monitor_run (round_id, interval_ms, timeout_ms, started_at, finished_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(roundId, run.interval_ms, run.timeout_ms, run.started_at, run.finished_at).lastInsertRowid,
        );
      const probes = shard.prepare('SELECT * FROM probe WHERE monitor_run_id = ?').all(run.id) as {
        site_id: number;
        at: number;
        ok: number;
        status_code: number;
        response_ms: number;
        error: string;
      }[];
      for (const probe of probes) {
        const site = targetSites.get(shardSites.get(probe.site_id)!.url);
        if (!site) continue;
        const duplicate = target
          .prepare('SELECT 1 FROM probe WHERE round_id = ? AND site_id = ? AND at = ?')
          .get(roundId, site.id, probe.at);
        if (duplicate) continue;
        target
          .prepare(
            'INSERT INTO probe (round_id, site_id, monitor_run_id, at, ok, status_code, response_ms, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(roundId, site.id, runId, probe.at, probe.ok, probe.status_code, probe.response_ms, probe.error);
        copied += 1;
      }
    }
  });
  return copied;
}
