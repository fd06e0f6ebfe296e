import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../src/db.ts';
import { LATEST_SCHEMA_VERSION } from '../src/migrations.ts';
import { runRound } from '../src/rounds.ts';
import { parseRubric, DEFAULT_RUBRIC } from '../src/rubric.ts';
import { aggregateCriterion, closeRound, computeStandings } from '../src/scoring.ts';
import {
  addEvaluator,
  createCompetition,
  getCompetition,
  listScoreChanges,
  listSites,
  loadCrawls,
  loadManualScores,
  registerSites,
  saveManualScores,
  startRound,
} from '../src/store.ts';
import { crawlFromResult } from '../src/store.ts';
import { CATEGORY_IDS } from '@druk/audit';
import { competitionWithSites, fakeAuditor, fakeSiteResult, tempDir } from './fixtures.ts';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

function tmp() {
  const { dir, remove } = tempDir();
  cleanup.push(remove);
  return dir;
}

describe('migrations', () => {
  it('opens a version-1 database with the current code without losing anything', () => {
    const file = join(tmp(), 'old.db');
    const old = openDatabase(file, { schemaVersion: 1 });
    expect(schemaVersion(old)).toBe(1);
    // What a release with schema 1 wrote: a competition, a site, a round, a manual score and probes.
    old.exec(`
      INSERT INTO competition (id, name, rubric, created_at) VALUES (1, 'National 2015', '${JSON.stringify(DEFAULT_RUBRIC)}', 1);
      INSERT INTO site (id, competition_id, url, name, registered_at) VALUES (1, 1, 'http://a.test/', 'Site A', 1);
      INSERT INTO round (id, competition_id, number, status, started_at) VALUES (1, 1, 1, 'open', 1);
      INSERT INTO evaluator (id, competition_id, name, token) VALUES (1, 1, 'Pema', 'tok');
      INSERT INTO manual_score (round_id, site_id, evaluator_id, criterion, score, updated_at) VALUES (1, 1, 1, 'aesthetics', 7, 1);
      INSERT INTO probe (round_id, site_id, at, ok, status_code, response_ms) VALUES (1, 1, 1000, 1, 200, 12), (1, 1, 2000, 0, 503, 30);
    `);
    old.close();

    const db = openDatabase(file);
    cleanup.push(() => db.close());
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const competition = getCompetition(db);
    expect(competition.name).toBe('National 2015');
    expect(listSites(db, competition.id).map((site) => site.name)).toEqual(['Site A']);
    expect(loadManualScores(db, 1)).toEqual([
      { siteId: 1, evaluatorId: 1, criterion: 'aesthetics', score: 7, comment: '' },
    ]);
    const probes = db.prepare('SELECT at, ok, monitor_run_id FROM probe ORDER BY at').all();
    expect(probes).toEqual([
      { at: 1000, ok: 1, monitor_run_id: null },
      { at: 2000, ok: 0, monitor_run_id: null },
    ]);
    // Version 2's tables work on the migrated file.
    const standings = computeStandings(db, competition, {
      id: 1,
      competitionId: 1,
      number: 1,
      status: 'open',
      startedAt: 1,
      closedAt: null,
    });
    expect(standings[0]!.uptime?.uptime).toBe(0.5);
  });

  it('refuses a database written by a newer release, naming both versions', () => {
    const file = join(tmp(), 'new.db');
    const raw = new DatabaseSync(file);
    raw.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(
      `schema version ${LATEST_SCHEMA_VERSION + 1}, newer than this druk-audit understands (${LATEST_SCHEMA_VERSION})`,
    );
  });

  it('opens in WAL mode with foreign keys on', () => {
    const db = openDatabase(join(tmp(), 'wal.db'));
    cleanup.push(() => db.close());
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
  });
});

describe('rubric', () => {
  it('names every problem of a bad rubric with its path', () => {
    const rubric = {
      categories: [{ id: 'usability-reliability', weight: 1 }],
      manualCriteria: [
        { id: 'looks', category: 'content-aesthetic', label: { en: 'Looks', dz: 'མཛེས་ཆ།' }, max: 10 },
        { id: 'looks', category: 'content-aesthetic', label: { en: 'Looks', dz: 'མཛེས་ཆ།' }, max: 10 },
      ],
      bands: { excellent: 50, 'very-good': 60, good: 40, fair: 20 },
    };
    expect(() => parseRubric(JSON.stringify(rubric), 'rubric.json')).toThrow(/criterion id "looks" is used twice/);
    expect(() => parseRubric(JSON.stringify(rubric), 'rubric.json')).toThrow(/bands: must descend/);
    expect(() => parseRubric('{', 'rubric.json')).toThrow(/rubric.json is not valid JSON/);
    expect(() => parseRubric(JSON.stringify({ categories: [{ id: 'speed', weight: 1 }] }))).toThrow(
      /categories\.0\.id/,
    );
  });

  it('refuses a rubric that leaves categories out rather than weighting them 0', () => {
    const oneCategory = JSON.stringify({ categories: [{ id: 'security-privacy', weight: 1 }] });
    expect(() => parseRubric(oneCategory, 'rubric.json')).toThrow(
      'rubric.json is not a valid competition rubric:\n  categories: usability-reliability, content-aesthetic, services-information, citizen-participation, additional-features have no weight; list every category, with "weight": 0 for one that should not count',
    );
    const explicit = CATEGORY_IDS.map((id) => ({ id, weight: id === 'security-privacy' ? 1 : 0 }));
    expect(parseRubric(JSON.stringify({ categories: explicit })).categories).toEqual(explicit);
  });
});

describe('sites and scores', () => {
  it('registers a URL once and updates its details on a second registration', () => {
    const { db, competition } = competitionWithSites(join(tmp(), 'c.db'), []);
    cleanup.push(() => db.close());
    expect(registerSites(db, competition.id, [{ url: 'https://moic.gov.bt', name: 'MoIC' }])).toEqual({
      added: 1,
      updated: 0,
    });
    expect(registerSites(db, competition.id, [{ url: 'https://moic.gov.bt/#top', name: 'MoIC (new)' }])).toEqual({
      added: 0,
      updated: 1,
    });
    expect(listSites(db, competition.id).map((site) => [site.url, site.name])).toEqual([
      ['https://moic.gov.bt/', 'MoIC (new)'],
    ]);
    expect(() => registerSites(db, competition.id, [{ url: 'moic.gov.bt', name: 'x' }])).toThrow(
      '"moic.gov.bt" is not a URL',
    );
    expect(() => createCompetition(db, 'Test competition')).toThrow('already exists');
  });

  it('checks manual scores against the rubric and refuses changes after the round closes', () => {
    const { db, competition } = competitionWithSites(join(tmp(), 'c.db'));
    cleanup.push(() => db.close());
    const round = startRound(db, competition.id);
    expect(() => startRound(db, competition.id)).toThrow('round 1 is still open');
    const pema = addEvaluator(db, competition.id, 'Pema');
    const site = listSites(db, competition.id)[0]!;
    const save = (scores: Record<string, number | null>) =>
      saveManualScores(db, round, competition.rubric, {
        siteId: site.id,
        evaluatorId: pema.id,
        scores,
        source: 'scoring page',
      });
    expect(() => save({ beauty: 5 })).toThrow('"beauty" is not a manual criterion');
    expect(() => save({ aesthetics: 11 })).toThrow('between 0 and 10, not 11');
    save({ aesthetics: 7, 'content-usefulness': 8 });
    save({ aesthetics: 6 });
    save({ 'content-usefulness': null });
    expect(loadManualScores(db, round.id).map((score) => [score.criterion, score.score])).toEqual([['aesthetics', 6]]);
    // Saving the same value again is no change; every real change is in the history, oldest first.
    save({ aesthetics: 6 });
    expect(
      listScoreChanges(db, round.id).map(({ evaluator, site, criterion, oldScore, newScore, source }) => [
        evaluator,
        site,
        criterion,
        oldScore,
        newScore,
        source,
      ]),
    ).toEqual([
      ['Pema', site.name, 'aesthetics', null, 7, 'scoring page'],
      ['Pema', site.name, 'content-usefulness', null, 8, 'scoring page'],
      ['Pema', site.name, 'aesthetics', 7, 6, 'scoring page'],
      ['Pema', site.name, 'content-usefulness', 8, null, 'scoring page'],
    ]);
    expect(listScoreChanges(db, round.id)[0]!.changedAt).toBeGreaterThan(0);
    closeRound(db, competition, round);
    expect(() => save({ aesthetics: 9 })).toThrow('round 1 is closed');
  });
});

describe('scoring', () => {
  it('sets aside a score far from the others and reports the disagreement', () => {
    const aggregate = aggregateCriterion(
      'aesthetics',
      [
        { evaluatorId: 1, score: 70 },
        { evaluatorId: 2, score: 80 },
        { evaluatorId: 3, score: 10 },
      ],
      25,
    );
    expect(aggregate.scores.map((score) => score.outlier)).toEqual([false, false, true]);
    expect(aggregate.mean).toBe(75);
    expect(aggregate.range).toBe(70);
    expect(aggregate.spread).toBeCloseTo(30.9, 1);
    // Two evaluators: nobody is an outlier.
    expect(
      aggregateCriterion(
        'x',
        [
          { evaluatorId: 1, score: 0 },
          { evaluatorId: 2, score: 100 },
        ],
        25,
      ).mean,
    ).toBe(50);
  });

  it('ranks by total with shared ranks, leaves unreachable sites unranked and flags low uptime', async () => {
    const { db, competition } = competitionWithSites(join(tmp(), 'c.db'));
    cleanup.push(() => db.close());
    const round = startRound(db, competition.id);
    await runRound(db, round, {
      auditor: fakeAuditor({
        'http://a.test/': { score: 60 },
        'http://b.test/': { score: 80 },
        'http://c.test/': { score: 80 },
        'http://d.test/': { score: 90 },
        'http://e.test/': { score: 0, down: true },
      }),
      retryDelaysMs: [0, 0],
    });
    const [d] = listSites(db, competition.id).filter((site) => site.name === 'Site D');
    const insert = db.prepare('INSERT INTO probe (round_id, site_id, at, ok, error) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < 10; i += 1) insert.run(round.id, d!.id, i * 1000, i < 5 ? 1 : 0, i < 5 ? '' : 'HTTP 503');

    const standings = computeStandings(db, competition, round);
    const byName = Object.fromEntries(standings.map((standing) => [standing.site.name, standing]));
    expect(byName['Site B']!.rank).toBe(1);
    expect(byName['Site C']!.rank).toBe(1);
    expect(byName['Site A']!.rank).toBe(3);
    expect(byName['Site E']).toMatchObject({ status: 'unreachable', rank: null, total: null });
    expect(byName['Site D']).toMatchObject({ eliminated: true, rank: null });
    expect(byName['Site D']!.eliminationEvidence).toMatch(
      /uptime 50\.0% is below the 95\.0% required: 5 of 10 probes failed/,
    );
    expect(byName['Site D']!.uptime?.outages).toEqual([{ from: 5000, to: 9000, probes: 5, reason: 'HTTP 503' }]);
    // Uptime is 30% of usability: 0.7 * 90 + 0.3 * 50.
    expect(byName['Site D']!.categories['usability-reliability']).toBe(78);
    expect(loadCrawls(db, round.id).get(byName['Site E']!.site.id)?.error).toBe('connection refused (3 tries)');

    // Closing freezes what was announced, in the result table.
    closeRound(db, competition, round);
    const frozen = db.prepare('SELECT site_id, rank, total, band, eliminated FROM result ORDER BY site_id').all();
    expect(frozen).toEqual(
      listSites(db, competition.id).map((site) => {
        const standing = byName[site.name]!;
        return {
          site_id: site.id,
          rank: standing.rank,
          total: standing.total,
          band: standing.band ?? '',
          eliminated: standing.eliminated ? 1 : 0,
        };
      }),
    );
  });
});

describe('a crawl that reached no page', () => {
  it('names where a redirect went, not only the address registered', () => {
    const result = fakeSiteResult('http://a.test/', { score: 0, down: true });
    const home = result.pages[0]!;
    Object.assign(home, { finalUrl: 'https://www.a.test/home/', redirects: ['http://a.test/'] });
    expect(crawlFromResult('http://a.test/', result).error).toBe(
      'connection refused at https://www.a.test/home/ (redirected from http://a.test/)',
    );
    Object.assign(home, { kind: 'html', status: 503, error: undefined });
    expect(crawlFromResult('http://a.test/', result).error).toBe(
      'HTTP 503 at https://www.a.test/home/ (redirected from http://a.test/)',
    );
    Object.assign(home, { finalUrl: 'http://a.test/', redirects: [] });
    expect(crawlFromResult('http://a.test/', result).error).toBe('HTTP 503');
  });
});
