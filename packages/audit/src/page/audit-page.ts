// Loads one URL in a worker's tab and runs every page-level check on the one load: axe-core (in the page
// and its iframes) and HTML_CodeSniffer, the keyboard and layout checks, and the fact-based checks. Never
// throws: what fails is recorded on the page result.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, CDPSession, Frame, Page, Response } from 'playwright-core';
import { keyboardChecks, layoutChecks, callInPage, callInPageAsJson } from '../checks/interaction.ts';
import { HOVER_LIMITS, HOVER_RULE_IDS, hoverChecks } from '../checks/hover.ts';
import { WIDGET_RULES, widgetChecks } from '../checks/widgets.ts';
import { LINK_RULES, linkChecks, MOTION_RULES, motionChecks, movingContentChecks } from '../checks/links-motion.ts';
import {
  contentChecks,
  dzongkhaChecks,
  pageSignals,
  performanceChecks,
  securityChecks,
  type PageCheckContext,
  type PageSignals,
} from '../checks/page-checks.ts';
import { readingAndLanguageChecks } from '../checks/reading.ts';
import {
  RENDERED_STRUCTURE_FORMS_RULES,
  STRUCTURE_RULES,
  renderedStructureAndForms,
  validatedMarkup,
} from '../checks/structure-forms.ts';
import type { CookieFact } from '../checks/site-checks.ts';
import type { AuditException } from '../config.ts';
import { essentialPageName } from '../crawl/urls.ts';
import { AXE_TAGS, engineFindings, type HtmlcsMessage } from '../rules/engines.ts';
import type { RawFinding } from '../rules/raw.ts';
import { textSketch } from '../results/text-sketch.ts';
import { READING_LANGUAGE_RULES } from '../rules/reading-language.ts';
import { OWN_RULES, ruleMatches } from '../rules/rules.ts';
import type { PageResult, RuleMeta } from '../types.ts';
import { handOutCrops, type ScreenshotBudget } from './crops.ts';
import type { LinkFact, NetworkFacts, PageFacts, PageInspection } from './facts.ts';

const require = createRequire(import.meta.url);
let frameScriptSource: string | undefined;
/**
 * axe-core, HTML_CodeSniffer and src/page/inspect.js, evaluated in every frame's new document before its
 * own scripts: the renderer compiles them once and reuses the code instead of receiving and compiling 1 MB
 * of script per page, and axe-core is in every iframe (same- and cross-origin) to check its content.
 */
function frameScript(): string {
  frameScriptSource ??= `(() => {
// The blank document a tab passes through between two pages (auditPage) is never checked: setting the
// engines up there cost the renderer 10-15 ms of CPU per page audited (ADR 0027).
if (window === window.top && location.href === 'about:blank') return;
${[
  require.resolve('axe-core/axe.min.js'),
  require.resolve('html_codesniffer/build/HTMLCS.js'),
  new URL('./markup-rules.js', import.meta.url),
  new URL('./inspect.js', import.meta.url),
  new URL('./widgets.js', import.meta.url),
  new URL('./hover.js', import.meta.url),
  new URL('./links-motion.js', import.meta.url),
  new URL('./reading-language.js', import.meta.url),
  new URL('./structure-forms.js', import.meta.url),
]
  .map((file) => readFileSync(file, 'utf8'))
  .join(';\n')}
})();`;
  return frameScriptSource;
}

const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

export interface PageAuditInput {
  url: string;
  depth: number;
  timeoutMs: number;
  context: PageCheckContext;
  screenshots: ScreenshotBudget | null;
  /** Rule ids (or prefixes ending in "/") not to report. */
  isDisabled: (ruleId: string) => boolean;
  /** The configuration's exceptions; a finding one covers is set aside, not reported. */
  exceptions: AuditException[];
}

/** A finding an exception covered: which exception (its index in the configuration), on what. */
export interface SetAsideFinding {
  exception: number;
  ruleId: string;
  selector?: string;
}

export interface PageAudit {
  page: PageResult;
  findings: RawFinding[];
  /** Metadata of the engine rules seen on this page (own rules are static). */
  rules: RuleMeta[];
  links: LinkFact[];
  signals: PageSignals | null;
  headers: Record<string, string>;
  cookies: CookieFact[];
  /** The response was not HTML: fetch it as a download instead. */
  isDownload: boolean;
  /** Findings the configuration's exceptions set aside on this page. */
  setAside: SetAsideFinding[];
}

const KEYBOARD_RULES = ['druk/focus-visible', 'druk/keyboard-trap', 'druk/skip-link-missing', 'druk/skip-link-broken'];
const LAYOUT_RULES = ['druk/text-spacing', 'druk/reflow', 'druk/zoom-200'];
/** The rules of src/page/markup-rules.js. */
const MARKUP_RULES = [
  'druk/label-in-name',
  'druk/orientation-lock',
  'druk/line-height-locked',
  'druk/header-without-cells',
  'druk/gradient-contrast',
];
/** Rules the fact-based checks decide on every HTML page (the others are site-wide). */
const PAGE_FACT_RULES = [
  ...OWN_RULES.filter((rule) => /^(dzongkha|performance)\//.test(rule.id) && rule.id !== 'dzongkha/pdf-text-layer').map(
    (rule) => rule.id,
  ),
  'freshness/expired-listing',
  'freshness/under-construction',
  'standards/utf-8',
  'security/mixed-content',
  'security/form-over-http',
  'security/trackers',
  'security/outdated-software',
];

function parseSetCookie(header: string): CookieFact {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const lower = attributes.map((attribute) => attribute.toLowerCase());
  const sameSite = lower.find((attribute) => attribute.startsWith('samesite='))?.slice(9) ?? '';
  return {
    name: pair.split('=')[0] ?? '',
    secure: lower.includes('secure'),
    httpOnly: lower.includes('httponly'),
    sameSite: sameSite ? sameSite[0]!.toUpperCase() + sameSite.slice(1) : '',
  };
}

function errorCode(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /net::(ERR_[A-Z_]+)/.exec(message)?.[1] ?? (/Timeout/i.test(message) ? 'TIMEOUT' : 'LOAD_FAILED');
}

/**
 * Load errors that are evidence against the site, as Chromium's network stack names them: the name does not
 * resolve, the server refuses, resets or garbles the connection, TLS fails, redirects loop. Anything else
 * (a timeout of the audit's own, a crashed renderer, an error of druk-audit's) says nothing about the site.
 */
const SITE_EVIDENCE =
  /^ERR_(NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_UNREACHABLE|CONNECTION_(REFUSED|RESET|CLOSED|FAILED)|EMPTY_RESPONSE|INVALID_RESPONSE|INVALID_HTTP_RESPONSE|RESPONSE_HEADERS_.+|TOO_MANY_REDIRECTS|SSL_.+|CERT_.+|BAD_SSL_.+)$/;

export function isSiteEvidence(code: string): boolean {
  return SITE_EVIDENCE.test(code);
}

/** Waits before the second and third tries of a page that answered with a server error. */
const SERVER_ERROR_BACKOFF_MS = [500, 1500];

function messageOf(error: unknown): string {
  return String((error as Error | undefined)?.message ?? error).split('\n')[0]!;
}

/** A finding that one check failed on a page: a tool error, named by the check, costing nothing. */
function checkError(pageUrl: string, check: string, message: string): RawFinding {
  return {
    ruleId: 'tool/check-error',
    status: 'tool-error',
    engines: ['druk'],
    pageUrl,
    message: `${check}: ${message}`,
    groupKey: check,
    evidence: { check },
  };
}

/**
 * Watches the main frame for a page that goes elsewhere by itself (meta refresh, `location = …`) while checks
 * run in it, which replaces the document they read. history.pushState keeps the document and is not counted.
 */
class DocumentWatch {
  /** New documents committed in the main frame so far. */
  documents = 0;
  /** Where the page last asked to go by itself (a script or meta refresh, not the audit's own navigation). */
  destination = '';
  private mainFrameId = '';

  async attach(session: CDPSession): Promise<void> {
    session.on('Page.frameNavigated', ({ frame }) => {
      if (frame.parentId) return;
      this.mainFrameId = frame.id;
      this.documents += 1;
    });
    session.on('Page.frameRequestedNavigation', ({ frameId, url }) => {
      if (frameId === this.mainFrameId) this.destination = url;
    });
    await session.send('Page.enable');
    this.mainFrameId = (await session.send('Page.getFrameTree')).frameTree.frame.id;
  }

  /** Forgets where the previous page asked to go, before the next page is loaded. */
  reset(): void {
    this.destination = '';
  }
}

/** What Playwright says when the document an evaluation ran in went away under it. */
const DOCUMENT_GONE = /Execution context was destroyed|navigat|frame (was|got) detached/i;

/** Counts requests and bytes of the page in a tab through the DevTools protocol; reset before each page. */
class NetworkTracker {
  requests = 0;
  bytes = 0;
  insecure = new Set<string>();
  hosts = new Set<string>();
  private origin = '';
  private host = '';

  attach(session: CDPSession): Promise<unknown> {
    session.on('Network.requestWillBeSent', (event) => {
      this.requests += 1;
      const url = event.request.url;
      if (!/^https?:/.test(url)) return;
      const { hostname } = new URL(url);
      if (hostname !== this.host) this.hosts.add(hostname);
      if (url.startsWith('http:') && this.origin.startsWith('https:')) this.insecure.add(url);
    });
    session.on('Network.loadingFinished', (event) => {
      this.bytes += event.encodedDataLength;
    });
    return session.send('Network.enable');
  }

  reset(pageUrl: string): void {
    this.requests = 0;
    this.bytes = 0;
    this.insecure.clear();
    this.hosts.clear();
    this.origin = new URL(pageUrl).origin;
    this.host = new URL(pageUrl).hostname;
  }
}

/**
 * A browser tab a worker audits page after page in: reusing it saves a context per page and lets the
 * renderer keep the compiled engines. A tab whose page failed or hung is closed and replaced.
 */
export interface AuditTab {
  context: BrowserContext;
  page: Page;
  /** DevTools session of the page: network counts and garbage collection. */
  session: CDPSession;
  network: NetworkTracker;
  documents: DocumentWatch;
  /**
   * The last page went elsewhere by itself: the navigation it started may still cut into the next load in
   * this tab, so the tab is replaced.
   */
  wandered: boolean;
  /** Pages audited since the renderer's last forced garbage collection. */
  pagesSinceCollection: number;
}

/**
 * Documents the tab has left are freed only when V8 collects garbage, which a renderer with a small
 * JavaScript heap rarely does: each tab's renderer grew by several megabytes per page audited. A forced
 * collection every 8 pages held the 200-page benchmark to about 1.1 GB (1.45 GB without); every 4 pages
 * saved little more memory and cost more time.
 */
const PAGES_PER_COLLECTION = 8;

export async function openTab(browser: Browser): Promise<AuditTab> {
  const context = await browser.newContext({
    viewport: DESKTOP_VIEWPORT,
    ignoreHTTPSErrors: true,
    acceptDownloads: false,
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: frameScript() });
  const page = await context.newPage();
  // Pop-ups, dialogs and downloads must not stall the audit.
  context.on('page', (popup) => {
    if (popup !== page) void popup.close().catch(() => {});
  });
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  const session = await context.newCDPSession(page);
  const network = new NetworkTracker();
  await network.attach(session);
  const documents = new DocumentWatch();
  await documents.attach(session);
  return { context, page, session, network, documents, wandered: false, pagesSinceCollection: 0 };
}

/** Iframes whose text is read (a page with dozens of advertising frames is not read to the end). */
const MAX_FRAMES_READ = 10;
/** How long a frame may take to say whether it has axe-core (a renderer busy that long is taken for stuck). */
const FRAME_ANSWER_MS = 15_000;

/**
 * Whether every iframe of the page can answer axe-core: it runs scripts (neither it nor an iframe around it
 * is sandboxed without allow-scripts; DevTools puts axe-core even there, but the page's messages never reach
 * it) and axe-core is in it, asked through DevTools, which waits for a busy renderer. Then axe-core, run from
 * the page, waits for each frame's answer instead of giving up after half a second; otherwise, or when a
 * frame does not answer at all, it keeps its short wait.
 */
async function framesHaveAxe(page: Page): Promise<boolean> {
  const frames = page.frames().slice(1);
  if (!frames.length) return false;
  const runsScripts = async (frame: Frame) => {
    for (let current = frame; current.parentFrame(); current = current.parentFrame()!) {
      const element = await current.frameElement();
      const sandbox = await element.getAttribute('sandbox');
      await element.dispose();
      if (sandbox !== null && !/(^|\s)allow-scripts(\s|$)/i.test(sandbox)) return false;
    }
    return true;
  };
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<boolean[]>((done) => {
    timer = setTimeout(() => done([false]), FRAME_ANSWER_MS);
  });
  const answers = Promise.all(
    frames.map(async (frame) => {
      try {
        return (
          (await runsScripts(frame)) &&
          (await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))
        );
      } catch {
        return false; // detached meanwhile
      }
    }),
  );
  try {
    return (await Promise.race([answers, stuck])).every(Boolean);
  } finally {
    clearTimeout(timer);
  }
}

/** Between the selectors of an iframe and of an element in its document, as inspect.js names axe-core's findings. */
const FRAME_SEPARATOR = ' |> ';

interface FrameReport {
  htmlcs: HtmlcsMessage[];
  unmarkedTibetan: PageFacts['tibetan']['unmarked'];
  axeSelectors: (string | null)[];
}

/**
 * Reads the page's iframes (same- and cross-origin, up to MAX_FRAMES_READ): HTML_CodeSniffer's errors and
 * Dzongkha text not marked lang="dz" are added to the page's, each named by the iframe's selector, " |> ",
 * and its selector in the iframe's document. axe-core, which ran in the frames from the page, named their
 * elements by its own selectors; those are renamed the same way, so both engines' findings on one element
 * merge. A frame without the probes (one that runs no scripts, or navigated meanwhile) is passed over, and
 * an element in a frame inside a frame keeps axe-core's name.
 */
async function inspectFrames(page: Page, engines: PageInspection['engines'], facts: PageFacts): Promise<void> {
  const prefixes = new Map<Frame, string>([[page.mainFrame(), '']]);
  const axeNodes = engines.axe.flatMap((rule) => rule.nodes);
  for (const frame of page.frames().slice(1, MAX_FRAMES_READ + 1)) {
    const parent = frame.parentFrame();
    const parentPrefix = parent ? prefixes.get(parent) : undefined;
    if (parentPrefix === undefined) continue;
    try {
      const iframe = await frame.frameElement();
      const selector = await callInPage<string>(parent!, 'selectorOf', iframe);
      const prefix = `${parentPrefix}${selector}${FRAME_SEPARATOR}`;
      prefixes.set(frame, prefix);
      const inThisFrame = axeNodes.filter(
        (node) => node.selector?.startsWith(prefix) && !node.selector.slice(prefix.length).includes(FRAME_SEPARATOR),
      );
      const report = await callInPage<FrameReport>(
        frame,
        'frameReport',
        inThisFrame.map((node) => node.selector!.slice(prefix.length)),
      );
      inThisFrame.forEach((node, index) => {
        const own = report.axeSelectors[index];
        if (own) node.selector = `${prefix}${own}`;
      });
      const frameUrl = frame.url();
      engines.htmlcs.push(
        ...report.htmlcs.map((message) =>
          message.code === 'engine-error'
            ? { ...message, message: `in the iframe ${frameUrl}: ${message.message ?? ''}` }
            : { ...message, selector: `${prefix}${message.selector ?? ''}`, frameUrl },
        ),
      );
      facts.tibetan.unmarked.push(
        ...report.unmarkedTibetan.map((item) => ({ ...item, selector: `${prefix}${item.selector ?? ''}` })),
      );
    } catch {
      // Its content stays unread; axe-core's frame-tested rule reports a frame it could not check.
    }
  }
}

/**
 * Splits a page's findings into those to report and those an exception covers: one whose rule it names on
 * a page its pattern matches and, when it gives a selector, on an element inside what the selector matches
 * (asked of the page, which still holds the elements). The first exception that covers a finding takes it.
 */
async function applyExceptions(
  page: Page,
  input: PageAuditInput,
  findings: RawFinding[],
): Promise<{ kept: RawFinding[]; setAside: SetAsideFinding[] }> {
  const applicable = input.exceptions
    .map((exception, index) => ({ ...exception, index }))
    .filter((exception) => exception.pages === undefined || new RegExp(exception.pages).test(input.url));
  if (!applicable.length) return { kept: findings, setAside: [] };
  const selectorExceptions = applicable.filter((exception) => exception.selector !== undefined);
  const withSelector = findings.filter((item) => item.selector !== undefined);
  const matched = selectorExceptions.length
    ? await callInPage<number[][]>(
        page,
        'exceptionsMatched',
        withSelector.map((item) => item.selector!),
        selectorExceptions.map((exception) => exception.selector!),
      )
    : [];
  /** For a finding with a selector, the exceptions whose selector holds its element. */
  const holders = new Map(
    withSelector.map((item, position) => [
      item,
      new Set((matched[position] ?? []).map((at) => selectorExceptions[at])),
    ]),
  );
  const kept: RawFinding[] = [];
  const setAside: SetAsideFinding[] = [];
  for (const item of findings) {
    const covering = applicable.find(
      (exception) =>
        ruleMatches(exception.rule, item.ruleId) &&
        (exception.selector === undefined || Boolean(holders.get(item)?.has(exception))),
    );
    if (covering) setAside.push({ exception: covering.index, ruleId: item.ruleId, selector: item.selector });
    else kept.push(item);
  }
  return { kept, setAside };
}

function redirectChain(response: Response): string[] {
  const chain: string[] = [];
  for (let request = response.request().redirectedFrom(); request; request = request.redirectedFrom()) {
    chain.unshift(request.url());
  }
  return chain;
}

/** A page audit with nothing found yet. */
export function newPageAudit(url: string, depth: number, startedAt: Date): PageAudit {
  return {
    page: {
      url,
      finalUrl: url,
      kind: 'html',
      status: null,
      contentType: null,
      depth,
      redirects: [],
      timings: { ttfbMs: null, loadMs: null },
      weightBytes: null,
      requestCount: null,
      rulesRun: [],
      startedAt: startedAt.toISOString(),
      durationMs: 0,
    },
    findings: [],
    rules: [],
    links: [],
    signals: null,
    headers: {},
    cookies: [],
    isDownload: false,
    setAside: [],
  };
}

/**
 * Marks an audit as failed: the page becomes an error. On evidence against the site a reliability/page-failed
 * finding says why; otherwise the trouble is the tool's own, a tool/page-error that costs nothing.
 */
export function markFailed(audit: PageAudit, code: string, message: string): PageAudit {
  const cause = isSiteEvidence(code) ? 'site' : 'tool';
  audit.page.kind = 'error';
  audit.page.error = { code, message, cause };
  audit.findings.push({
    ruleId: cause === 'site' ? 'reliability/page-failed' : 'tool/page-error',
    status: cause === 'site' ? 'fail' : 'tool-error',
    engines: ['druk'],
    pageUrl: audit.page.url,
    message: `${code}: ${message}`,
    groupKey: audit.page.url,
    evidence: { code },
  });
  return audit;
}

/** A page audit met trouble of the tool's own (a page error or a failed check): `--retry-failed` redoes it. */
export function hadToolTrouble(audit: PageAudit): boolean {
  return audit.findings.some((finding) => finding.status === 'tool-error');
}

/** Loads and audits one page in `tab`. Never throws; the caller enforces the overall deadline. */
export async function auditPage(tab: AuditTab, input: PageAuditInput): Promise<PageAudit> {
  const startedAt = new Date();
  const outcome = newPageAudit(input.url, input.depth, startedAt);
  const { page } = outcome;
  try {
    const { page: tabPage, network } = tab;
    tab.pagesSinceCollection += 1;
    if (tab.pagesSinceCollection > PAGES_PER_COLLECTION) {
      tab.pagesSinceCollection = 1;
      await tab.session.send('HeapProfiler.collectGarbage');
    }
    // The previous page's document lives on until the next one commits, and its timers with it: a meta
    // refresh or a script's redirect firing then cuts into this load. A blank document ends them first.
    // That page may itself be on its way elsewhere (to an error page, say), which can cut into the blank one.
    for (let attempt = 0; attempt < 3 && tabPage.url() !== 'about:blank'; attempt += 1) {
      await tabPage.goto('about:blank').catch((error: unknown) => {
        if (!/interrupted by another navigation/i.test(String(error))) throw error;
      });
    }
    network.reset(input.url);
    tab.documents.reset();
    let response: Response | null = null;
    let interrupted = 0;
    for (let attempt = 0; ; attempt += 1) {
      try {
        response = await tabPage.goto(input.url, { waitUntil: 'domcontentloaded', timeout: input.timeoutMs });
      } catch (error) {
        if (/Download is starting/i.test(String(error))) {
          outcome.isDownload = true;
          return outcome;
        }
        // A navigation the previous page started can cut into this load once; when the page itself goes
        // elsewhere before it has loaded, its checks do not apply.
        if (/interrupted by another navigation/i.test(String(error))) {
          interrupted += 1;
          if (interrupted === 1) continue;
          tab.wandered = true;
          const destination = tab.documents.destination || tabPage.url();
          page.notApplicable = [`The page went to ${destination} by itself before it had loaded: not checked`];
          outcome.links.push({ href: destination, rawHref: null, text: '', lang: '', hreflang: '', region: 'main' });
          return outcome;
        }
        throw error;
      }
      // A server error is retried with backoff: a flaky server does not fail a page on one bad answer.
      const backoff = SERVER_ERROR_BACKOFF_MS[attempt];
      if (!response || response.status() < 500 || backoff === undefined) break;
      await new Promise((done) => setTimeout(done, backoff));
    }
    if (!response) throw Object.assign(new Error('No response'), { code: 'NO_RESPONSE' });
    const documentsAtResponse = tab.documents.documents;
    page.status = response.status();
    page.finalUrl = response.url();
    page.redirects = redirectChain(response);
    const headers = await response.allHeaders();
    outcome.headers = headers;
    page.contentType = headers['content-type'] ?? null;
    outcome.cookies = (await response.headersArray())
      .filter((header) => header.name.toLowerCase() === 'set-cookie')
      .flatMap((header) => header.value.split('\n'))
      .map(parseSetCookie);
    if (page.contentType && !/html/i.test(page.contentType)) {
      // A document the browser shows (SVG, XML, plain text) is kept as a page the HTML checks do not apply to,
      // and its file is recorded like any download.
      outcome.isDownload = true;
      page.kind = 'download';
      page.notApplicable = [`Not an HTML document (${page.contentType}): the page checks do not apply`];
      return outcome;
    }
    if (page.status >= 400) {
      page.rulesRun.push('reliability/http-error');
      outcome.findings.push({
        ruleId: 'reliability/http-error',
        status: 'fail',
        engines: ['druk'],
        pageUrl: input.url,
        message: `HTTP ${page.status}`,
        groupKey: input.url,
        evidence: { status: page.status },
      });
      return outcome;
    }

    let loadTimedOut = false;
    await tabPage.waitForLoadState('load', { timeout: Math.min(input.timeoutMs, 15_000) }).catch(() => {
      loadTimedOut = true;
    });
    // A page that moves itself on `load` may have gone before the checks start, on a busy machine: when it
    // asked to go elsewhere and a document came since its response, that document is not the page's own.
    const movedBeforeChecks = tab.documents.destination !== '' && tab.documents.documents > documentsAtResponse;
    const ownDocument = movedBeforeChecks ? documentsAtResponse : tab.documents.documents;
    page.checkMs = { load: Date.now() - startedAt.getTime() };
    await runChecks(tab, input, outcome, { loadTimedOut, ownDocument, response });
    return outcome;
  } catch (error) {
    const code = (error as { code?: string }).code ?? errorCode(error);
    return markFailed(outcome, code, messageOf(error));
  } finally {
    page.durationMs = Date.now() - startedAt.getTime();
  }
}

/**
 * Every check of a loaded HTML page, each on its own: one that throws loses only its own findings, reported as
 * a tool/check-error, and the page's other findings stand. A page that goes to another address by itself
 * while it is checked (meta refresh, `location = …`) keeps what was checked before it left; the checks after
 * that do not apply, and the address it went to is followed like a link.
 */
async function runChecks(
  tab: AuditTab,
  input: PageAuditInput,
  outcome: PageAudit,
  { loadTimedOut, ownDocument, response }: { loadTimedOut: boolean; ownDocument: number; response: Response },
) {
  const { page: tabPage, network, documents } = tab;
  const { page } = outcome;
  const failedChecks = new Set<string>();
  // The error of an evaluation whose document went away can arrive before the news of the new document.
  let documentGone = false;
  const left = () => documentGone || documents.documents !== ownDocument;
  const checkMs = (page.checkMs ??= {});
  const check = async <T>(name: string, fallback: T, run: () => T | Promise<T>): Promise<T> => {
    if (left()) {
      failedChecks.add(name);
      return fallback;
    }
    const started = performance.now();
    try {
      const result = await run();
      // A check that ran while the document was replaced read the new one, or part of each: not kept.
      if (!left()) return result;
    } catch (error) {
      if (DOCUMENT_GONE.test(messageOf(error))) documentGone = true;
      if (!left()) outcome.findings.push(checkError(input.url, name, messageOf(error)));
    } finally {
      checkMs[name] = (checkMs[name] ?? 0) + Math.round(performance.now() - started);
    }
    failedChecks.add(name);
    return fallback;
  };

  const inspection = await check<PageInspection | null>('page inspection', null, async () =>
    callInPageAsJson<PageInspection>(tabPage, 'inspectPage', AXE_TAGS, await framesHaveAxe(tabPage)),
  );
  const engines = inspection?.engines ?? { axe: [], htmlcs: [] };
  const facts = inspection?.facts ?? null;
  for (const failure of inspection?.failures ?? []) {
    failedChecks.add(failure.check);
    outcome.findings.push(checkError(input.url, failure.check, failure.message));
  }
  if (inspection) page.timings = { ttfbMs: inspection.timings.ttfb, loadMs: inspection.timings.load };
  for (const [part, ms] of Object.entries(inspection?.checkMs ?? {})) checkMs[`in page: ${part}`] = ms;
  if (facts) await check('iframes', undefined, () => inspectFrames(tabPage, engines, facts));
  const fromEngines = engineFindings(input.url, engines);
  outcome.rules = fromEngines.rules;

  const factFindings: RawFinding[] = (inspection?.markup ?? []).map(({ ruleId, ...element }) => ({
    ruleId,
    status: 'fail',
    engines: ['druk'],
    pageUrl: input.url,
    ...element,
    message: element.message ?? ruleId,
  }));
  if (facts) {
    const sketch = textSketch(facts.mainText);
    if (sketch) page.textSketch = sketch;
    page.title = facts.title;
    page.lang = facts.lang;
    outcome.links = facts.links;
    const networkFacts: NetworkFacts = {
      requestCount: network.requests,
      bytes: network.bytes,
      insecureRequests: [...new Set([...network.insecure, ...facts.insecureResources])],
      thirdPartyHosts: [...network.hosts],
      ttfbMs: page.timings.ttfbMs,
      loadMs: page.timings.loadMs,
      loadTimedOut,
    };
    page.weightBytes = network.bytes;
    page.requestCount = network.requests;
    const checkContext = { ...input.context, url: input.url };
    for (const [name, run] of [
      ['dzongkha', () => dzongkhaChecks(checkContext, facts)],
      ['content', () => contentChecks(checkContext, facts)],
      ['security', () => securityChecks(checkContext, facts, networkFacts)],
      ['performance', () => performanceChecks(checkContext, facts, networkFacts)],
    ] as const) {
      factFindings.push(...(await check(name, [], run)));
    }
    outcome.signals = await check('site signals', null, () => pageSignals(checkContext, facts, essentialPageName));
  }

  // Before the keyboard and layout checks, which move focus and change the viewport.
  const structure = [
    ...(await check('markup validation', [], () => validatedMarkup(response, input.url))),
    ...(await check('structure and forms', [], () => renderedStructureAndForms(tabPage, input.url))),
  ];
  let hoverChanged = false;
  const interaction = [
    ...(await check('links', [], () => linkChecks(tabPage, tab.session, input.url))),
    ...(await check('motion', [], () => motionChecks(tabPage, input.url))),
    ...(await check('reading and language', [], () => readingAndLanguageChecks(tabPage, input.url))),
    // Watched since `load`; read before the checks that press keys, move focus or resize the page.
    ...(await check('moving content', [], () => movingContentChecks(tabPage, input.url))),
    ...(await check('keyboard', [], () => keyboardChecks(tabPage, tab.session, input.url))),
    ...(await check('layout', [], () => layoutChecks(tabPage, tab.session, input.url))),
    ...(await check('hover', [], async () => {
      const hover = await hoverChecks(tabPage, tab.session, input.url, HOVER_LIMITS, input.screenshots);
      hoverChanged = hover.changed;
      return hover.findings;
    })),
    ...(await check('widgets', [], async () => {
      const widgets = await widgetChecks(
        tabPage,
        tab.session,
        input.url,
        (error) => DOCUMENT_GONE.test(messageOf(error)) || left(),
      );
      // Presses or hovers that changed the page (an open menu, a dialog, a tooltip, a new address) would
      // mislead what reads it next (exceptions, screenshots): it is loaded again, and that document is the
      // page's own.
      if (widgets.changed || hoverChanged || documents.documents !== ownDocument) {
        await tabPage.goto(page.finalUrl, { waitUntil: 'load', timeout: input.timeoutMs });
        documents.reset();
        ownDocument = documents.documents;
        documentGone = false;
      }
      return widgets.findings;
    })),
  ];
  const found = [...fromEngines.findings, ...factFindings, ...structure, ...interaction].filter(
    (item) => !input.isDisabled(item.ruleId),
  );
  const { kept, setAside } = await check('exceptions', { kept: found, setAside: [] as SetAsideFinding[] }, () =>
    applyExceptions(tabPage, input, found),
  );
  await check('screenshots', undefined, () => handOutCrops(tabPage, kept, input.screenshots));
  outcome.findings.push(...kept);
  outcome.setAside = setAside;

  if (left()) {
    tab.wandered = true;
    const destination = documents.destination || tabPage.url();
    page.notApplicable = [
      `The page went to ${destination} by itself while it was audited; not checked: ${[...failedChecks].join(', ')}`,
    ];
    outcome.links.push({ href: destination, rawHref: null, text: '', lang: '', hreflang: '', region: 'main' });
  }
  const checked = (rules: string[], ...checks: string[]) =>
    checks.some((name) => failedChecks.has(name)) ? [] : rules;
  page.rulesRun = [
    ...new Set([
      ...fromEngines.rules.map((rule) => rule.id),
      ...checked(KEYBOARD_RULES, 'keyboard'),
      ...checked(LAYOUT_RULES, 'layout'),
      ...checked(WIDGET_RULES, 'widgets'),
      ...checked(HOVER_RULE_IDS, 'hover'),
      ...checked(LINK_RULES, 'links'),
      ...checked(MOTION_RULES, 'motion', 'moving content'),
      ...checked(
        READING_LANGUAGE_RULES.map((rule) => rule.id),
        'reading and language',
      ),
      ...checked(STRUCTURE_RULES, 'markup validation'),
      ...checked(RENDERED_STRUCTURE_FORMS_RULES, 'structure and forms'),
      ...checked(MARKUP_RULES, 'page inspection', 'markup rules'),
      ...checked(PAGE_FACT_RULES, 'page inspection', 'page facts', 'dzongkha', 'content', 'security', 'performance'),
    ]),
  ].filter((id) => !input.isDisabled(id));
}
