import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db.ts';
import { mergeShards } from '../src/merge.ts';
import { parseShard, runRound, sitesOfShard } from '../src/rounds.ts';
import { closeRound, computeStandings } from '../src/scoring.ts';
import { createCompetition, getCompetition, listSites, loadCrawls, openRound, startRound } from '../src/store.ts';
import { competitionWithSites, fakeAuditor, tempDir } from './fixtures.ts';

const temp = tempDir();
afterAll(() => temp.remove());

const SITES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const auditor = fakeAuditor(
  Object.fromEntries(
    SITES.map((name, index) => [`http://${name}.test/`, { score: 40 + index * 5, failing: [`rule-${name}`] }]),
  ),
);

it('deals sites to shards round-robin, every site exactly once', () => {
  const sites = SITES.map((name, index) => ({
    id: index + 1,
    url: `http://${name}.test/`,
    name,
    agency: '',
    contactEmail: '',
  }));
  const shards = [1, 2, 3].map((index) => sitesOfShard(sites, { index, count: 3 }).map((site) => site.name));
  expect(shards).toEqual([
    ['a', 'd', 'g'],
    ['b', 'e'],
    ['c', 'f'],
  ]);
  expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
  expect(() => parseShard('4/3')).toThrow('--shard must look like 2/4');
  expect(() => parseShard('two')).toThrow('not "two"');
});

it('merges the crawls and probes of shard databases into the main database, idempotently', async () => {
  const main = join(temp.dir, 'main.db');
  const { db, competition } = competitionWithSites(main, SITES);
  const round = startRound(db, competition.id);
  const site = listSites(db, competition.id)[0]!;
  db.close();

  // Each CI job gets a copy of the main database and audits its shard.
  const shardFiles = [1, 2, 3].map((index) => {
    const file = join(temp.dir, `shard-${index}.db`);
    copyFileSync(main, file);
    return file;
  });
  for (const [position, file] of shardFiles.entries()) {
    const shard = openDatabase(file);
    await runRound(shard, openRound(shard, getCompetition(shard).id), {
      auditor,
      shard: { index: position + 1, count: 3 },
    });
    if (position === 0) {
      shard
        .prepare(
          'INSERT INTO monitor_run (id, round_id, interval_ms, timeout_ms, started_at) VALUES (1, ?, 1000, 500, 0)',
        )
        .run(round.id);
      shard
        .prepare(
          'INSERT INTO probe (round_id, site_id, monitor_run_id, at, ok) VALUES (?, ?, 1, 5, 1), (?, ?, 1, 1005, 0)',
        )
        .run(round.id, site.id, round.id, site.id);
    }
    shard.close();
  }

  const target = openDatabase(main);
  const summaries = mergeShards(target, getCompetition(target), shardFiles);
  expect(summaries.map((summary) => [summary.crawls, summary.probes])).toEqual([
    [3, 2],
    [2, 0],
    [2, 0],
  ]);
  const crawls = loadCrawls(target, round.id);
  expect(crawls.size).toBe(7);
  expect([...crawls.values()].map((crawl) => crawl.findings[0]!.ruleId).sort()).toEqual(
    SITES.map((name) => `rule-${name}`),
  );
  const standings = computeStandings(target, getCompetition(target), round);
  expect(standings.map((standing) => standing.site.name)).toEqual([
    'Site G',
    'Site F',
    'Site E',
    'Site D',
    'Site C',
    'Site B',
    'Site A',
  ]);
  expect(standings.find((standing) => standing.site.name === 'Site A')!.uptime?.uptime).toBe(0.5);

  // The same shards again: nothing new.
  expect(
    mergeShards(target, getCompetition(target), shardFiles).map((summary) => [summary.crawls, summary.probes]),
  ).toEqual([
    [0, 0],
    [0, 0],
    [0, 0],
  ]);
  target.close();
});

it('refuses new crawls for a round that is already closed', async () => {
  const main = join(temp.dir, 'closed.db');
  const { db, competition } = competitionWithSites(main, ['a', 'b']);
  startRound(db, competition.id);
  db.close();
  const shardFile = join(temp.dir, 'late-shard.db');
  copyFileSync(main, shardFile);
  const shard = openDatabase(shardFile);
  await runRound(shard, openRound(shard, getCompetition(shard).id), { auditor, shard: { index: 1, count: 2 } });
  shard.close();
  const target = openDatabase(main);
  closeRound(target, getCompetition(target), openRound(target, competition.id));
  expect(() => mergeShards(target, getCompetition(target), [shardFile])).toThrow(
    'has new crawls for round 1, which is closed; merge before closing a round',
  );
  target.close();
});

it('refuses a shard of another competition', () => {
  const other = join(temp.dir, 'other.db');
  const db = openDatabase(other);
  createCompetition(db, 'Another competition');
  db.close();
  const target = openDatabase(join(temp.dir, 'main.db'));
  expect(() => mergeShards(target, getCompetition(target), [other])).toThrow(
    'holds competition "Another competition", not "Test competition"',
  );
  target.close();
});
