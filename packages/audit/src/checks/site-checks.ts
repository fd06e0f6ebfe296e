// Site-wide checks: the standard elements (found on any page, with evidence), freshness of the newest
// content, and transport security (HTTPS, certificate, redirect, headers, cookies) of the home page.
import type { CertificateFacts, HttpRedirectFacts } from '../crawl/http.ts';
import type { RawFinding } from '../rules/raw.ts';
import { daysBetween } from './dates.ts';
import type { PageSignals } from './page-checks.ts';

export interface CookieFact {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
}

export interface TransportFacts {
  homeUrl: string;
  https: boolean;
  /** http://127.0.0.1 or localhost: a preview, so HTTPS, redirect and HSTS are not judged. */
  localPreview: boolean;
  certificate?: CertificateFacts;
  /** What the site's http:// address answered; absent when it was not probed (local preview). */
  httpRedirect?: HttpRedirectFacts;
  homeHeaders: Record<string, string>;
  cookies: CookieFact[];
  sitemapXml: string | null;
}

export interface SiteCheckContext {
  today: string;
  staleAfterDays: number;
}

/** A certificate closer than this to its expiry is flagged for review (automated renewal has failed). */
const CERTIFICATE_WARNING_DAYS = 21;
/** Six months: Mozilla Observatory's minimum; a shorter HSTS max-age lapses between visits. */
const HSTS_MIN_MAX_AGE_SECONDS = 15_768_000;

function result(
  ruleId: string,
  status: 'fail' | 'pass' | 'needs-review',
  pageUrl: string,
  message: string,
  evidence?: RawFinding['evidence'],
  selector?: string,
): RawFinding {
  return { ruleId, status, engines: ['druk'], pageUrl, message, evidence, selector, groupKey: ruleId };
}

/** The first page whose signals satisfy `test`, or undefined. */
function firstWith<T>(signals: PageSignals[], pick: (page: PageSignals) => T | null | undefined | false) {
  for (const page of signals) {
    const value = pick(page);
    if (value) return { page, value };
  }
  return undefined;
}

export function standardsChecks(homeUrl: string, signals: PageSignals[], transport: TransportFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  const home = signals.find((page) => page.url === homeUrl) ?? signals[0];
  const present = (
    ruleId: string,
    found: { page: PageSignals; value: unknown } | undefined,
    passMessage: (value: string) => string,
    failMessage: string,
  ) => {
    if (found) {
      const value = String(found.value);
      findings.push(result(ruleId, 'pass', found.page.url, passMessage(value), { found: value }));
    } else findings.push(result(ruleId, 'fail', homeUrl, failMessage));
  };

  // Identity: the home page, or else any page, shows the lineage and a logo or emblem with alt text (a
  // language-choice home page may carry the masthead only on the language home pages).
  const identified = [home, ...signals].find(
    (page) => page && page.lineage && page.logoAlt !== null && page.logoAlt.trim() !== '',
  );
  if (identified) {
    findings.push(
      result(
        'standards/identity',
        'pass',
        identified.url,
        `Lineage and a logo with alt text "${identified.logoAlt}" are shown`,
        {
          logoAlt: identified.logoAlt,
        },
      ),
    );
  } else if (home) {
    findings.push(
      result(
        'standards/identity',
        'fail',
        home.url,
        !signals.some((page) => page.lineage)
          ? 'Neither the top of the page, the header nor the footer names the Royal Government of Bhutan'
          : 'No header has a logo or emblem with alt text',
        { lineage: home.lineage, logoAlt: home.logoAlt },
      ),
    );
  }
  present(
    'standards/language-switch',
    firstWith(signals, (page) => page.languageSwitch),
    (url) => `Language switch links to ${url}`,
    'No page links to a version in the other language',
  );
  const essential = (name: string) => firstWith(signals, (page) => page.essentialLinks[name]);
  present('standards/about-page', essential('about'), (url) => `About page: ${url}`, 'No link to an About page');
  present(
    'standards/services-page',
    firstWith(signals, (page) => page.servicesLink),
    (url) => `Services: ${url}`,
    'No link to a Services page',
  );
  present('standards/contact-page', essential('contact'), (url) => `Contact page: ${url}`, 'No link to a Contact page');
  present(
    'standards/contact-phone',
    firstWith(signals, (page) => page.phones[0]),
    (phone) => `Phone ${phone}`,
    'No phone number starting +975 on any page audited',
  );
  present(
    'standards/contact-email',
    firstWith(signals, (page) => page.emails[0]),
    (email) => `E-mail ${email}`,
    'No e-mail address on any page audited',
  );
  present(
    'standards/feedback',
    firstWith(signals, (page) => page.essentialLinks.feedback ?? (page.feedbackForm ? page.url : null)),
    (url) => `Feedback: ${url}`,
    'No feedback form or feedback page',
  );
  present(
    'standards/search',
    firstWith(signals, (page) => page.searchPresent && page.url),
    (url) => `Search on ${url}`,
    'No search form or search page',
  );
  present(
    'standards/sitemap',
    transport.sitemapXml ? { page: home ?? signals[0]!, value: transport.sitemapXml } : essential('sitemap'),
    (url) => `Sitemap: ${url}`,
    'No sitemap.xml and no link to a sitemap page',
  );
  present(
    'standards/privacy-policy',
    essential('privacy'),
    (url) => `Privacy policy: ${url}`,
    'No link to a privacy policy',
  );
  present(
    'standards/terms-policies',
    essential('terms'),
    (url) => `Policy page: ${url}`,
    'No link to copyright, disclaimer or terms of use',
  );
  present(
    'standards/accessibility-statement',
    essential('accessibility'),
    (url) => `Accessibility statement: ${url}`,
    'No link to an accessibility statement',
  );
  present(
    'standards/last-updated',
    firstWith(signals, (page) => page.lastUpdated),
    (date) => `Last updated ${date}`,
    'No page says when it was last updated',
  );
  present(
    'standards/feed',
    firstWith(signals, (page) => page.feeds[0]),
    (url) => `Feed: ${url}`,
    'No page advertises an RSS or Atom feed',
  );
  return findings;
}

export function freshnessChecks(homeUrl: string, signals: PageSignals[], context: SiteCheckContext): RawFinding[] {
  const newest = signals
    .map((page) => ({ url: page.url, date: page.newestDate }))
    .filter((entry): entry is { url: string; date: string } => entry.date !== null)
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (!newest) {
    return [
      result(
        'freshness/stale-content',
        'needs-review',
        homeUrl,
        'No dated content was found; check how fresh the site is by hand',
      ),
    ];
  }
  const age = daysBetween(newest.date, context.today);
  return [
    result(
      'freshness/stale-content',
      age > context.staleAfterDays ? 'fail' : 'pass',
      newest.url,
      `The newest dated content is from ${newest.date} (${age} days before ${context.today})`,
      { newestDate: newest.date, ageDays: age },
    ),
  ];
}

function header(headers: Record<string, string>, name: string): string {
  return headers[name] ?? headers[name.toLowerCase()] ?? '';
}

function certificateCheck(url: string, certificate: CertificateFacts): RawFinding {
  const { validTo, daysLeft, error } = certificate;
  const evidence = { validTo: validTo ?? null, daysLeft: daysLeft ?? null, error: error ?? null };
  if (validTo === undefined || daysLeft === undefined) {
    return result(
      'security/certificate',
      'needs-review',
      url,
      `The certificate could not be read (${error ?? 'no certificate'}); check it by hand`,
      evidence,
    );
  }
  if (daysLeft < 0) {
    // Named first whatever else is wrong: an expired certificate is the one every browser shows.
    const alsoWrong = error && error !== 'CERT_HAS_EXPIRED' ? ` (and ${error})` : '';
    return result(
      'security/certificate',
      'fail',
      url,
      `The certificate expired on ${validTo}, ${-daysLeft} days ago${alsoWrong}`,
      evidence,
    );
  }
  if (!certificate.authorized) {
    return result(
      'security/certificate',
      'fail',
      url,
      `The certificate is not valid: ${error ?? 'unknown error'}`,
      evidence,
    );
  }
  if (daysLeft < CERTIFICATE_WARNING_DAYS) {
    return result(
      'security/certificate',
      'needs-review',
      url,
      `The certificate expires on ${validTo}, in ${daysLeft} days: check that its renewal works`,
      evidence,
    );
  }
  return result('security/certificate', 'pass', url, `The certificate is valid until ${validTo}`, evidence);
}

function httpRedirectCheck(url: string, probe: HttpRedirectFacts) {
  const verdict = probe.redirectsToHttps;
  const evidence = {
    httpUrl: probe.httpUrl,
    hops: probe.hops.map((hop) => `${hop.url} ${hop.status}`).join(' → '),
    target: probe.target ?? null,
  };
  const last = probe.hops.at(-1);
  if (verdict === true) {
    return result('security/http-redirect', 'pass', url, `${probe.httpUrl} redirects to ${probe.target}`, evidence);
  }
  if (verdict === false && last) {
    const message =
      last.status >= 300 && last.status < 400
        ? `${probe.httpUrl} redirects ${probe.hops.length} times without reaching https://`
        : probe.hops.length === 1
          ? `${probe.httpUrl} answers HTTP ${last.status} without a redirect to https://`
          : `${probe.httpUrl} redirects to ${last.url}, which answers HTTP ${last.status} without a redirect to https://`;
    return result('security/http-redirect', 'fail', url, message, evidence);
  }
  return result(
    'security/http-redirect',
    'needs-review',
    url,
    `The plain-HTTP address did not answer (${probe.error ?? 'no response'}); check its redirect to https:// by hand`,
    { ...evidence, error: probe.error ?? null },
  );
}

function hstsCheck(url: string, headers: Record<string, string>): RawFinding {
  const value = header(headers, 'strict-transport-security');
  if (!value) return result('security/hsts', 'fail', url, 'The home page has no Strict-Transport-Security header');
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(value)?.[1];
  const evidence = { header: value };
  if (maxAge === undefined) {
    return result('security/hsts', 'fail', url, `Strict-Transport-Security has no max-age: "${value}"`, evidence);
  }
  const days = Math.floor(Number(maxAge) / 86_400);
  if (Number(maxAge) < HSTS_MIN_MAX_AGE_SECONDS) {
    return result(
      'security/hsts',
      'fail',
      url,
      `Strict-Transport-Security max-age is ${maxAge} s (${days} days); it should be at least ${HSTS_MIN_MAX_AGE_SECONDS} s (six months)`,
      evidence,
    );
  }
  return result('security/hsts', 'pass', url, `Strict-Transport-Security max-age is ${days} days`, evidence);
}

export function transportChecks(transport: TransportFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  const url = transport.homeUrl;
  if (!transport.https) {
    if (!transport.localPreview)
      findings.push(result('security/https', 'fail', url, 'The site is served over plain HTTP'));
  } else {
    if (transport.certificate) findings.push(certificateCheck(url, transport.certificate));
    if (transport.httpRedirect) findings.push(httpRedirectCheck(url, transport.httpRedirect));
    findings.push(hstsCheck(url, transport.homeHeaders));
  }
  const csp = header(transport.homeHeaders, 'content-security-policy');
  if (!csp) findings.push(result('security/csp', 'fail', url, 'The home page has no Content-Security-Policy header'));
  const framing =
    /frame-ancestors\s+('none'|'self')/i.test(csp) ||
    /^(deny|sameorigin)$/i.test(header(transport.homeHeaders, 'x-frame-options').trim());
  if (!framing) {
    findings.push(
      result('security/framing', 'fail', url, 'Neither CSP frame-ancestors nor X-Frame-Options forbids framing'),
    );
  }
  for (const cookie of transport.cookies) {
    const missing = [
      transport.https && !cookie.secure ? 'Secure' : '',
      !cookie.httpOnly ? 'HttpOnly' : '',
      !cookie.sameSite || cookie.sameSite === 'None' ? 'SameSite' : '',
    ].filter(Boolean);
    if (missing.length) {
      findings.push({
        ...result('security/cookie-flags', 'fail', url, `Cookie "${cookie.name}" lacks ${missing.join(', ')}`, {
          cookie: cookie.name,
          missing: missing.join(', '),
        }),
        groupKey: cookie.name,
      });
    }
  }
  return findings;
}
