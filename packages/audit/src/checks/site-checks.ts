// Site-wide checks: the standard elements (found on any page, with evidence), freshness of the newest
// content, and transport security (HTTPS, certificate, redirect, headers, cookies) of the home page.
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
  certificate?: { authorized: boolean; error?: string; validTo?: string; daysLeft?: number };
  /** null when not tested (local preview) or unreachable. */
  httpRedirectsToHttps: boolean | null;
  homeHeaders: Record<string, string>;
  cookies: CookieFact[];
  sitemapXml: string | null;
}

export interface SiteCheckContext {
  today: string;
  staleAfterDays: number;
}

const CERTIFICATE_WARNING_DAYS = 21;

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

export function transportChecks(transport: TransportFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  const url = transport.homeUrl;
  if (!transport.https) {
    if (!transport.localPreview)
      findings.push(result('security/https', 'fail', url, 'The site is served over plain HTTP'));
  } else {
    const certificate = transport.certificate;
    if (certificate && !certificate.authorized) {
      findings.push(
        result(
          'security/certificate',
          'fail',
          url,
          `The certificate is not valid: ${certificate.error ?? 'unknown error'}`,
          {
            error: certificate.error ?? null,
            validTo: certificate.validTo ?? null,
          },
        ),
      );
    } else if (certificate?.daysLeft !== undefined && certificate.daysLeft < CERTIFICATE_WARNING_DAYS) {
      findings.push(
        result(
          'security/certificate',
          'fail',
          url,
          `The certificate expires in ${certificate.daysLeft} days (${certificate.validTo})`,
          {
            validTo: certificate.validTo ?? null,
            daysLeft: certificate.daysLeft,
          },
        ),
      );
    }
    if (transport.httpRedirectsToHttps === false) {
      findings.push(
        result('security/http-redirect', 'fail', url, 'http:// requests are answered without a redirect to https://'),
      );
    }
    if (!/max-age=\d+/i.test(header(transport.homeHeaders, 'strict-transport-security'))) {
      findings.push(result('security/hsts', 'fail', url, 'The home page has no Strict-Transport-Security header'));
    }
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
