// druk-audit against pa11y-ci (both runners, axe and HTML_CodeSniffer) on the same local 200-page site:
// pages per minute for each tool, their ratio, the CPU time each spends per page, the peak memory of each
// tool's process tree (the Node process and its browser), what the benchmark's own set-up costs, and what
// each of druk-audit's checks costs per page. druk-audit runs all its checks, at its default concurrency;
// pa11y-ci only its two engines, at that concurrency and at 4 (the concurrency it was first measured at;
// after the first round only at its faster one).
// The machine may be shared (ADR 0027), so the figures are made robust to its load: the two tools run in
// rounds, interleaved and in alternating order (druk-audit then pa11y-ci, then pa11y-ci then druk-audit),
// so a change of load hits both alike; throughput is each tool's median over the rounds, and the ratio is
// also given as the median of each round's own ratio. CPU time (user + system of the tool and every process
// it started, counted by the kernel for the whole tree) does not grow with other people's load the way wall time does.
// The timed runs do not watch memory: reading /proc/<pid>/smaps_rollup of every process four times a second
// costs the kernel time on the same two cores (it slowed a druk-audit run by 15%). Peak memory comes from
// one more run of each tool, at its faster setting, sampled every 250 ms.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchAuditBrowser } from '../../packages/audit/src/browser.ts';
import { parseOptions } from '../../packages/audit/src/config.ts';
import type { SiteResult } from '../../packages/audit/src/types.ts';
import { CHROMIUM_ARGS, requireChromium } from '../../packages/chromium/src/index.js';
import { REPO_ROOT } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';
import type { BenchRow } from './types.ts';

// DRUK_BENCH_PAGES makes a quicker, smaller run while working; DRUK_BENCH_ROUNDS sets the rounds (each
// runs both tools); DRUK_BENCH_MEMORY=0 leaves out the two memory runs.
const PAGES = Number(process.env.DRUK_BENCH_PAGES ?? 200);
const ROUNDS = Math.max(1, Number(process.env.DRUK_BENCH_ROUNDS ?? 3));
const MEASURE_MEMORY = process.env.DRUK_BENCH_MEMORY !== '0';
const CONCURRENCY = parseOptions({}).concurrency;
/** pa11y-ci's concurrency when this benchmark was first measured; it also runs at druk-audit's. */
const PA11Y_FIRST_CONCURRENCY = 4;

/** A government-style site: header with navigation and search, content, a form, footer; linked in a chain. */
export function writeSite(root: string, pages = PAGES): string[] {
  const paths: string[] = [];
  for (let index = 0; index < pages; index += 1) {
    const path = index === 0 ? '/' : `/section-${index % 10}/page-${index}/`;
    paths.push(path);
  }
  paths.forEach((path, index) => {
    const next = paths[(index + 1) % pages];
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
 * The site's sitemap.xml, as government sites publish one (the standards check asks for it). pa11y-ci is
 * given every URL; druk-audit reads them from here. Without it druk-audit finds the pages only through the
 * chain of links, one page at a time: at 60 pages its three workers had 1.7 pages in flight on average
 * instead of 2.8, and the benchmark measured the site's shape, not the tool (ADR 0027).
 */
function writeSitemap(root: string, paths: string[], origin: string): void {
  const urls = paths.map((path) => `<url><loc>${new URL(path, origin).href}</loc></url>`).join('\n');
  writeFileSync(
    join(root, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
  );
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

interface Measured {
  ms: number;
  /** User and system CPU time of the command and of every process it started and waited for. */
  cpuMs: number;
  peakBytes: number;
  code: number | null;
  output: string;
}

/**
 * Runs the command under a child subreaper and returns the CPU time of every process of its tree. Counting
 * only the children a shell waits for (the kernel's cutime) missed more than half of it: Chromium's
 * renderers are children of its zygote, and when the browser closes they are orphaned and reaped by init, so
 * their CPU time never reaches the tool's parent (20 pages of druk-audit: 7.2 s counted that way, 16.1 s
 * with the subreaper; ADR 0027). Orphans of a subreaper come to it instead, so waiting for them all and
 * reading its children's resource usage counts the whole tree, exactly and without sampling. Linux only; a
 * few lines of Python, because Node cannot make itself a subreaper.
 */
const SUBREAPER = `
import ctypes, os, resource, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
tool = os.fork()
if tool == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
code = 1
while True:
    try:
        pid, status = os.wait()
    except ChildProcessError:
        break
    if pid == tool:
        code = os.waitstatus_to_exitcode(status)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out:
    out.write(str((usage.ru_utime + usage.ru_stime) * 1000))
sys.exit(code)
`;

/**
 * Resolves with wall and CPU time of the command and its whole process tree and, when `sampleMemory`, the
 * tree's peak memory (else 0).
 */
function measure(command: string, args: string[], sampleMemory: boolean, cpuFile: string): Promise<Measured> {
  return new Promise((done, failed) => {
    const started = Date.now();
    const child = spawn('python3', ['-c', SUBREAPER, cpuFile, command, ...args], {
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
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
      done({ ms: Date.now() - started, cpuMs: Number(readFileSync(cpuFile, 'utf8')), peakBytes, code, output });
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round1 = (value: number) => Math.round(value * 10) / 10;
const perMinute = (pages: number, ms: number) => round1((pages / ms) * 60_000);
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = Date.now();
  const result = await run();
  return [result, Date.now() - started];
};

export default async function bench(): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'druk-audit-bench-'));
  const site = join(root, 'site');
  const cpuFile = join(root, 'cpu');
  const [paths, siteMs] = await timed(async () => writeSite(site));
  const [server, serverMs] = await timed(() => serveStatic(site));
  writeSitemap(site, paths, server.url);
  const [, browserMs] = await timed(async () => (await launchAuditBrowser([server.url])).close());
  try {
    const urls = paths.map((path) => new URL(path, server.url).href);

    const drukRun = async (sampleMemory = false) => {
      const out = join(root, 'druk');
      rmSync(out, { recursive: true, force: true });
      const spawned = Date.now();
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
        cpuFile,
      );
      const siteFolder = readdirSync(out, { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
      const report = JSON.parse(readFileSync(join(out, siteFolder, 'report.json'), 'utf8')) as SiteResult;
      return {
        ...run,
        pages: report.summary.pagesAudited,
        /** From starting the process to starting the site: Node, druk-audit's modules, the browser. */
        startupMs: Date.parse(report.startedAt) - spawned,
        crawlMs: report.durationMs,
        checkMs: report.pages.map((page) => page.checkMs ?? {}),
      };
    };

    const pa11yRun = async (concurrency: number, sampleMemory = false, only = urls) => {
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
          urls: only.map((url) => ({ url })),
        }),
      );
      const run = await measure(
        join(REPO_ROOT, 'node_modules/.bin/pa11y-ci'),
        ['--config', configFile, '--json'],
        sampleMemory,
        cpuFile,
      );
      const report = JSON.parse(run.output.slice(run.output.indexOf('{'))) as {
        results: Record<string, { code?: string }[]>;
      };
      // A page pa11y could not test is listed with the error alone (no issue code): not an audited page.
      const audited = Object.values(report.results).filter((issues) => issues.every((issue) => issue.code)).length;
      return { ...run, pages: audited, concurrency };
    };
    type DrukRun = Awaited<ReturnType<typeof drukRun>>;
    type Pa11yRun = Awaited<ReturnType<typeof pa11yRun>>;
    const rate = (run: { pages: number; ms: number }) => run.pages / run.ms;

    // pa11y-ci's start-up and one page: what every run of it pays before its throughput shows.
    const pa11yOnePage = await pa11yRun(1, false, urls.slice(0, 1));
    const rounds: { druk: DrukRun; pa11y: Pa11yRun }[] = [];
    let pa11yConcurrency: number | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      const runPa11y = async () => {
        if (pa11yConcurrency !== undefined) return pa11yRun(pa11yConcurrency);
        const tried = [await pa11yRun(CONCURRENCY), await pa11yRun(PA11Y_FIRST_CONCURRENCY)];
        const faster = tried.reduce((a, b) => (rate(b) > rate(a) ? b : a));
        pa11yConcurrency = faster.concurrency;
        return faster;
      };
      if (round % 2 === 0) {
        const druk = await drukRun();
        rounds.push({ druk, pa11y: await runPa11y() });
      } else {
        const pa11y = await runPa11y();
        rounds.push({ pa11y, druk: await drukRun() });
      }
    }
    const drukPeak = MEASURE_MEMORY ? (await drukRun(true)).peakBytes : 0;
    const pa11yPeak = MEASURE_MEMORY ? (await pa11yRun(pa11yConcurrency!, true)).peakBytes : 0;

    const druk = rounds.map((each) => each.druk);
    const pa11y = rounds.map((each) => each.pa11y);
    const drukRate = median(druk.map((run) => perMinute(run.pages, run.ms)));
    const pa11yRate = median(pa11y.map((run) => perMinute(run.pages, run.ms)));
    const cpuPerPage = (runs: { cpuMs: number; pages: number }[]) =>
      Math.round(median(runs.map((run) => run.cpuMs / Math.max(1, run.pages))));
    const drukCpu = cpuPerPage(druk);
    const pa11yCpu = cpuPerPage(pa11y);
    const mb = (bytes: number) => Math.round(bytes / 1048576);
    const ratio = (value: number) => Math.round(value * 100) / 100;

    // Each check's mean wall time per audited page, over every druk-audit run: the checks' own names, so
    // a check added later shows up without changing the benchmark.
    const allPages = druk.flatMap((run) => run.checkMs);
    const checkNames = [...new Set(allPages.flatMap((timing) => Object.keys(timing)))].sort();
    const checkRows: BenchRow[] = checkNames.map((name) => ({
      name: `druk-audit ${name}, mean per page`,
      value: round1(allPages.reduce((total, timing) => total + (timing[name] ?? 0), 0) / Math.max(1, allPages.length)),
      unit: 'ms',
    }));

    return [
      { name: 'site pages', value: PAGES, unit: 'pages' },
      { name: 'rounds (each runs both tools, interleaved)', value: ROUNDS, unit: 'rounds' },
      {
        name: 'machine load average (1 min) at the end',
        value: round1(Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])),
        unit: '',
      },
      { name: 'set-up: writing the site', value: siteMs, unit: 'ms' },
      { name: 'set-up: starting the static server', value: serverMs, unit: 'ms' },
      { name: 'set-up: launching and closing Chromium', value: browserMs, unit: 'ms' },
      { name: 'druk-audit concurrency (its default)', value: CONCURRENCY, unit: 'pages at once' },
      { name: 'druk-audit pages audited (last round)', value: druk.at(-1)!.pages, unit: 'pages' },
      { name: 'druk-audit wall time, median', value: round1(median(druk.map((run) => run.ms)) / 1000), unit: 's' },
      {
        name: 'druk-audit start-up (process start to first site)',
        value: Math.round(median(druk.map((run) => run.startupMs))),
        unit: 'ms',
      },
      { name: 'druk-audit throughput, median', value: round1(drukRate), unit: 'pages/min' },
      {
        name: 'druk-audit throughput inside the crawl, median',
        value: round1(median(druk.map((run) => perMinute(run.pages, run.crawlMs)))),
        unit: 'pages/min',
      },
      { name: 'druk-audit CPU time per page, median', value: drukCpu, unit: 'ms' },
      { name: 'druk-audit peak memory (tree)', value: mb(drukPeak), unit: 'MB' },
      { name: 'pa11y-ci concurrency (its faster)', value: pa11yConcurrency!, unit: 'pages at once' },
      { name: 'pa11y-ci pages audited (last round)', value: pa11y.at(-1)!.pages, unit: 'pages' },
      { name: 'pa11y-ci wall time, median', value: round1(median(pa11y.map((run) => run.ms)) / 1000), unit: 's' },
      { name: 'pa11y-ci start-up and one page', value: pa11yOnePage.ms, unit: 'ms' },
      { name: 'pa11y-ci throughput, median', value: round1(pa11yRate), unit: 'pages/min' },
      { name: 'pa11y-ci CPU time per page, median', value: pa11yCpu, unit: 'ms' },
      { name: 'pa11y-ci peak memory (tree)', value: mb(pa11yPeak), unit: 'MB' },
      {
        name: 'throughput ratio druk-audit / pa11y-ci (of the medians)',
        value: ratio(drukRate / pa11yRate),
        unit: 'x',
      },
      {
        name: 'throughput ratio druk-audit / pa11y-ci (median of the rounds)',
        value: ratio(median(rounds.map((each) => rate(each.druk) / rate(each.pa11y)))),
        unit: 'x',
      },
      { name: 'CPU time per page, pa11y-ci / druk-audit', value: ratio(pa11yCpu / Math.max(1, drukCpu)), unit: 'x' },
      ...checkRows,
    ];
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
