// What one page load yields for the checks: the facts src/page/inspect.js collects in the page, and what
// the browser saw on the network.
import type { AxeRuleResult, HtmlcsMessage } from '../rules/engines.ts';
import type { Rect } from '../rules/raw.ts';

export interface ElementRef {
  selector?: string;
  snippet?: string;
  rect?: Rect;
  message?: string;
}

export interface LinkFact {
  href: string;
  rawHref: string | null;
  text: string;
  lang: string;
  hreflang: string;
  region: 'header' | 'footer' | 'nav' | 'main';
  selector?: string;
}

export interface FormFact {
  action: string;
  method: string;
  fields: number;
  hasTextarea: boolean;
  isSearch: boolean;
  selector?: string;
  snippet?: string;
}

/** The facts part of window.__drukAudit.inspectPage(). */
export interface PageFacts {
  title: string;
  lang: string;
  charset: string;
  generator: string;
  viewport: string;
  modified: string;
  feeds: string[];
  hreflang: { href: string; hreflang: string }[];
  jsonLd: string[];
  text: string;
  /** Text of the main content (main or role=main; the body when there is none), for telling copied pages apart. */
  mainText: string;
  links: LinkFact[];
  forms: FormFact[];
  searchPresent: boolean;
  tibetan: {
    chars: number;
    unmarked: (ElementRef & { lang: string })[];
    fonts: (ElementRef & { families: string; webFont: string | null })[];
  };
  latinChars: number;
  unsizedImages: ElementRef[];
  imageCount: number;
  times: string[];
  scripts: string[];
  insecureResources: string[];
  jqueryVersion: string;
  logo: (ElementRef & { alt: string }) | null;
  headerText: string;
  /** Text before the main content (identity banners, masthead, header). */
  topText: string;
  footerText: string;
}

/** What the browser saw while loading the page. */
export interface NetworkFacts {
  requestCount: number;
  bytes: number;
  /** http:// sub-resources of an https:// page. */
  insecureRequests: string[];
  /** Hosts of every request other than the page's own. */
  thirdPartyHosts: string[];
  ttfbMs: number | null;
  loadMs: number | null;
  loadTimedOut: boolean;
}

/**
 * Returned by window.__drukAudit.inspectPage(): navigation timings, the engines' results and the facts. A part
 * that threw is listed in failures (axe-core's results are then empty, the facts null); the others stand.
 */
export interface PageInspection {
  timings: { ttfb: number | null; load: number | null };
  engines: { axe: AxeRuleResult[]; htmlcs: HtmlcsMessage[] };
  facts: PageFacts | null;
  /** What the rules of src/page/markup-rules.js found failing, by druk-audit rule id. */
  markup: (ElementRef & { ruleId: string })[];
  failures: { check: string; message: string }[];
  /** Milliseconds each part of the inspection took, by the name its failures carry. */
  checkMs: Record<string, number>;
}
