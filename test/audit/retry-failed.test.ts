// --retry-failed: from a previous run's journal, only the pages that had tool errors are audited again; the
// others are kept as they were, and nothing new is crawled.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { siteFolderName } from '../../packages/audit/src/results/site-folder.ts';
import { audit } from '../../packages/audit/src/index.ts';
import { markFailed, newPageAudit } from '../../packages/audit/src/page/audit-page.ts';
import type { JournalEntry } from '../../packages/audit/src/results/journal.ts';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback.ts';

const PAGES: Record<string, string> = {
  '/': '<a href="/lost/">Lost page</a>',
  '/lost/': '<h1>Found again</h1><a href="/never-crawled/">More</a>',
  '/never-crawled/': '<h1>Not part of the retry</h1>',
};

let server: LoopbackServer;
let outputDir: string;
const requested: string[] = [];

beforeAll(async () => {
  server = await listenOnLoopback(
    createServer((request, response) => {
      requested.push(request.url ?? '');
      const body = PAGES[request.url ?? ''];
      response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><title>Retry</title></head><body><main>${body ?? ''}</main></body></html>`,
      );
    }),
  );
  outputDir = mkdtempSync(join(tmpdir(), 'druk-audit-retry-'));
});

afterAll(async () => {
  await server?.close();
  rmSync(outputDir, { recursive: true, force: true });
});

test('audits again only the page the tool lost, keeps the others and crawls nothing new', async () => {
  const home = server.url;
  const lost = new URL('/lost/', home).href;
  const kept = newPageAudit(home, 0, new Date('2026-12-01T00:00:00Z'));
  kept.page.status = 200;
  const failed = markFailed(newPageAudit(lost, 1, new Date('2026-12-01T00:00:01Z')), 'PAGE_DEADLINE', 'planted');
  const journalPath = join(outputDir, siteFolderName(home), 'results.jsonl');
  mkdirSync(join(outputDir, siteFolderName(home)), { recursive: true });
  const entries: JournalEntry[] = [
    { type: 'page', audit: kept },
    { type: 'page', audit: failed },
  ];
  writeFileSync(journalPath, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));

  const run = await audit({
    sites: [{ url: home }],
    outputDir,
    retryFailed: true,
    checkExternalLinks: false,
    formats: ['json'],
    screenshots: false,
  });
  const site = run.sites[0]!;
  expect(site.pages.map((page) => new URL(page.url).pathname).sort()).toEqual(['/', '/lost/']);
  expect(site.pages.find((page) => page.url === lost)).toMatchObject({ kind: 'html', status: 200 });
  expect(site.pages.find((page) => page.url === home)?.startedAt).toBe('2026-12-01T00:00:00.000Z');
  expect(site.findings.filter((finding) => finding.status === 'tool-error')).toEqual([]);
  // The home page, kept from the journal, is not loaded again (the new link is only checked, not audited).
  expect(requested.filter((path) => path === '/')).toEqual([]);
  const journal = readFileSync(journalPath, 'utf8').trim().split('\n');
  expect(journal.map((line) => (JSON.parse(line) as { audit: { page: { url: string } } }).audit.page.url)).toEqual([
    home,
    lost,
  ]);
});
