import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../src/db.ts';
import type { SiteAuditor } from '../src/rounds.ts';
import { createCompetition, registerSites, type Competition } from '../src/store.ts';
import { CATEGORY_IDS, type CategoryId, type Finding, type SiteResult } from '@druk/audit';

/** A temporary folder removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'druk-competition-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FakeSite {
  /** Every category's automated score, or one per category. */
  score: number | Partial<Record<CategoryId, number>>;
  /** Rule ids failing on the site; the finding key is the rule id, so the same failure matches across rounds. */
  failing?: string[];
  /** The home page did not load: the site refused the connection (evidence against the site). */
  down?: boolean;
  /** The home page was lost to the tool's own page deadline (no evidence against the site). */
  toolTrouble?: boolean;
}

function finding(ruleId: string, pageUrl: string): Finding {
  return {
    key: ruleId,
    ruleId,
    category: 'usability-reliability',
    severity: 'serious',
    status: 'fail',
    engines: ['druk'],
    message: `${ruleId} fails`,
    pages: [pageUrl],
    occurrences: [{ pageUrl, engine: 'druk' }],
  };
}

/** A druk-audit site result with the given scores and failures, as `auditSite` would return it. */
export function fakeSiteResult(url: string, site: FakeSite): SiteResult {
  const now = new Date().toISOString();
  const { score } = site;
  const lost = site.down || site.toolTrouble;
  const scores: Partial<Record<CategoryId, number>> =
    typeof score === 'number' ? Object.fromEntries(CATEGORY_IDS.map((id) => [id, score])) : score;
  return {
    schemaVersion: '1.0.0',
    site: { url, name: url, origin: new URL(url).origin },
    startedAt: now,
    finishedAt: now,
    durationMs: 1,
    tool: { name: 'druk-audit', version: 'test' },
    truncated: false,
    pages: [
      {
        url,
        finalUrl: url,
        kind: lost ? 'error' : 'html',
        status: lost ? null : 200,
        contentType: 'text/html',
        depth: 0,
        redirects: [],
        timings: { ttfbMs: null, loadMs: null },
        weightBytes: null,
        requestCount: null,
        rulesRun: [],
        startedAt: now,
        durationMs: 1,
        ...(site.down
          ? { error: { code: 'ERR_CONNECTION_REFUSED', message: 'connection refused', cause: 'site' as const } }
          : site.toolTrouble
            ? { error: { code: 'PAGE_DEADLINE', message: 'page deadline of 80 s passed', cause: 'tool' as const } }
            : {}),
      },
    ],
    findings: (site.failing ?? []).map((ruleId) => finding(ruleId, url)),
    passes: [],
    score: {
      overall: 0,
      band: 'poor',
      rubric: 'test',
      categories: CATEGORY_IDS.map((category) => ({
        category,
        weight: 1 / 6,
        score: scores[category] ?? 0,
        band: 'poor',
        failures: 0,
        needsReview: 0,
        deductions: [],
      })),
    },
    summary: {
      pagesAudited: 1,
      pagesFailed: 0,
      failures: site.failing?.length ?? 0,
      needsReview: 0,
      bySeverity: { critical: 0, serious: 0, moderate: 0, minor: 0 },
    },
  };
}

/** An auditor that answers from a table of fake sites keyed by URL. */
export function fakeAuditor(sites: Record<string, FakeSite>): SiteAuditor {
  return async ({ url }) => {
    const site = sites[url];
    if (!site) throw new Error(`no fake site for ${url}`);
    return fakeSiteResult(url, site);
  };
}

/** A new competition database with sites a-e registered (http://a.test/ …). */
export function competitionWithSites(
  file: string,
  names = ['a', 'b', 'c', 'd', 'e'],
): { db: Database; competition: Competition } {
  const db = openDatabase(file);
  const competition = createCompetition(db, 'Test competition');
  registerSites(
    db,
    competition.id,
    names.map((name) => ({ url: `http://${name}.test/`, name: `Site ${name.toUpperCase()}` })),
  );
  return { db, competition };
}
