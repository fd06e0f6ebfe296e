// The result types of druk-audit: what a run produces, what the JSON report contains
// and what other tools (the competition store, CI scripts) build on.
// The JSON report is versioned by REPORT_SCHEMA_VERSION (semver): a new optional field is a
// minor change, a renamed or removed field a major one. docs/audit-json-schema.md documents it.

export const REPORT_SCHEMA_VERSION = '1.3.0';

/** The six categories of the national website competition, in the competition's order. */
export const CATEGORY_IDS = [
  'usability-reliability',
  'content-aesthetic',
  'security-privacy',
  'services-information',
  'citizen-participation',
  'additional-features',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** How much a failure hurts a visitor; drives the points a finding costs. */
export const SEVERITIES = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * `fail`: the rule is broken, and it costs points.
 * `needs-review`: a person must look (the engine could not decide); listed apart, never scored.
 * `pass`: recorded only for standards checks, so the evidence of what was found is kept.
 * `tool-error` (schema 1.2): druk-audit itself failed (a check threw, its own deadline passed): says nothing
 * about the site, costs no points, is listed apart, and `--retry-failed` audits the page again.
 */
export type FindingStatus = 'fail' | 'needs-review' | 'pass' | 'tool-error';

/** Which engine reported an occurrence; `druk` is druk-audit's own checks. */
export type Engine = 'axe' | 'htmlcs' | 'druk';

export const BANDS = ['excellent', 'very-good', 'good', 'fair', 'poor'] as const;
export type Band = (typeof BANDS)[number];

/** A standard a rule implements: a WCAG success criterion, a §1.7 element, a GIGW clause, a security header. */
export interface StandardReference {
  /** e.g. "WCAG 2.2", "Bhutan §1.7", "GIGW 3.0", "OWASP secure headers". */
  standard: string;
  /** e.g. "2.4.7", "8 (contact)"; absent when the whole standard is meant. */
  criterion?: string;
  url?: string;
}

/** A rule's metadata (the axe-core model: the unit carries its description, the logic lives in checks). */
export interface RuleMeta {
  /** Stable id, e.g. "axe/color-contrast", "htmlcs/H37", "druk/focus-visible", "standards/contact-phone". */
  id: string;
  category: CategoryId;
  severity: Severity;
  /** Free tags for selecting rules: "wcag2aa", "dzongkha", "security", "freshness", … */
  tags: string[];
  references: StandardReference[];
  /** One-line summary in English. */
  help: string;
  /** The same summary in Dzongkha, shown beside the English one in reports. */
  helpDz?: string;
  /** Why it matters to the people using the site. */
  why: string;
  /** How a webmaster fixes it. */
  fix: string;
  /**
   * Ids of the W3C ACT rules (https://www.w3.org/WAI/standards-guidelines/act/rules/) this rule implements,
   * as axe-core declares its own; absent or empty when it implements none.
   */
  act?: string[];
  /**
   * Whether a person decides this rule's "needs review" findings by looking at the element (words drawn in a
   * background image, clipped Tibetan stacks): their screenshot crops come right after the failures'.
   */
  reviewNeedsPicture?: boolean;
}

/** One place a finding occurs. */
export interface Occurrence {
  pageUrl: string;
  engine: Engine;
  /** CSS selector of the element, when there is one. */
  selector?: string;
  /** Outer HTML of the element, trimmed to a few hundred characters. */
  snippet?: string;
  /** What the engine said about this element. */
  message?: string;
  /** A JPEG crop of the element as a data: URL (once per problem and site, up to a limit; reports stay small). */
  screenshot?: string;
}

/**
 * A finding: one rule broken (or to review) at one place in the site. Occurrences of the same rule on the
 * same element on many pages (a problem in the shared site template) are one finding listing every page.
 */
export interface Finding {
  /** Stable across runs: hash of rule id + normalised selector (or evidence key). */
  key: string;
  ruleId: string;
  category: CategoryId;
  severity: Severity;
  status: FindingStatus;
  /** Engines that reported it; more than one when axe and HTML_CodeSniffer agree. */
  engines: Engine[];
  /** What is wrong here, specifically (the rule's help says what the rule is). */
  message: string;
  /** Every page it occurs on, sorted. */
  pages: string[];
  occurrences: Occurrence[];
  /** Facts the check recorded (e.g. { closingDate: "2026-10-01" }, { header: "strict-transport-security" }). */
  evidence?: Record<string, string | number | boolean | null>;
}

/** Facts about a PDF or other download found while crawling. */
export interface DownloadInfo {
  contentType: string;
  bytes: number | null;
  pdf?: {
    pages: number;
    /** Characters of extractable text; 0 means a scanned PDF without a text layer. */
    textChars: number;
    /** Characters in the Tibetan block U+0F00–U+0FFF. */
    tibetanChars: number;
    /** Dzongkha text that extracts as legacy-font garbage (Latin-1 letters where Tibetan should be). */
    brokenTibetan: boolean;
    /** (schema 1.3) Marked as tagged, with a structure tree. */
    tagged?: boolean;
    /** (schema 1.3) The catalog's /Lang, empty when there is none. */
    lang?: string;
    /** (schema 1.3) The document title, empty when there is none. */
    title?: string;
    /** (schema 1.3) The viewer is told to show the title instead of the file name (/DisplayDocTitle). */
    displayDocTitle?: boolean;
    /** (schema 1.3) Numbers (from 1) of the pages, among those examined, that show an image and no text. */
    scannedPages?: number[];
    /** (schema 1.3) Why the PDF could not be read (encrypted, damaged, too slow): its other fields are then empty. */
    unreadable?: string;
  };
}

export type PageKind = 'html' | 'download' | 'error';

export interface DownloadResult {
  url: string;
  /** A page that links to it. */
  pageUrl: string;
  /** Null when it could not be fetched (see error). */
  info: DownloadInfo | null;
  error?: string;
}

export interface PageResult {
  /** The URL as queued (normalised). */
  url: string;
  /** Where the browser ended up after redirects. */
  finalUrl: string;
  kind: PageKind;
  /** HTTP status of the final response; null when there was none (DNS, TLS, timeout). */
  status: number | null;
  contentType: string | null;
  depth: number;
  /** Every URL in the redirect chain before finalUrl. */
  redirects: string[];
  title?: string;
  /** `lang` of <html>, as written. */
  lang?: string;
  /** Milliseconds; null when not measured. */
  timings: { ttfbMs: number | null; loadMs: number | null };
  /** Bytes transferred for the page and everything it loaded. */
  weightBytes: number | null;
  requestCount: number | null;
  download?: DownloadInfo;
  /**
   * Why the page could not be audited (timeout, TLS error, crash); the audit carries on. `cause` (schema 1.2)
   * says whose fault: `site` for evidence against the site (DNS failure, connection refused, TLS error, redirect
   * loop), which fails the page; `tool` for druk-audit's own deadline or error, which costs nothing.
   */
  error?: { code: string; message: string; cause?: 'site' | 'tool' };
  /**
   * Checks that do not apply to this page, each with why (schema 1.2): a document that is not HTML (SVG, XML),
   * or a page that went to another address by itself (meta refresh, script) while it was being audited.
   */
  notApplicable?: string[];
  /** Ids of the rules checked on this page (so "no finding" means "checked and passed"). */
  rulesRun: string[];
  /**
   * Sketch of the main content's words (schema 1.1; src/results/text-sketch.ts), absent for pages with
   * little text: the competition compares sketches to find sites that copy one another.
   */
  textSketch?: string;
  startedAt: string;
  durationMs: number;
  /**
   * Wall milliseconds each part of the page's audit took (schema 1.3): `load` (navigation until the checks
   * start), each check by the name it reports errors under, and the parts of the in-page inspection as
   * `in page: <part>`. What `npm run bench -- audit` sums into each check's cost per page.
   */
  checkMs?: Record<string, number>;
}

/** Points one finding cost in a category, so the score explains itself. */
export interface ScoreDeduction {
  findingKey: string;
  ruleId: string;
  points: number;
}

export interface CategoryScore {
  category: CategoryId;
  /** Weight from the rubric; the weights of all six sum to 1. */
  weight: number;
  /** 0–100. */
  score: number;
  band: Band;
  failures: number;
  needsReview: number;
  deductions: ScoreDeduction[];
}

export interface SiteScore {
  /** Weighted mean of the category scores, 0–100. */
  overall: number;
  band: Band;
  categories: CategoryScore[];
  /** Name of the rubric used (e.g. "default: equal weights"). */
  rubric: string;
}

/** A site as listed for an audit (one row of sites.csv). */
export interface SiteInput {
  url: string;
  name?: string;
  /** The agency's competition group (ministry, dzongkhag, …), free text from sites.csv. */
  category?: string;
}

export interface SiteResult {
  schemaVersion: string;
  site: SiteInput & { name: string; origin: string };
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  tool: { name: 'druk-audit'; version: string };
  /** True when the crawl stopped at the time budget or page cap before the queue was empty. */
  truncated: boolean;
  /** True when no page of the site could be loaded: every category then scores 0 (the competition ranks no unreachable site). */
  unreachable?: boolean;
  pages: PageResult[];
  /** Downloads linked from the pages (PDFs and other files), with their size and PDF text-layer facts. */
  downloads?: DownloadResult[];
  /** Failures and needs-review findings (status tells which), deduplicated across engines and pages. */
  findings: Finding[];
  /** Standards checks that passed, with the evidence of what was found where. */
  passes: Finding[];
  score: SiteScore;
  /**
   * The exceptions of the audit's configuration, each with the findings it set aside (schema 1.1). Set-aside
   * findings cost no points and are not in findings; they are listed here so nothing disappears unseen.
   */
  exceptions?: ExceptionResult[];
  /** Metadata (help, why, how to fix, standard) of every rule in findings and passes; always written by druk-audit. */
  rules?: RuleMeta[];
  summary: {
    pagesAudited: number;
    pagesFailed: number;
    failures: number;
    needsReview: number;
    /** Findings of druk-audit's own trouble (schema 1.2): status `tool-error`, no points. */
    toolErrors?: number;
    bySeverity: Record<Severity, number>;
  };
}

/** One configured exception and what it set aside on this site. */
export interface ExceptionResult {
  rule: string;
  selector?: string;
  pages?: string;
  reason: string;
  /** Occurrences set aside (one element on one page each). */
  occurrences: number;
  /** Pages they were on. */
  pageUrls: string[];
}

/** A whole run: one or more sites. */
export interface AuditRunResult {
  schemaVersion: string;
  startedAt: string;
  finishedAt: string;
  sites: SiteResult[];
}

/** Progress events for terminals and other callers of the library. */
export type AuditEvent =
  | { type: 'site-start'; site: string }
  | { type: 'page-done'; site: string; page: PageResult; queued: number; done: number }
  | { type: 'site-done'; site: string; result: SiteResult };
