// druk-audit against hostile sites on 127.0.0.1: it must finish within its time budget, record what
// failed and why, and never lose finished results (a run killed with SIGKILL resumes with --resume).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteFolderName } from '../../packages/audit/src/results/site-folder.ts';
import { audit, type SiteResult } from '../../packages/audit/src/index.ts';
import { FLAKY_PATHS, serveHostile, serveSelfSigned } from '../../packages/audit/test/fixtures/hostile-server.ts';
import { servePlanted, type FixtureServer } from '../../packages/audit/test/fixtures/planted-server.ts';
import { REPO_ROOT } from '../support/paths.ts';

const BUDGET_MS = 100_000;
const PAGE_TIMEOUT_MS = 8_000;
const CLI = join(REPO_ROOT, 'packages/audit/src/cli.ts');

const outputDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'druk-audit-robust-'));
  outputDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of outputDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the hostile corpus', () => {
  let hostile: FixtureServer;
  let tls: FixtureServer;
  let site: SiteResult;
  let tlsSite: SiteResult;
  let elapsed: number;

  beforeAll(
    async () => {
      hostile = await serveHostile();
      tls = await serveSelfSigned();
      const started = Date.now();
      const run = await audit({
        sites: [{ url: hostile.url }, { url: tls.url }],
        outputDir: tempDir(),
        pageTimeoutMs: PAGE_TIMEOUT_MS,
        siteBudgetMs: BUDGET_MS,
        concurrency: 3,
        checkExternalLinks: false,
        formats: ['json'],
      });
      elapsed = Date.now() - started;
      [site, tlsSite] = run.sites as [SiteResult, SiteResult];
    },
    2 * BUDGET_MS + 60_000,
  );

  afterAll(async () => {
    await hostile?.close();
    await tls?.close();
  });

  const page = (path: string) => site.pages.find((candidate) => candidate.url === new URL(path, hostile.url).href);
  const failedWith = (path: string) =>
    site.findings.find(
      (finding) =>
        finding.ruleId === 'reliability/page-failed' && finding.pages.includes(new URL(path, hostile.url).href),
    );

  test('finishes within the time budget of both sites', () => {
    expect(elapsed).toBeLessThan(2 * BUDGET_MS);
    expect(site.durationMs).toBeLessThan(BUDGET_MS + 2 * PAGE_TIMEOUT_MS + 30_000);
  });

  test('records a redirect loop as a failed page, with the reason', () => {
    expect(page('/loop-a')?.error).toMatchObject({ code: 'ERR_TOO_MANY_REDIRECTS', cause: 'site' });
    expect(failedWith('/loop-a')).toBeDefined();
  });

  test("gives up on a page that never finishes and on an endless script, as the tool's own trouble, not the site's", () => {
    for (const path of ['/never', '/spin']) {
      expect(page(path)?.kind, path).toBe('error');
      expect(page(path)?.error?.code, path).toMatch(/TIMEOUT|PAGE_DEADLINE/);
      expect(page(path)?.error?.cause, path).toBe('tool');
      expect(failedWith(path), path).toBeUndefined();
      const toolError = site.findings.find(
        (finding) => finding.ruleId === 'tool/page-error' && finding.pages.includes(new URL(path, hostile.url).href),
      );
      expect(toolError?.status, path).toBe('tool-error');
    }
    const deducted = site.score.categories.flatMap((category) => category.deductions.map((item) => item.ruleId));
    expect(deducted).not.toContain('tool/page-error');
  });

  test('survives a 20 MB page', () => {
    expect(page('/huge')).toBeDefined();
  });

  test('does not fall into the calendar trap: look-alike URLs are sampled', () => {
    const calendar = site.pages.filter((candidate) => candidate.url.includes('/calendar'));
    expect(calendar.length).toBeGreaterThan(1);
    expect(calendar.length).toBeLessThanOrEqual(5);
  });

  test('is not stopped by alert(), pop-up windows or downloads', () => {
    expect(page('/popups')?.kind).toBe('html');
    expect(page('/popups')?.status).toBe(200);
    expect(site.pages.some((candidate) => candidate.url.includes('/popup-window'))).toBe(false);
    expect(page('/download-me')).toBeUndefined();
  });

  test('audits pages of a server that fails every other request (one retry)', () => {
    for (const path of FLAKY_PATHS) expect(page(path)?.status, path).toBe(200);
  });

  test('reports a page in a legacy encoding', () => {
    const legacy = site.findings.find((finding) => finding.ruleId === 'standards/utf-8');
    expect(legacy?.pages).toContain(new URL('/sjis', hostile.url).href);
  });

  test('audits a site with a self-signed certificate, and fails the certificate and the mixed content', () => {
    expect(tlsSite.pages[0]?.status).toBe(200);
    const rules = tlsSite.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId);
    expect(rules).toContain('security/certificate');
    expect(rules).toContain('security/mixed-content');
    expect(rules).toContain('security/hsts');
    const certificate = tlsSite.findings.find((finding) => finding.ruleId === 'security/certificate');
    expect(certificate?.message).toMatch(/SELF_SIGNED/);
  });
});

describe('--resume after kill -9', () => {
  let planted: FixtureServer;
  beforeAll(async () => {
    planted = await servePlanted();
  });
  afterAll(async () => {
    await planted?.close();
  });

  /** Runs the CLI; `watch` is called every 100 ms with a function that kills the run with SIGKILL. */
  function runCli(args: string[], watch?: (kill: () => void) => void) {
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.resume();
      child.stderr.resume();
      let timer: NodeJS.Timeout | undefined;
      if (watch) timer = setInterval(() => watch(() => child.kill('SIGKILL')), 100);
      child.on('close', (code, signal) => {
        clearInterval(timer);
        done({ code, signal });
      });
    });
  }

  test('keeps every finished page and audits only the rest (then exits 1 on a failed CI threshold, and 0 with its own report as the baseline)', async () => {
    const out = tempDir();
    const journal = join(out, siteFolderName(planted.url), 'results.jsonl');
    const pageLines = () =>
      existsSync(journal)
        ? readFileSync(journal, 'utf8')
            .split('\n')
            .filter((line) => line.startsWith('{"type":"page"'))
        : [];
    const args = [
      planted.url,
      '--out',
      out,
      '--concurrency',
      '1',
      '--no-external-links',
      '--no-screenshots',
      '--today',
      '2026-11-28',
      '-q',
    ];
    const first = await runCli(args, (kill) => {
      if (pageLines().length >= 3) kill();
    });
    expect(first.signal).toBe('SIGKILL');
    const before = pageLines().map((line) => (JSON.parse(line) as { audit: { page: { url: string } } }).audit.page.url);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(existsSync(join(out, siteFolderName(planted.url), 'report.json'))).toBe(false);

    // The resumed run also applies CI thresholds: the planted site has critical failures, so exit code 1.
    const second = await runCli([...args, '--resume', '--ci', '--fail-on', 'critical']);
    expect(second.code).toBe(1);
    const after = pageLines().map((line) => (JSON.parse(line) as { audit: { page: { url: string } } }).audit.page.url);
    // Each page is in the journal once: the resumed run did not audit the finished ones again.
    expect(new Set(after).size).toBe(after.length);
    expect(after.slice(0, before.length)).toEqual(before);
    const report = JSON.parse(
      readFileSync(join(out, siteFolderName(planted.url), 'report.json'), 'utf8'),
    ) as SiteResult;
    expect(report.pages.map((page) => page.url).sort()).toEqual([...after].sort());
    expect(report.findings.some((finding) => finding.ruleId === 'druk/keyboard-trap')).toBe(true);

    // Against that run as the baseline, the same site has no new failure at all: a fresh audit finds exactly
    // what the interrupted and resumed one found.
    const third = await runCli([
      ...args.slice(0, 1),
      ...args.slice(3),
      '--out',
      tempDir(),
      '--ci',
      '--max-failures',
      '0',
      '--baseline',
      out,
    ]);
    expect(third.code).toBe(0);
  });
});
