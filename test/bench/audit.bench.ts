// druk-audit against pa11y-ci (both runners, axe and HTML_CodeSniffer) on the same local 200-page site:
// pages per minute for each tool, their ratio, and the peak memory of each tool's process tree (the
// Node process and its browser). druk-audit runs all its checks, at its default concurrency; pa11y-ci only
// its two engines, once at that concurrency and once at 4 (the concurrency it was first measured at).
// The machine may be shared: each tool runs twice, interleaved (druk-audit, pa11y-ci, pa11y-ci,
// druk-audit) so a change of load hits both alike, and throughput is each tool's better run. Those runs
// are timed without watching memory: reading /proc/<pid>/smaps_rollup of every process four times a
// second costs the kernel time on the same two cores (it slowed a druk-audit run by 15%). Peak memory
// comes from one more run of each tool, at its faster setting, sampled every 250 ms.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOptions } from '../../packages/audit/src/config.ts';
import { CHROMIUM_ARGS, requireChromium } from '../../packages/chromium/src/index.js';
import { REPO_ROOT } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';
import type { BenchRow } from './types.ts';

// DRUK_BENCH_PAGES makes a quicker, smaller run while working.
const PAGES = Number(process.env.DRUK_BENCH_PAGES ?? 200);
const CONCURRENCY = parseOptions({}).concurrency;
/** pa11y-ci's concurrency when this benchmark was first measured; it also runs at druk-audit's. */
const PA11Y_FIRST_CONCURRENCY = 4;

/** A government-style site: header with navigation and search, content, a form, footer; linked in a chain. */
function writeSite(root: string): string[] {
  const paths: string[] = [];
  for (let index = 0; index < PAGES; index += 1) {
    const path = index === 0 ? '/' : `/section-${index % 10}/page-${index}/`;
    paths.push(path);
  }
  paths.forEach((path, index) => {
    const next = paths[(index + 1) % PAGES];
    const related = paths.filter((_, other) => other % 37 === index % 37).slice(0, 5);
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page ${index} · Benchmark Dzongkhag</title>
<style>body{font-family:sans-serif;margin:0}header,footer{background:#123;color:#fff;padding:1rem}header a,footer a{color:#fff}main{padding:1rem;max-width:60rem}a:focus-visible{outline:3px solid #fb0}</style></head>
<body><a href="#main">Skip to main content</a>
<header><p>Benchmark Dzongkhag Administration, Royal Government of Bhutan</p>
<nav aria-label="Main"><ul>${['about', 'services', 'news', 'contact'].map((name) => `<li><a href="/section-1/page-1/">${name}</a></li>`).join('')}</ul></nav>
<form role="search" action="/"><label>Search <input type="search" name="q"></label><button>Search</button></form></header>
<main id="main" tabindex="-1"><h1>Page ${index}</h1>
${Array.from({ length: 6 }, (_, p) => `<p>Paragraph ${p} of page ${index}: services for citizens, fees, documents and processing times of the dzongkhag administration.</p>`).join('\n')}
<ul>${related.map((link) => `<li><a href="${link}">Related ${link}</a></li>`).join('')}</ul>
<p><a href="${next}">Next page</a></p>
<form action="/" method="post"><label>Your message <textarea name="message"></textarea></label><button>Send</button></form>
</main>
<footer><p>Contact: +975 2 123456, info@benchmark.gov.bt. Last updated: 20 November 2026</p></footer>
</body></html>`;
    const dir = join(root, path);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
  });
  return paths;
}

/**
 * Memory (bytes) of a process and all its descendants, from /proc: proportional set size, so pages
 * that Chromium's processes share are counted once, not once per process.
 */
function treeMemory(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length) {
    const current = pending.pop()!;
    try {
      const rollup = readFileSync(`/proc/${current}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) pending.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Runs a command; resolves with wall time and, when `sampleMemory`, its tree's peak memory (else 0). */
function measure(
  command: string,
  args: string[],
  sampleMemory: boolean,
): Promise<{ ms: number; peakBytes: number; code: number | null; output: string }> {
  return new Promise((done, failed) => {
    const started = Date.now();
    const child = spawn(command, args, { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    let peakBytes = 0;
    const sampler = sampleMemory
      ? setInterval(() => {
          if (child.pid) peakBytes = Math.max(peakBytes, treeMemory(child.pid));
        }, 250)
      : undefined;
    child.on('error', failed);
    child.on('close', (code) => {
      clearInterval(sampler);
      done({ ms: Date.now() - started, peakBytes, code, output });
    });
  });
}

export default async function bench(): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'druk-audit-bench-'));
  const site = join(root, 'site');
  const paths = writeSite(site);
  const server = await serveStatic(site);
  try {
    const urls = paths.map((path) => new URL(path, server.url).href);

    const drukRun = async (sampleMemory = false) => {
      const out = join(root, 'druk');
      rmSync(out, { recursive: true, force: true });
      const run = await measure(
        process.execPath,
        [
          join(REPO_ROOT, 'packages/audit/src/cli.ts'),
          server.url,
          '--max-pages',
          String(PAGES),
          '--sample',
          String(PAGES),
          '--depth',
          String(PAGES),
          '--out',
          out,
          '--no-external-links',
          '--quiet',
        ],
        sampleMemory,
      );
      const report = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
        sites: { summary: { pagesAudited: number } }[];
      };
      return { ...run, pages: report.sites[0]?.summary.pagesAudited ?? 0 };
    };

    const pa11yRun = async (concurrency: number, sampleMemory = false) => {
      const configFile = join(root, `pa11yci-${concurrency}.json`);
      writeFileSync(
        configFile,
        JSON.stringify({
          defaults: {
            standard: 'WCAG2AA',
            runners: ['axe', 'htmlcs'],
            timeout: 60_000,
            concurrency,
            chromeLaunchConfig: { executablePath: requireChromium(), args: [...CHROMIUM_ARGS] },
          },
          // As objects, not strings: pa11y-ci 4 runs string URLs on one shared options object, so with
          // concurrency above 1 one URL's task closes another's browser context and most pages fail
          // ("Target.closeTarget: No target with given id"), which would count failures as pages.
          urls: urls.map((url) => ({ url })),
        }),
      );
      const run = await measure(
        join(REPO_ROOT, 'node_modules/.bin/pa11y-ci'),
        ['--config', configFile, '--json'],
        sampleMemory,
      );
      const report = JSON.parse(run.output.slice(run.output.indexOf('{'))) as {
        results: Record<string, { code?: string }[]>;
      };
      // A page pa11y could not test is listed with the error alone (no issue code): not an audited page.
      const audited = Object.values(report.results).filter((issues) => issues.every((issue) => issue.code)).length;
      return { ...run, pages: audited, concurrency };
    };

    const drukRuns = [await drukRun()];
    const pa11yRuns = [await pa11yRun(CONCURRENCY), await pa11yRun(PA11Y_FIRST_CONCURRENCY)];
    drukRuns.push(await drukRun());
    const fastest = <Run extends { pages: number; ms: number }>(runs: Run[]): Run =>
      runs.reduce((a, b) => (b.pages / b.ms > a.pages / a.ms ? b : a));
    const druk = { ...fastest(drukRuns), peakBytes: (await drukRun(true)).peakBytes };
    const pa11yBest = fastest(pa11yRuns);
    const pa11y = { ...pa11yBest, peakBytes: (await pa11yRun(pa11yBest.concurrency, true)).peakBytes };

    const perMinute = (pages: number, ms: number) => Math.round((pages / ms) * 60_000 * 10) / 10;
    const drukRate = perMinute(druk.pages, druk.ms);
    const pa11yRate = perMinute(pa11y.pages, pa11y.ms);
    const mb = (bytes: number) => Math.round(bytes / 1048576);
    return [
      { name: 'site pages', value: PAGES, unit: 'pages' },
      { name: 'druk-audit concurrency (its default)', value: CONCURRENCY, unit: 'pages at once' },
      { name: 'pa11y-ci concurrency (of its better run)', value: pa11y.concurrency, unit: 'pages at once' },
      { name: 'timed runs per tool (best throughput)', value: drukRuns.length, unit: 'runs' },
      { name: 'druk-audit pages audited', value: druk.pages, unit: 'pages' },
      { name: 'druk-audit wall time', value: Math.round(druk.ms / 100) / 10, unit: 's' },
      { name: 'druk-audit throughput', value: drukRate, unit: 'pages/min' },
      { name: 'druk-audit peak memory (tree)', value: mb(druk.peakBytes), unit: 'MB' },
      { name: 'pa11y-ci pages audited', value: pa11y.pages, unit: 'pages' },
      { name: 'pa11y-ci wall time', value: Math.round(pa11y.ms / 100) / 10, unit: 's' },
      { name: 'pa11y-ci throughput', value: pa11yRate, unit: 'pages/min' },
      { name: 'pa11y-ci peak memory (tree)', value: mb(pa11y.peakBytes), unit: 'MB' },
      {
        name: 'throughput ratio druk-audit / pa11y-ci',
        value: Math.round((drukRate / pa11yRate) * 100) / 100,
        unit: 'x',
      },
    ];
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
