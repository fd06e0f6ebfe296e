// Checks of one page that need only what the page load collected: Dzongkha marking and fonts, freshness
// of listings, placeholder pages, mixed content, trackers, outdated software, page weight and sizing.
import type { NetworkFacts, PageFacts } from '../page/facts.ts';
import type { RawFinding } from '../rules/raw.ts';
import { datesAfter, daysBetween, parseDate } from './dates.ts';

export interface PageCheckContext {
  url: string;
  /** ISO date the freshness checks compare with. */
  today: string;
  /** A site on http://127.0.0.1 or localhost is a local preview: transport security is not judged. */
  localPreview: boolean;
}

/** Tibetan script share below which a Dzongkha page counts as "mostly English". */
const DZONGKHA_MIN_SHARE = 0.4;
const CLOSING_LABEL =
  /(closing|last|due|submission|application)\s+date|deadline|apply\s+(by|before)|closes(\s+on)?|valid\s+(till|until)|ཚེས་གྲངས་མཇུག|མཇུག་བསྡུའི་ཚེས/i;
// "Not yet translated" notices are honest and wanted; only placeholders for missing content count.
const PLACEHOLDER = /\b(under construction|coming soon|lorem ipsum)\b|ལཱ་འབད་བཞིན་ཡོདཔ/i;
const CLOSED = /\b(closed|expired|archived)\b|ཁ་བསྡམས/i;
const TRACKERS =
  /(^|\.)(google-analytics\.com|googletagmanager\.com|doubleclick\.net|facebook\.net|connect\.facebook\.com|hotjar\.com|clarity\.ms|mixpanel\.com|segment\.(io|com)|scorecardresearch\.com|addthis\.com|sharethis\.com|yandex\.ru|mc\.yandex\.ru|tiktok\.com|analytics\.twitter\.com|static\.ads-twitter\.com)$/i;

/** Versions older than these have published vulnerabilities; the cut-offs are conservative. */
const MINIMUM_VERSIONS: { name: string; pattern: RegExp; minimum: number[] }[] = [
  { name: 'WordPress', pattern: /wordpress\s+(\d+(?:\.\d+)*)/i, minimum: [6, 4] },
  { name: 'Drupal', pattern: /drupal\s+(\d+(?:\.\d+)*)/i, minimum: [10, 0] },
  {
    name: 'Joomla!',
    pattern: /joomla!?\s*(?:-\s*open source content management\s*)?(\d+(?:\.\d+)*)/i,
    minimum: [5, 0],
  },
  {
    name: 'jQuery',
    pattern: /jquery[-.]?(\d+\.\d+(?:\.\d+)?)(?:\.min)?\.js|jquery(?:\.min)?\.js\?ver=(\d+\.\d+(?:\.\d+)?)/i,
    minimum: [3, 5],
  },
];

export function olderThan(version: string, minimum: number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i += 1) {
    const have = parts[i] ?? 0;
    const need = minimum[i] ?? 0;
    if (have !== need) return have < need;
  }
  return false;
}

function finding(
  context: PageCheckContext,
  ruleId: string,
  message: string,
  extra: Partial<RawFinding> = {},
): RawFinding {
  return { ruleId, status: 'fail', engines: ['druk'], pageUrl: context.url, ...extra, message };
}

function isDzongkhaPage(url: string, lang: string): boolean {
  return /^dz(-|$)/i.test(lang) || /\/dz(\/|$)/.test(new URL(url).pathname);
}

export function dzongkhaChecks(context: PageCheckContext, facts: PageFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const item of facts.tibetan.unmarked) {
    findings.push(
      finding(
        context,
        'dzongkha/lang-missing',
        item.lang
          ? `Dzongkha text "${item.message}" is marked lang="${item.lang}"`
          : `Dzongkha text "${item.message}" has no lang attribute`,
        { selector: item.selector, snippet: item.snippet, rect: item.rect, evidence: { lang: item.lang || null } },
      ),
    );
  }
  const letters = facts.latinChars + facts.tibetan.chars;
  if (isDzongkhaPage(context.url, facts.lang) && letters > 200 && facts.tibetan.chars / letters < DZONGKHA_MIN_SHARE) {
    findings.push(
      finding(
        context,
        'dzongkha/page-mostly-english',
        `Only ${Math.round((facts.tibetan.chars / letters) * 100)}% of the letters on this Dzongkha page are Tibetan script`,
        { groupKey: context.url, evidence: { tibetanChars: facts.tibetan.chars, latinChars: facts.latinChars } },
      ),
    );
  }
  const fallback = facts.tibetan.fonts.find((sample) => sample.webFont === null);
  if (fallback) {
    findings.push(
      finding(
        context,
        'dzongkha/no-webfont',
        `Dzongkha text is set in "${fallback.families}", and none of these is a loaded web font covering Tibetan script`,
        {
          selector: fallback.selector,
          snippet: fallback.snippet,
          rect: fallback.rect,
          groupKey: fallback.families,
          evidence: { fontFamily: fallback.families },
        },
      ),
    );
  }
  return findings;
}

export function contentChecks(context: PageCheckContext, facts: PageFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  if (facts.charset.toUpperCase() !== 'UTF-8') {
    findings.push(
      finding(context, 'standards/utf-8', `The page is encoded as ${facts.charset}`, {
        groupKey: facts.charset,
        evidence: { charset: facts.charset },
      }),
    );
  }
  const placeholder = PLACEHOLDER.exec(`${facts.title}\n${facts.text}`);
  if (placeholder) {
    findings.push(
      finding(context, 'freshness/under-construction', `The page says "${placeholder[0]}"`, {
        groupKey: context.url,
        evidence: { text: placeholder[0] },
      }),
    );
  }
  const archived = /\barchive/i.test(new URL(context.url).pathname);
  if (!archived) {
    // Each listing's status badge sits before its date; the window starts after the previous listing's date.
    let previousEnd = 0;
    for (const closing of datesAfter(facts.text, CLOSING_LABEL)) {
      const nearby = facts.text.slice(Math.max(previousEnd, closing.index - 150), closing.index);
      previousEnd = closing.index + closing.text.length;
      if (closing.iso >= context.today || CLOSED.test(nearby)) continue;
      findings.push(
        finding(
          context,
          'freshness/expired-listing',
          `Listed with closing date ${closing.iso}, ${daysBetween(closing.iso, context.today)} days ago`,
          { groupKey: `${context.url} ${closing.iso}`, evidence: { closingDate: closing.iso } },
        ),
      );
    }
  }
  return findings;
}

export function securityChecks(context: PageCheckContext, facts: PageFacts, network: NetworkFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  const pageIsHttps = context.url.startsWith('https:');
  if (pageIsHttps && network.insecureRequests.length) {
    findings.push(
      finding(
        context,
        'security/mixed-content',
        `Loads ${network.insecureRequests.length} resource(s) over HTTP, e.g. ${network.insecureRequests[0]}`,
        {
          groupKey: network.insecureRequests[0],
          evidence: { resource: network.insecureRequests[0] ?? null },
        },
      ),
    );
  }
  for (const form of facts.forms) {
    if (form.isSearch || form.fields === 0) continue;
    const postsInsecurely =
      form.action.startsWith('http:') && !(context.localPreview && sameOrigin(form.action, context.url));
    if (postsInsecurely) {
      findings.push(
        finding(context, 'security/form-over-http', `The form sends to ${form.action}`, {
          selector: form.selector,
          snippet: form.snippet,
          evidence: { action: form.action },
        }),
      );
    }
  }
  const trackers = [...new Set(network.thirdPartyHosts.filter((host) => TRACKERS.test(host)))];
  if (trackers.length) {
    findings.push(
      finding(context, 'security/trackers', `Trackers load from ${trackers.join(', ')}`, {
        groupKey: trackers.join(','),
        evidence: { hosts: trackers.join(', ') },
      }),
    );
  }
  const advertised = [facts.generator, ...facts.scripts, facts.jqueryVersion ? `jquery-${facts.jqueryVersion}.js` : ''];
  for (const software of MINIMUM_VERSIONS) {
    for (const text of advertised) {
      const match = software.pattern.exec(text);
      const version = match?.[1] ?? match?.[2];
      if (version && olderThan(version, software.minimum)) {
        findings.push(
          finding(
            context,
            'security/outdated-software',
            `${software.name} ${version} is outdated (${software.minimum.join('.')} or newer is supported)`,
            {
              groupKey: `${software.name} ${version}`,
              evidence: { software: software.name, version },
            },
          ),
        );
        break;
      }
    }
  }
  return findings;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export const PAGE_WEIGHT_LIMIT = 3 * 1024 * 1024;
export const REQUEST_LIMIT = 100;
export const TTFB_LIMIT_MS = 1500;
export const LOAD_LIMIT_MS = 10_000;

export function performanceChecks(context: PageCheckContext, facts: PageFacts, network: NetworkFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  if (!/width\s*=\s*device-width/i.test(facts.viewport)) {
    findings.push(
      finding(
        context,
        'performance/viewport',
        facts.viewport ? `The viewport is "${facts.viewport}"` : 'There is no <meta name="viewport">',
        { groupKey: facts.viewport || 'none' },
      ),
    );
  }
  for (const image of facts.unsizedImages) {
    findings.push(finding(context, 'performance/image-dimensions', 'This image has no width and height', image));
  }
  if (network.bytes > PAGE_WEIGHT_LIMIT) {
    findings.push(
      finding(context, 'performance/page-weight', `The page transferred ${(network.bytes / 1048576).toFixed(1)} MB`, {
        groupKey: context.url,
        evidence: { bytes: network.bytes },
      }),
    );
  }
  if (network.requestCount > REQUEST_LIMIT) {
    findings.push(
      finding(context, 'performance/request-count', `The page made ${network.requestCount} requests`, {
        groupKey: context.url,
        evidence: { requests: network.requestCount },
      }),
    );
  }
  const slow =
    (network.ttfbMs !== null && network.ttfbMs > TTFB_LIMIT_MS) ||
    (network.loadMs !== null && network.loadMs > LOAD_LIMIT_MS) ||
    network.loadTimedOut;
  if (slow) {
    findings.push(
      finding(
        context,
        'performance/slow-response',
        network.loadTimedOut
          ? 'The page never finished loading'
          : `Time to first byte ${network.ttfbMs} ms, load ${network.loadMs} ms`,
        { groupKey: context.url, evidence: { ttfbMs: network.ttfbMs, loadMs: network.loadMs } },
      ),
    );
  }
  return findings;
}

/** The signals of one page that site-wide checks combine (kept in the results file for --resume). */
export interface PageSignals {
  url: string;
  lang: string;
  phones: string[];
  emails: string[];
  lineage: boolean;
  logoAlt: string | null;
  languageSwitch: string | null;
  /** Essential pages linked from this page: name → URL. */
  essentialLinks: Record<string, string>;
  servicesLink: string | null;
  feedbackForm: boolean;
  searchPresent: boolean;
  feeds: string[];
  lastUpdated: string | null;
  /** Newest date of dated content on the page, not later than today. */
  newestDate: string | null;
}

const PHONE = /\+975[\s-]?\d{1,2}[\s-]?\d{2,3}[\s-]?\d{3}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const LINEAGE = /royal government of bhutan|འབྲུག་(གི་)?རྒྱལ་(པོའི་)?གཞུང|འབྲུག་རྒྱལ་གཞུང/i;
const LAST_UPDATED = /last\s+(updated|modified|reviewed)|updated\s+on|page\s+updated|དུས་མཐུན|ཞུན་དག་|གསར་བཅོས/i;
const PUBLISHED = /published|posted|dated|issued|release date|ཚེས་གྲངས/i;
const SERVICES = /^(e-?)?services?$|citizen services|our services|ཞབས་ཏོག/i;
const SWITCH_TEXT = /^(english|dzongkha|རྫོང་ཁ|ཨིང་ལིཤ་ཁ|ཨིང་ལིཤ)$/i;

export function pageSignals(
  context: PageCheckContext,
  facts: PageFacts,
  essentialName: (url: string, text: string) => string | undefined,
): PageSignals {
  // Visible text, link targets (tel:, mailto:) and structured data (schema.org contactPoint) all count.
  const allText = `${facts.text}\n${facts.links.map((link) => link.rawHref ?? '').join('\n')}\n${facts.jsonLd.join('\n')}`;
  const phones = [...new Set([...allText.matchAll(PHONE)].map((match) => match[0].replace(/[\s-]+/g, ' ')))];
  const emails = [
    ...new Set([
      ...facts.links
        .filter((link) => link.href.startsWith('mailto:'))
        .map((link) => link.href.slice(7).split('?')[0] ?? ''),
      ...[...`${facts.text}\n${facts.jsonLd.join('\n')}`.matchAll(EMAIL)].map((match) => match[0]),
    ]),
  ].filter(Boolean);
  const own = (href: string) => {
    try {
      return new URL(href).origin === new URL(context.url).origin;
    } catch {
      return false;
    }
  };
  const page = new URL(context.url);
  const switchLink = facts.links.find((link) => {
    if (!own(link.href) || new URL(link.href).pathname === page.pathname) return false;
    const otherLanguage = link.hreflang && link.hreflang.slice(0, 2) !== (facts.lang || 'en').slice(0, 2);
    return otherLanguage || SWITCH_TEXT.test(link.text);
  });
  const essentialLinks: Record<string, string> = {};
  for (const link of facts.links) {
    if (!own(link.href)) continue;
    const name = essentialName(link.href, link.text);
    if (name && !essentialLinks[name]) essentialLinks[name] = link.href;
  }
  const servicesLink = facts.links.find(
    (link) => own(link.href) && (SERVICES.test(link.text) || /\/services?(\/|$)/.test(new URL(link.href).pathname)),
  );
  const lastUpdatedDates = datesAfter(`${facts.footerText}\n${facts.text}`, LAST_UPDATED, 80);
  const lastUpdated = lastUpdatedDates[0]?.iso ?? (facts.modified ? (parseDate(facts.modified) ?? null) : null);
  const candidates = [
    ...facts.times.map((time) => parseDate(time)),
    ...facts.jsonLd.flatMap((json) =>
      [...json.matchAll(/"date(?:Published|Modified|Created)"\s*:\s*"([^"]+)"/g)].map((match) =>
        parseDate(match[1] ?? ''),
      ),
    ),
    lastUpdated ?? undefined,
    // Dates labelled as publication dates; closing dates and dates in prose do not say the site is fresh.
    ...datesAfter(facts.text, PUBLISHED, 40).map((date) => date.iso),
  ].filter((date): date is string => Boolean(date) && (date as string) <= context.today);
  const newestDate = candidates.sort().at(-1) ?? null;
  return {
    url: context.url,
    lang: facts.lang,
    phones,
    emails,
    // The top of the page (an "official website of…" banner above the header), header, footer, title or structured data.
    lineage: LINEAGE.test(
      `${facts.topText}\n${facts.headerText}\n${facts.footerText}\n${facts.title}\n${facts.jsonLd.join('\n')}`,
    ),
    logoAlt: facts.logo ? facts.logo.alt : null,
    languageSwitch: switchLink ? switchLink.href : null,
    essentialLinks,
    servicesLink: servicesLink ? servicesLink.href : null,
    feedbackForm: facts.forms.some((form) => form.hasTextarea && !form.isSearch),
    searchPresent:
      facts.searchPresent || facts.links.some((link) => own(link.href) && /\/search(\/|$)/.test(link.href)),
    feeds: facts.feeds,
    lastUpdated,
    newestDate,
  };
}
