// Every built page of every site under test, checked in real Chromium by axe-core and by
// pa11y-ci with its HTML_CodeSniffer runner. Any violation fails. pa11y's axe runner is left out:
// it would run a second, narrower axe pass over the same pages (the axe tests here use more tags),
// and on two shared cores it doubled the time of this file.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, launchChromium, requireChromium } from '../../packages/chromium/src/index.js';
import { REPO_ROOT } from '../support/paths.ts';
import { snapshotSite } from '../support/site-snapshot.ts';
import { sitesUnderTest } from '../support/sites.ts';
import { htmlPages, serveStatic, type StaticServer } from '../support/static-server.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Pa11yIssue {
  code: string;
  message: string;
  selector: string;
  runner: string;
}

type Pa11yResults = Record<string, Pa11yIssue[] | [{ message: string }]>;

/** One pa11y-ci run over `urls` (its own Chromium, one page at a time: with more, pa11y-ci 4 loses pages to "No target with given id"); its report by URL. */
async function runPa11yCi(urls: string[], name: string): Promise<Pa11yResults> {
  const config = {
    defaults: {
      standard: 'WCAG2AA',
      runners: ['htmlcs'],
      timeout: 60_000,
      concurrency: 1,
      chromeLaunchConfig: { executablePath: requireChromium(), args: [...CHROMIUM_ARGS] },
    },
    urls,
  };
  const configFile = join(tmpdir(), `druk-pa11yci-${process.pid}-${name}.json`);
  writeFileSync(configFile, JSON.stringify(config));
  const output = await new Promise<string>((done, failed) => {
    const child = spawn(join(REPO_ROOT, 'node_modules/.bin/pa11y-ci'), ['--config', configFile, '--json'], {
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', failed);
    // pa11y-ci exits 2 when it found issues; the per-page tests report them.
    child.on('close', (code) =>
      code === 0 || code === 2 ? done(stdout) : failed(new Error(`pa11y-ci exited ${code}: ${stderr}`)),
    );
  });
  rmSync(configFile, { force: true });
  return JSON.parse(output).results;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(sitesUnderTest())('$id site', (site) => {
  // A private copy: a rebuild of the site started elsewhere must not pull pages away mid-run.
  const copy = snapshotSite(site.dist);
  const dist = copy.dir;
  const pages = htmlPages(readdirSync(dist, { recursive: true, encoding: 'utf8' }));
  let server: StaticServer;
  let pa11yRun: Promise<Pa11yResults>;

  beforeAll(async () => {
    server = await serveStatic(dist);
    pa11yRun = runPa11yCi(
      pages.map((path) => new URL(path, server.url).href),
      site.id,
    );
    // Awaited by the pa11y tests; a failure is reported there, not as an unhandled rejection.
    pa11yRun.catch(() => undefined);
  });

  afterAll(async () => {
    await server?.close();
    copy.remove();
  });

  test('builds at least one page', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  describe('axe-core (WCAG 2.2 A/AA + best practice)', () => {
    test.each(pages)('%s', async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        const response = await page.goto(new URL(path, server.url).href);
        expect(response?.status()).toBe(200);
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const summary = violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  describe('pa11y-ci (runner htmlcs, WCAG2AA)', () => {
    let results: Pa11yResults;

    // Started with the server (it runs while axe checks the pages); on a shared 2-core machine
    // checking every page can take minutes.
    beforeAll(async () => {
      results = await pa11yRun;
    }, 900_000);

    test.each(pages)('%s', (path) => {
      const issues = results[new URL(path, server.url).href];
      expect(issues, 'pa11y-ci did not report on this page').toBeDefined();
      expect(
        (issues ?? []).map((issue) =>
          'code' in issue ? `${issue.runner} ${issue.code}: ${issue.selector}` : issue.message,
        ),
      ).toEqual([]);
    });
  });
});
