// Audits one site: robots.txt and sitemap first, then a prioritised crawl (home and essential pages before
// the rest, look-alike URLs sampled), each page audited in the browser, then links, downloads and the
// site-wide checks; findings merged and scored. Every finished page is journalled for --resume.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { downloadFindings, probeDownload, tellingLink, type DownloadLink } from './checks/downloads.ts';
import { freshnessChecks, standardsChecks, transportChecks, type TransportFacts } from './checks/site-checks.ts';
import type { AuditException, AuditOptions } from './config.ts';
import { checkLink, fetchUrl, probeCertificate, probeHttpRedirect } from './crawl/http.ts';
import { ALLOW_ALL, parseRobots, parseSitemap, type Robots } from './crawl/robots.ts';
import { essentialPageName, isSameSite, isWanted, looksLikeDownload, normaliseUrl, patternKey } from './crawl/urls.ts';
import {
  auditPage,
  hadToolTrouble,
  markFailed,
  newPageAudit,
  openTab,
  type AuditTab,
  type PageAudit,
} from './page/audit-page.ts';
import type { ScreenshotBudget } from './page/crops.ts';
import { Journal, type JournalEntry } from './results/journal.ts';
import { siteFolderName } from './results/site-folder.ts';
import { mergeFindings, RuleBook } from './results/merge.ts';
import { loadRubric, scoreSite } from './results/scoring.ts';
import type { RawFinding } from './rules/raw.ts';
import { ruleMatches } from './rules/rules.ts';
import {
  REPORT_SCHEMA_VERSION,
  SEVERITIES,
  type AuditEvent,
  type DownloadResult,
  type ExceptionResult,
  type PageResult,
  type SiteInput,
  type SiteResult,
} from './types.ts';
import { VERSION } from './version.ts';

const MAX_SITEMAP_URLS = 5000;
const MAX_LINK_CHECKS = 300;
const MAX_DOWNLOADS = 40;
const SCREENSHOT_LIMIT = 40;

interface QueueItem {
  url: string;
  depth: number;
  /** 0 home, 1 essential pages, 2 the rest. */
  priority: number;
}

export function isLoopback(url: string): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
}

function ruleFilter(disabled: string[]) {
  return (ruleId: string) => disabled.some((entry) => ruleMatches(entry, ruleId));
}

/** Each configured exception with what it set aside on the site's pages (none is left out, even unused). */
function exceptionResults(exceptions: AuditException[], pages: PageAudit[]): ExceptionResult[] {
  return exceptions.map((exception, index) => {
    // Journals written before exceptions existed have no setAside.
    const hits = pages.map((audit) => ({
      url: audit.page.url,
      count: (audit.setAside ?? []).filter((item) => item.exception === index).length,
    }));
    return {
      ...exception,
      occurrences: hits.reduce((total, hit) => total + hit.count, 0),
      pageUrls: hits.filter((hit) => hit.count > 0).map((hit) => hit.url),
    };
  });
}

async function loadRobots(origin: string, timeoutMs: number): Promise<Robots> {
  try {
    const response = await fetchUrl(new URL('/robots.txt', origin).href, { timeoutMs, maxBytes: 512 * 1024 });
    return response.status < 400 ? parseRobots(response.body.toString('utf8')) : ALLOW_ALL;
  } catch {
    return ALLOW_ALL;
  }
}

async function loadSitemap(
  origin: string,
  robots: Robots,
  timeoutMs: number,
): Promise<{ found: string | null; urls: string[] }> {
  const pending = robots.sitemaps.length ? [...robots.sitemaps] : [new URL('/sitemap.xml', origin).href];
  const urls: string[] = [];
  let found: string | null = null;
  for (let fetched = 0; pending.length && fetched < 10 && urls.length < MAX_SITEMAP_URLS; fetched += 1) {
    const sitemapUrl = pending.shift()!;
    try {
      const response = await fetchUrl(sitemapUrl, { timeoutMs, maxBytes: 20 * 1024 * 1024 });
      if (response.status >= 400 || !/<(urlset|sitemapindex)[\s>]/i.test(response.body.toString('utf8', 0, 4096)))
        continue;
      found ??= sitemapUrl;
      const parsed = parseSitemap(response.body.toString('utf8'));
      urls.push(...parsed.urls);
      pending.push(...parsed.nested);
    } catch {
      // No sitemap: the crawl follows links instead.
    }
  }
  return { found, urls: urls.slice(0, MAX_SITEMAP_URLS) };
}

export interface SiteAuditHooks {
  browser: Browser;
  onEvent?: (event: AuditEvent) => void;
  /** ISO date for freshness checks (defaults to options.today, else today). */
  today?: string;
}

export async function crawlAndAuditSite(
  site: SiteInput,
  options: AuditOptions,
  hooks: SiteAuditHooks,
): Promise<SiteResult> {
  const started = Date.now();
  const home = normaliseUrl(site.url, undefined, options)!;
  const origin = new URL(home).origin;
  const name = site.name ?? new URL(home).hostname;
  const today = hooks.today ?? options.today ?? new Date().toISOString().slice(0, 10);
  const deadline = started + options.siteBudgetMs;
  const localPreview = isLoopback(home) && home.startsWith('http:');
  const isDisabled = ruleFilter(options.disableRules);
  const include = options.include.map((pattern) => new RegExp(pattern));
  const exclude = options.exclude.map((pattern) => new RegExp(pattern));
  const samplePatterns = options.samplePatterns.map((pattern) => new RegExp(pattern));
  const rules = new RuleBook();
  const reuseJournal = options.resume || options.retryFailed;
  const journal = new Journal(join(options.outputDir, siteFolderName(home), 'results.jsonl'), reuseJournal);
  hooks.onEvent?.({ type: 'site-start', site: home });

  const robots = options.ignoreRobots ? ALLOW_ALL : await loadRobots(origin, 10_000);
  const sitemap = await loadSitemap(origin, robots, 15_000);

  const audits = new Map<string, PageAudit>();
  const seen = new Set<string>();
  const patternCounts = new Map<string, number>();
  const queue: QueueItem[] = [];
  const downloads = new Map<string, DownloadLink>();
  const rawFindings: RawFinding[] = [];
  const downloadResults = new Map<string, DownloadResult>();

  const enqueue = (href: string, depth: number, linkText = '', fromPage = home, lang = '') => {
    // --retry-failed audits again only the pages it took out of the journal.
    if (options.retryFailed) return;
    const url = normaliseUrl(href, undefined, options);
    if (!url || !isSameSite(url, origin) || seen.has(url)) return;
    if (looksLikeDownload(url)) {
      const link = { url, text: linkText, lang, pageUrl: fromPage };
      const known = downloads.get(url);
      if (known) downloads.set(url, tellingLink(known, link));
      else if (downloads.size < MAX_DOWNLOADS) downloads.set(url, link);
      return;
    }
    if (url !== home && (!isWanted(url, include, exclude) || !robots.isAllowed(url) || depth > options.maxDepth))
      return;
    const essential = essentialPageName(url, linkText) !== undefined;
    // Sampled by the configured pattern it matches, else by its look-alike key.
    const configured = samplePatterns.find((pattern) => pattern.test(new URL(url).pathname));
    const key = configured ? configured.source : patternKey(url);
    const sampled = configured !== undefined || key.includes('*');
    if (sampled && !essential) {
      const count = patternCounts.get(key) ?? 0;
      if (count >= options.samplePerPattern) return;
      patternCounts.set(key, count + 1);
    }
    seen.add(url);
    queue.push({ url, depth, priority: url === home ? 0 : essential ? 1 : 2 });
  };

  const record = (audit: PageAudit) => {
    audits.set(audit.page.url, audit);
    rules.learn(audit.rules);
    rawFindings.push(...audit.findings);
    for (const link of audit.links) enqueue(link.href, audit.page.depth + 1, link.text, audit.page.url, link.lang);
  };

  // Resume: replay the journal, then crawl only what is left. All journalled pages are marked seen before
  // any of their links is queued, so no finished page is queued again.
  let journalled = reuseJournal ? journal.read() : [];
  // --retry-failed: the pages that had tool errors leave the journal and are queued again; the rest is replayed.
  const retried = options.retryFailed
    ? journalled.filter((entry) => entry.type === 'page' && hadToolTrouble(entry.audit))
    : [];
  if (retried.length) {
    journalled = journalled.filter((entry) => !retried.includes(entry));
    journal.rewrite(journalled);
  }
  for (const entry of journalled) {
    if (entry.type === 'page') seen.add(entry.audit.page.url);
    else downloadResults.set(entry.url, downloadResult(entry));
  }
  for (const entry of journalled) {
    if (entry.type === 'page') record(entry.audit);
    else rawFindings.push(...entry.findings);
  }
  if (!audits.has(home)) {
    seen.delete(home);
    enqueue(home, 0);
  }
  for (const entry of retried) {
    if (entry.type !== 'page' || seen.has(entry.audit.page.url)) continue;
    const { url, depth } = entry.audit.page;
    seen.add(url);
    queue.push({ url, depth, priority: url === home ? 0 : 1 });
  }
  for (const url of sitemap.urls) enqueue(url, 1);
  // Items restored from the journal are in `seen` already; enqueue() skipped them.

  const screenshots: ScreenshotBudget | null = options.screenshots
    ? { remaining: SCREENSHOT_LIMIT, taken: new Set() }
    : null;
  const pageDeadlineMs = options.pageTimeoutMs * 2 + 20_000;
  const takeNext = () => {
    queue.sort((a, b) => a.priority - b.priority || a.depth - b.depth);
    return queue.shift();
  };

  let inFlight = 0;
  const worker = async () => {
    let tab: AuditTab | undefined;
    try {
      await crawl();
    } finally {
      await tab?.context.close().catch(() => {});
    }
    async function crawl() {
      for (;;) {
        if (audits.size + inFlight >= options.maxPages || Date.now() >= deadline) return;
        const item = takeNext();
        if (!item) {
          // Another worker's page may still add links; stop only when nothing is in flight.
          if (inFlight === 0) return;
          await new Promise((done) => setTimeout(done, 50));
          continue;
        }
        inFlight += 1;
        tab ??= await openTab(hooks.browser);
        const audit = await auditWithDeadline(tab, item, pageDeadlineMs, {
          url: item.url,
          depth: item.depth,
          timeoutMs: Math.min(options.pageTimeoutMs, Math.max(1000, deadline - Date.now())),
          context: { url: item.url, today, localPreview },
          screenshots,
          isDisabled,
          exceptions: options.exceptions,
        });
        inFlight -= 1;
        // A tab whose page failed may be stuck (an endless script, a crashed renderer), and one whose page
        // went elsewhere by itself may still be navigating: start afresh.
        if (audit.page.kind === 'error' || tab.wandered) {
          await tab.context.close().catch(() => {});
          tab = undefined;
        }
        if (audit.isDownload) {
          if (!downloads.has(item.url)) downloads.set(item.url, { url: item.url, text: '', lang: '', pageUrl: home });
          // A file the browser downloads is only a download; a document it shows (SVG, XML) is a page too.
          if (audit.page.kind !== 'download') continue;
        }
        record(audit);
        journal.append({ type: 'page', audit });
        hooks.onEvent?.({ type: 'page-done', site: home, page: audit.page, queued: queue.length, done: audits.size });
      }
    }
  };

  await Promise.all(Array.from({ length: options.concurrency }, () => worker()));
  const truncated = queue.length > 0;

  const pages = [...audits.values()];
  const homeAudit = audits.get(home) ?? pages[0];

  // Downloads.
  const timeRemaining = () => Math.max(1000, deadline - Date.now());
  await eachLimited(
    [...downloads.values()].filter((link) => !downloadResults.has(link.url)),
    4,
    async (link) => {
      if (Date.now() >= deadline) return;
      let entry: Extract<JournalEntry, { type: 'download' }>;
      try {
        const info = await probeDownload(link.url, Math.min(30_000, timeRemaining()));
        entry = {
          type: 'download',
          url: link.url,
          pageUrl: link.pageUrl,
          info,
          findings: downloadFindings(link, info).filter((f) => !isDisabled(f.ruleId)),
        };
      } catch (error) {
        const finding: RawFinding = {
          ruleId: 'reliability/broken-link',
          status: 'fail',
          engines: ['druk'],
          pageUrl: link.pageUrl,
          message: `${link.url}: ${(error as Error).message}`,
          groupKey: link.url,
          evidence: { target: link.url },
        };
        entry = {
          type: 'download',
          url: link.url,
          pageUrl: link.pageUrl,
          info: null,
          error: (error as Error).message,
          findings: [finding],
        };
      }
      rawFindings.push(...entry.findings);
      downloadResults.set(entry.url, downloadResult(entry));
      journal.append(entry);
    },
  );

  // Links: each unique target once, reported on the pages that link to it.
  const linkSources = new Map<string, Set<string>>();
  for (const audit of pages) {
    for (const link of audit.links) {
      const target = normaliseUrl(link.href, undefined, options);
      if (!target || looksLikeDownload(target)) continue;
      if (!linkSources.has(target)) linkSources.set(target, new Set());
      linkSources.get(target)!.add(audit.page.url);
    }
  }
  const linkResults: { target: string; status: 'fail' | 'needs-review'; message: string }[] = [];
  const unchecked: string[] = [];
  for (const target of linkSources.keys()) {
    const crawled = audits.get(target);
    if (crawled) {
      if (crawled.page.status !== null && crawled.page.status >= 400) {
        linkResults.push({ target, status: 'fail', message: `${target} answers HTTP ${crawled.page.status}` });
      }
    } else if (isSameSite(target, origin) || options.checkExternalLinks) unchecked.push(target);
  }
  if (!isDisabled('reliability/broken-link')) {
    await eachLimited(unchecked.slice(0, MAX_LINK_CHECKS), 8, async (target) => {
      if (Date.now() >= deadline) return;
      const external = !isSameSite(target, origin);
      const verdict = await checkLink(target, { external, timeoutMs: Math.min(10_000, timeRemaining()) });
      if (!verdict.ok) {
        linkResults.push({
          target,
          status: verdict.review ? 'needs-review' : 'fail',
          message: `${target}: ${verdict.reason}${verdict.review ? ' (could be a bot wall or rate limit; check by hand)' : ''}`,
        });
      }
    });
  }
  for (const result of linkResults) {
    for (const source of linkSources.get(result.target) ?? []) {
      rawFindings.push({
        ruleId: 'reliability/broken-link',
        status: result.status,
        engines: ['druk'],
        pageUrl: source,
        message: result.message,
        groupKey: result.target,
        evidence: { target: result.target },
      });
    }
  }

  // Site-wide checks.
  const transport: TransportFacts = {
    homeUrl: home,
    https: home.startsWith('https:'),
    localPreview,
    homeHeaders: homeAudit?.headers ?? {},
    cookies: [...new Map(pages.flatMap((audit) => audit.cookies).map((cookie) => [cookie.name, cookie])).values()],
    sitemapXml: sitemap.found,
  };
  if (transport.https) {
    transport.certificate = await probeCertificate(home);
    // Port 80 of a loopback address is not the site's: local previews are not probed.
    if (!isLoopback(home)) {
      transport.httpRedirect = await probeHttpRedirect(home);
    }
  }
  const signals = pages.map((audit) => audit.signals).filter((signal) => signal !== null);
  const siteFindings = [
    ...(signals.length ? standardsChecks(home, signals, transport) : []),
    ...(signals.length ? freshnessChecks(home, signals, { today, staleAfterDays: options.staleAfterDays }) : []),
    ...(homeAudit && homeAudit.page.kind === 'html' ? transportChecks(transport) : []),
  ].filter((finding) => !isDisabled(finding.ruleId));
  rawFindings.push(...siteFindings);

  const exceptions = exceptionResults(options.exceptions, pages);
  const merged = mergeFindings(rawFindings, rules);
  const findings = merged.filter((finding) => finding.status !== 'pass');
  const passes = merged.filter((finding) => finding.status === 'pass');
  const rubric = await loadRubric(options.rubric);
  const pageResults: PageResult[] = pages.map((audit) => audit.page);
  const failures = findings.filter((finding) => finding.status === 'fail');
  const toolErrors = findings.filter((finding) => finding.status === 'tool-error');
  const reviews = findings.filter((finding) => finding.status === 'needs-review');
  // Unreachable only on the site's evidence: not when the tool lost the pages, nor for a non-HTML document.
  const unreachable =
    signals.length === 0 && !pages.some((audit) => hadToolTrouble(audit) || audit.page.kind === 'download');
  const result: SiteResult = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    site: { ...site, url: home, name, origin },
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
    tool: { name: 'druk-audit', version: VERSION },
    truncated,
    pages: pageResults,
    downloads: [...downloadResults.values()],
    findings,
    passes,
    ...(exceptions.length ? { exceptions } : {}),
    ...(unreachable ? { unreachable } : {}),
    score: scoreSite(findings, rubric, unreachable),
    rules: [...new Set(merged.map((finding) => finding.ruleId))].sort().map((id) => rules.get(id)!),
    summary: {
      pagesAudited: pageResults.length,
      pagesFailed: pageResults.filter((page) => page.error?.cause === 'site' || (page.status ?? 0) >= 400).length,
      failures: failures.length,
      needsReview: reviews.length,
      toolErrors: toolErrors.length,
      bySeverity: Object.fromEntries(
        SEVERITIES.map((severity) => [severity, failures.filter((f) => f.severity === severity).length]),
      ) as SiteResult['summary']['bySeverity'],
    },
  };
  hooks.onEvent?.({ type: 'site-done', site: home, result });
  return result;
}

/** Audits a page in `tab`, and fails it when the audit has not finished after `deadlineMs`. */
export async function auditWithDeadline(
  tab: AuditTab,
  item: Pick<QueueItem, 'url' | 'depth'>,
  deadlineMs: number,
  input: Parameters<typeof auditPage>[1],
): Promise<PageAudit> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<PageAudit>((resolve) => {
    timer = setTimeout(() => {
      // A page stuck in an endless script does not answer; closing its context ends it.
      void tab.context.close().catch(() => {});
      const audit = newPageAudit(item.url, item.depth, new Date(Date.now() - deadlineMs));
      audit.page.durationMs = deadlineMs;
      resolve(
        markFailed(
          audit,
          'PAGE_DEADLINE',
          `The page did not finish loading and auditing within ${Math.round(deadlineMs / 1000)} s`,
        ),
      );
    }, deadlineMs);
  });
  try {
    return await Promise.race([auditPage(tab, input), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function downloadResult(entry: Extract<JournalEntry, { type: 'download' }>): DownloadResult {
  return { url: entry.url, pageUrl: entry.pageUrl, info: entry.info, ...(entry.error ? { error: entry.error } : {}) };
}

async function eachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await run(item as T);
    }
  });
  await Promise.all(lanes);
}
