// How long a competition round takes on this machine: a synthetic fleet of small government-like sites on
// 127.0.0.1 audited through `round run`'s code path with druk-audit's real crawler and engines, then
// projected to the full round (130 sites x 25 pages). Also times the store: saving 130 crawls and writing the
// leaderboard with report packs.
//   DRUK_BENCH_SITES (default 4), DRUK_BENCH_PAGES (default 25), DRUK_BENCH_CONCURRENCY (default 2)
import { join } from 'node:path';
import { cpus } from 'node:os';
import { auditSite } from '../../packages/audit/src/index.ts';
import { openDatabase } from '../../packages/competition/src/db.ts';
import { writeLeaderboard } from '../../packages/competition/src/leaderboard.ts';
import { runRound } from '../../packages/competition/src/rounds.ts';
import {
  createCompetition,
  crawlFromResult,
  listSites,
  registerSites,
  saveCrawl,
  startRound,
} from '../../packages/competition/src/store.ts';
import { fakeSiteResult, tempDir } from '../../packages/competition/test/fixtures.ts';
import { GOOD, writeSite } from '../../packages/competition/test/e2e/fleet.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import type { BenchRow } from './types.ts';

const FULL_ROUND_SITES = 130;
const FULL_ROUND_PAGES = 25;

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`);
  return value;
}

export default async function bench(): Promise<BenchRow[]> {
  const siteCount = setting('DRUK_BENCH_SITES', 4);
  const pages = setting('DRUK_BENCH_PAGES', FULL_ROUND_PAGES);
  const concurrency = setting('DRUK_BENCH_CONCURRENCY', 2);
  const temp = tempDir();
  const servers: StaticServer[] = [];
  try {
    for (let index = 0; index < siteCount; index += 1) {
      const dir = join(temp.dir, `site-${index}`);
      // Every other site has the usual faults, so the engines have findings to report.
      writeSite(dir, `Agency ${index}`, index % 2 ? { ...GOOD, alt: false, contrast: false } : GOOD, pages);
      servers.push(await serveStatic(dir));
    }
    const db = openDatabase(join(temp.dir, 'bench.db'));
    const competition = createCompetition(db, 'Benchmark');
    registerSites(
      db,
      competition.id,
      servers.map((server, index) => ({ url: server.url, name: `Agency ${index}` })),
    );
    const round = startRound(db, competition.id);
    const summary = await runRound(db, round, {
      auditor: auditSite,
      concurrency,
      auditOptions: { maxPages: pages, formats: [], outputDir: join(temp.dir, 'audits'), checkExternalLinks: false },
    });
    const pagesAudited = db.prepare('SELECT count(*) AS n FROM page').get() as { n: number };
    const hours = summary.durationMs / 3_600_000;
    const sitesPerHour = summary.audited / hours;
    const secondsPerPage = summary.durationMs / 1000 / pagesAudited.n;
    const projectedHours = (FULL_ROUND_SITES * FULL_ROUND_PAGES * secondsPerPage) / 3600;

    // The store at full-round size: 130 crawls of 25 pages and 40 findings each, then the leaderboard.
    const big = openDatabase(join(temp.dir, 'store.db'));
    const bigCompetition = createCompetition(big, 'Store benchmark');
    registerSites(
      big,
      bigCompetition.id,
      Array.from({ length: FULL_ROUND_SITES }, (_, index) => ({
        url: `http://site-${index}.test/`,
        name: `Agency ${index}`,
      })),
    );
    const bigRound = startRound(big, bigCompetition.id);
    const storeStart = performance.now();
    for (const site of listSites(big, bigCompetition.id)) {
      const result = fakeSiteResult(site.url, {
        score: 40 + (site.id % 50),
        failing: Array.from({ length: 40 }, (_, rule) => `rule-${rule}`),
      });
      result.pages = Array.from({ length: FULL_ROUND_PAGES }, (_, page) => ({
        ...result.pages[0]!,
        url: `${site.url}p${page}`,
      }));
      saveCrawl(big, bigRound.id, site.id, crawlFromResult(site.url, result));
    }
    const storeMs = performance.now() - storeStart;
    const boardStart = performance.now();
    const files = writeLeaderboard(big, bigCompetition, join(temp.dir, 'board'));
    const boardMs = performance.now() - boardStart;
    big.close();
    db.close();

    return [
      { name: 'machine cores', value: cpus().length, unit: '' },
      {
        name: `fleet audited (${siteCount} sites x ${pages} pages, ${concurrency} at once)`,
        value: Math.round(summary.durationMs / 100) / 10,
        unit: 's',
      },
      { name: 'pages audited', value: pagesAudited.n, unit: 'pages' },
      { name: 'time per page', value: Math.round(secondsPerPage * 100) / 100, unit: 's' },
      {
        name: `sites per hour (${pages}-page sites)`,
        value: Math.round(sitesPerHour),
        unit: 'sites/h',
      },
      {
        name: `projected full round (${FULL_ROUND_SITES} x ${FULL_ROUND_PAGES} pages)`,
        value: Math.round(projectedHours * 100) / 100,
        unit: 'h',
      },
      { name: 'projected full round on 4 shards', value: Math.round((projectedHours / 4) * 100) / 100, unit: 'h' },
      {
        name: `store: save ${FULL_ROUND_SITES} crawls (25 pages, 40 findings each)`,
        value: Math.round(storeMs),
        unit: 'ms',
      },
      {
        name: `leaderboard + ${FULL_ROUND_SITES} report packs (${files.length} files)`,
        value: Math.round(boardMs),
        unit: 'ms',
      },
    ];
  } finally {
    for (const server of servers) await server.close();
    temp.remove();
  }
}
