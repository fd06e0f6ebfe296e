import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareRounds } from '../src/compare.ts';
import { buildLeaderboard } from '../src/board.ts';
import { renderSiteReport, siteReportData } from '../src/report.ts';
import { runRound, type SiteAuditor } from '../src/rounds.ts';
import { closeRound, computeStandings } from '../src/scoring.ts';
import { listSites, loadCrawls, startRound } from '../src/store.ts';
import { competitionWithSites, fakeSiteResult, type FakeSite, tempDir } from './fixtures.ts';

const temp = tempDir();
afterAll(() => temp.remove());

/** An auditor that answers each site from its list of tries in turn (the last one repeats), counting calls. */
function scriptedAuditor(tries: Record<string, (FakeSite | Error)[]>) {
  const calls: string[] = [];
  const auditor: SiteAuditor = async ({ url }) => {
    const seen = calls.filter((call) => call === url).length;
    calls.push(url);
    const script = tries[url]!;
    const answer = script[Math.min(seen, script.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return fakeSiteResult(url, answer);
  };
  return { auditor, calls };
}

const NO_WAIT = [0, 0];

describe('unreachable only on evidence against the site', () => {
  it("never counts the tool's own deadline or error, and confirms a site's failure with retries", async () => {
    const { db, competition } = competitionWithSites(join(temp.dir, 'evidence.db'), ['a', 'b', 'c', 'd']);
    const { auditor, calls } = scriptedAuditor({
      'http://a.test/': [{ score: 0, toolTrouble: true }],
      'http://b.test/': [new Error('browser crashed')],
      'http://c.test/': [{ score: 0, down: true }, { score: 70 }],
      'http://d.test/': [{ score: 0, down: true }],
    });
    const round = startRound(db, competition.id);
    const summary = await runRound(db, round, { auditor, retryDelaysMs: NO_WAIT });

    expect(summary).toMatchObject({ audited: 2, unreachable: 1, toolFailures: 2 });
    const status = Object.fromEntries(
      computeStandings(db, competition, round).map((standing) => [standing.site.url, standing.status]),
    );
    expect(status).toEqual({
      'http://a.test/': 'not-audited',
      'http://b.test/': 'not-audited',
      'http://c.test/': 'ok',
      'http://d.test/': 'unreachable',
    });
    expect(calls.filter((url) => url === 'http://d.test/')).toHaveLength(3);
    expect([...loadCrawls(db, round.id).values()].find((crawl) => crawl.status === 'unreachable')?.error).toBe(
      'connection refused (3 tries)',
    );
    db.close();
  });

  it('is not unreachable when the uptime monitor reached the site while the audit failed', async () => {
    const { db, competition } = competitionWithSites(join(temp.dir, 'monitor.db'), ['a']);
    const round = startRound(db, competition.id);
    const [site] = listSites(db, competition.id);
    const { auditor } = scriptedAuditor({ 'http://a.test/': [{ score: 0, down: true }] });
    const recordProbe = db.prepare('INSERT INTO probe (round_id, site_id, at, ok) VALUES (?, ?, ?, 1)');
    const summary = await runRound(db, round, {
      // The monitor's probe reaches the site while each try fails.
      auditor: async (input, options) => {
        recordProbe.run(round.id, site!.id, Date.now());
        return auditor(input, options);
      },
      retryDelaysMs: NO_WAIT,
    });
    expect(summary).toMatchObject({ audited: 0, unreachable: 0, toolFailures: 1 });
    db.close();
  });
});

describe('round run --retry-failed', () => {
  it('audits again only the sites that were unreachable or lost to the tool', async () => {
    const { db, competition } = competitionWithSites(join(temp.dir, 'retry.db'), ['a', 'b', 'c']);
    const round = startRound(db, competition.id);
    const first = scriptedAuditor({
      'http://a.test/': [{ score: 70 }],
      'http://b.test/': [{ score: 0, down: true }],
      'http://c.test/': [{ score: 0, toolTrouble: true }],
    });
    await runRound(db, round, { auditor: first.auditor, retryDelaysMs: [] });
    const again = scriptedAuditor({
      'http://a.test/': [{ score: 10 }],
      'http://b.test/': [{ score: 60 }],
      'http://c.test/': [{ score: 50 }],
    });
    const summary = await runRound(db, round, { auditor: again.auditor, retryFailed: true, retryDelaysMs: [] });

    expect(again.calls.sort()).toEqual(['http://b.test/', 'http://c.test/']);
    expect(summary).toMatchObject({ audited: 2, unreachable: 0, toolFailures: 0, skipped: 1 });
    const totals = computeStandings(db, competition, round).map((standing) => [standing.site.url, standing.total]);
    expect(Object.fromEntries(totals)).toEqual({ 'http://a.test/': 70, 'http://b.test/': 60, 'http://c.test/': 50 });
    db.close();
  });
});

describe('comparison with a round in which a site was not audited', () => {
  it('calls nothing fixed: the pack and compare say the site was not audited in that round', async () => {
    const { db, competition } = competitionWithSites(join(temp.dir, 'compare.db'), ['a', 'b']);
    const first = startRound(db, competition.id);
    const before = scriptedAuditor({
      'http://a.test/': [{ score: 70, failing: ['contrast', 'alt'] }],
      'http://b.test/': [{ score: 60, failing: ['hsts'] }],
    });
    await runRound(db, first, { auditor: before.auditor });
    closeRound(db, competition, first);
    const second = startRound(db, competition.id);
    const after = scriptedAuditor({
      'http://a.test/': [{ score: 0, down: true }],
      'http://b.test/': [{ score: 65 }],
    });
    await runRound(db, second, { auditor: after.auditor, retryDelaysMs: [] });

    const comparison = compareRounds(db, competition, first, second);
    const [siteA, siteB] = ['http://a.test/', 'http://b.test/'].map((url) =>
      comparison.sites.find((site) => site.after.site.url === url)!,
    );
    expect(siteA).toMatchObject({ notAuditedIn: { number: 2 }, fixed: [], introduced: [], persisting: 0 });
    expect(siteB!.notAuditedIn).toBeNull();
    expect(siteB!.fixed.map((finding) => finding.ruleId)).toEqual(['hsts']);

    const board = buildLeaderboard(db, competition, 2);
    const pack = siteReportData(
      board,
      board.standings.find((standing) => standing.site.url === 'http://a.test/')!,
    );
    expect(pack.changes).toMatchObject({ notAuditedInRound: 2, fixed: [] });
    const html = renderSiteReport(pack, 'en');
    expect(html).toContain('Not audited in round 2: no problem can be called fixed or new.');
    expect(html).not.toContain('Fixed (');
    db.close();
  });
});
