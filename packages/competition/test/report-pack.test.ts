// What a webmaster reads in the report pack: each problem once, however many places it was found.
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildLeaderboard } from '../src/board.ts';
import { renderSiteReport, siteReportData } from '../src/report.ts';
import { runRound, type SiteAuditor } from '../src/rounds.ts';
import { startRound } from '../src/store.ts';
import { competitionWithSites, fakeSiteResult, tempDir } from './fixtures.ts';

const temp = tempDir();
afterAll(() => temp.remove());

it('lists identical failures once, with how many times they were found', async () => {
  const { db, competition } = competitionWithSites(join(temp.dir, 'pack.db'), ['a']);
  const auditor: SiteAuditor = async ({ url }) => {
    const result = fakeSiteResult(url, { score: 60, failing: ['axe/region', 'druk/lang'] });
    const [region] = result.findings;
    // axe reports one finding per landmark-less element: five with the same rule and message, on two pages.
    const regions = [1, 2, 3, 4, 5].map((n) => ({
      ...region!,
      key: `axe/region#${n}`,
      message: 'All page content should be contained by landmarks',
      pages: [n % 2 ? url : `${url}about/`],
    }));
    return { ...result, findings: [...regions, ...result.findings.slice(1)] };
  };
  const round = startRound(db, competition.id);
  await runRound(db, round, { auditor, retryDelaysMs: [] });
  const board = buildLeaderboard(db, competition);
  const html = renderSiteReport(siteReportData(board, board.standings[0]!), 'en');
  const items = [...html.matchAll(/<li><strong>([^<]+)<\/strong>[^\n]*/g)];
  expect(items.map((item) => item[1])).toEqual(['axe/region', 'druk/lang']);
  expect(items[0]![0]).toContain('× 5');
  expect(items[0]![0]).toContain('2 pages');
  expect(items[1]![0]).not.toContain('×');
  db.close();
});
