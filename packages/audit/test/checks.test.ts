import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { asciiDigits, datesAfter, findDates } from '../src/checks/dates.ts';
import { analysePdf, downloadFindings, tellingLink } from '../src/checks/downloads.ts';
import { contentChecks, dzongkhaChecks, olderThan, pageSignals, securityChecks } from '../src/checks/page-checks.ts';
import { freshnessChecks, standardsChecks, transportChecks, type TransportFacts } from '../src/checks/site-checks.ts';
import { essentialPageName } from '../src/crawl/urls.ts';
import type { NetworkFacts, PageFacts } from '../src/page/facts.ts';
import { buildPdf, LEGACY_DZONGKHA_PDF_TEXT } from './fixtures/pdf.ts';

const DZONGKHA = readFileSync(
  new URL('../../fonts/src/samples/02-dzwiki-zhemgang-dzongkhag.txt', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')[0]!;

function facts(overrides: Partial<PageFacts> = {}): PageFacts {
  return {
    title: 'Page',
    lang: 'en',
    charset: 'UTF-8',
    generator: '',
    viewport: 'width=device-width, initial-scale=1',
    modified: '',
    feeds: [],
    hreflang: [],
    jsonLd: [],
    text: '',
    mainText: '',
    links: [],
    forms: [],
    searchPresent: false,
    tibetan: { chars: 0, unmarked: [], fonts: [] },
    latinChars: 0,
    unsizedImages: [],
    imageCount: 0,
    times: [],
    scripts: [],
    insecureResources: [],
    jqueryVersion: '',
    logo: null,
    headerText: '',
    topText: '',
    footerText: '',
    ...overrides,
  };
}
const network: NetworkFacts = {
  requestCount: 10,
  bytes: 1000,
  insecureRequests: [],
  thirdPartyHosts: [],
  ttfbMs: 50,
  loadMs: 300,
  loadTimedOut: false,
};
const context = { url: 'https://x.gov.bt/en/', today: '2026-11-28', localPreview: false };

describe('dates', () => {
  test('reads the ways Bhutanese sites write dates, day first, and Tibetan digits', () => {
    expect(
      findDates('Posted 5 March 2026, closes 2026-04-01 and 30/04/2026; Nov 3, 2025').map((date) => date.iso),
    ).toEqual(['2026-03-05', '2026-04-01', '2026-04-30', '2025-11-03']);
    expect(asciiDigits('༢༠༢༦')).toBe('2026');
    expect(findDates('༢༠༢༦-༡༡-༠༥')[0]?.iso).toBe('2026-11-05');
    expect(findDates('31/02/2026')).toEqual([]);
  });
  test('finds the date that follows a label', () => {
    expect(datesAfter('Published 1 May 2026. Closing date: 10 June 2026', /closing date/i).map((d) => d.iso)).toEqual([
      '2026-06-10',
    ]);
  });
});

describe('page checks', () => {
  test('Dzongkha text marked with another language, and a /dz/ page that is mostly English', () => {
    const page = facts({
      lang: 'dz',
      latinChars: 900,
      tibetan: {
        chars: 40,
        unmarked: [{ selector: 'p', message: DZONGKHA.slice(0, 20), lang: 'en' }],
        fonts: [{ selector: 'p', families: 'jomolhari, serif', webFont: null }],
      },
    });
    const found = dzongkhaChecks({ ...context, url: 'https://x.gov.bt/dz/' }, page).map((finding) => finding.ruleId);
    expect(found).toEqual(['dzongkha/lang-missing', 'dzongkha/page-mostly-english', 'dzongkha/no-webfont']);
    const translated = facts({
      lang: 'dz',
      latinChars: 30,
      tibetan: { chars: DZONGKHA.length, unmarked: [], fonts: [{ families: 'jomolhari', webFont: 'jomolhari' }] },
    });
    expect(dzongkhaChecks({ ...context, url: 'https://x.gov.bt/dz/' }, translated)).toEqual([]);
  });

  test('expired listings, unless marked closed or archived; placeholder pages; legacy encodings', () => {
    const listing = facts({
      text: 'Supply of chairs\nClosing date: 01/10/2026\n\nClosed\nSupply of desks, closing date 02/10/2026',
      charset: 'windows-1252',
    });
    const found = contentChecks(context, listing);
    expect(found.map((finding) => finding.ruleId)).toEqual(['standards/utf-8', 'freshness/expired-listing']);
    expect(found[1]?.evidence?.closingDate).toBe('2026-10-01');
    expect(
      contentChecks(
        { ...context, url: 'https://x.gov.bt/en/archive/tenders/' },
        facts({ text: 'Closing date: 01/10/2026' }),
      ),
    ).toEqual([]);
    expect(contentChecks(context, facts({ text: 'This page is under construction' }))[0]?.ruleId).toBe(
      'freshness/under-construction',
    );
    expect(contentChecks(context, facts({ text: 'This page is not yet available in Dzongkha.' }))).toEqual([]);
  });

  test('outdated software, trackers, mixed content and forms over HTTP', () => {
    expect(olderThan('4.9.8', [6, 4])).toBe(true);
    expect(olderThan('6.4', [6, 4])).toBe(false);
    const page = facts({
      generator: 'Drupal 7 (https://www.drupal.org)',
      scripts: ['https://x.gov.bt/js/jquery.min.js?ver=3.7.1'],
      forms: [{ action: 'http://x.gov.bt/feedback', method: 'post', fields: 3, hasTextarea: true, isSearch: false }],
    });
    const found = securityChecks(context, page, {
      ...network,
      insecureRequests: ['http://x.gov.bt/logo.png'],
      thirdPartyHosts: ['www.googletagmanager.com', 'fonts.example.org'],
    });
    expect(found.map((finding) => finding.ruleId).sort()).toEqual([
      'security/form-over-http',
      'security/mixed-content',
      'security/outdated-software',
      'security/trackers',
    ]);
    expect(found.find((finding) => finding.ruleId === 'security/outdated-software')?.message).toContain('Drupal 7');
  });

  test('collects the signals of the standard elements, in English and Dzongkha', () => {
    const page = facts({
      text: `Contact us: +975 2 321 456, info@x.gov.bt\nPublished 2 November 2026\n${DZONGKHA}`,
      footerText: 'Royal Government of Bhutan. Last updated: 20 November 2026',
      logo: { alt: 'Emblem of Bhutan' },
      links: [
        { href: 'https://x.gov.bt/dz/', rawHref: '/dz/', text: 'རྫོང་ཁ', lang: 'dz', hreflang: 'dz', region: 'header' },
        {
          href: 'https://x.gov.bt/en/privacy/',
          rawHref: '/en/privacy/',
          text: 'Privacy',
          lang: 'en',
          hreflang: '',
          region: 'footer',
        },
        {
          href: 'https://x.gov.bt/en/services/',
          rawHref: '/en/services/',
          text: 'Services',
          lang: 'en',
          hreflang: '',
          region: 'nav',
        },
      ],
      forms: [{ action: 'https://x.gov.bt/en/search/', method: 'get', fields: 1, hasTextarea: false, isSearch: true }],
      searchPresent: true,
    });
    const signals = pageSignals(context, page, essentialPageName);
    expect(signals).toMatchObject({
      phones: ['+975 2 321 456'],
      emails: ['info@x.gov.bt'],
      lineage: true,
      logoAlt: 'Emblem of Bhutan',
      languageSwitch: 'https://x.gov.bt/dz/',
      servicesLink: 'https://x.gov.bt/en/services/',
      searchPresent: true,
      lastUpdated: '2026-11-20',
      newestDate: '2026-11-20',
    });
    expect(signals.essentialLinks.privacy).toBe('https://x.gov.bt/en/privacy/');
  });
});

describe('site checks', () => {
  const transport: TransportFacts = {
    homeUrl: 'https://x.gov.bt/',
    https: true,
    localPreview: false,
    certificate: { authorized: true, validTo: '2027-01-01', daysLeft: 10 },
    httpRedirect: {
      httpUrl: 'http://x.gov.bt/',
      redirectsToHttps: false,
      hops: [{ url: 'http://x.gov.bt/', status: 200 }],
    },
    homeHeaders: { 'content-security-policy': "default-src 'self'" },
    cookies: [{ name: 'sid', secure: true, httpOnly: false, sameSite: 'Lax' }],
    sitemapXml: null,
  };

  test('transport: expiring certificate, missing redirect and HSTS, framing allowed, cookie flags', () => {
    const found = transportChecks(transport);
    expect(found.map((finding) => finding.ruleId)).toEqual([
      'security/certificate',
      'security/http-redirect',
      'security/hsts',
      'security/framing',
      'security/cookie-flags',
    ]);
    expect(found.at(-1)?.message).toBe('Cookie "sid" lacks HttpOnly');
  });

  test('a local preview over HTTP is not failed for HTTPS, and headers that are right pass', () => {
    const local = transportChecks({
      ...transport,
      homeUrl: 'http://127.0.0.1:4321/',
      https: false,
      localPreview: true,
      certificate: undefined,
      homeHeaders: { 'content-security-policy': "default-src 'self'; frame-ancestors 'none'" },
      cookies: [],
    });
    expect(local).toEqual([]);
  });

  test('standards: found elements pass with evidence, missing ones fail', () => {
    const signal = pageSignals(
      context,
      facts({
        text: 'Call +975 17 123 456',
        links: [
          {
            href: 'https://x.gov.bt/en/contact/',
            rawHref: '',
            text: 'Contact',
            lang: 'en',
            hreflang: '',
            region: 'footer',
          },
        ],
      }),
      essentialPageName,
    );
    const found = standardsChecks('https://x.gov.bt/en/', [signal], transport);
    const status = Object.fromEntries(found.map((finding) => [finding.ruleId, finding.status]));
    expect(status['standards/contact-page']).toBe('pass');
    expect(status['standards/contact-phone']).toBe('pass');
    expect(status['standards/search']).toBe('fail');
    expect(status['standards/identity']).toBe('fail');
    expect(found.find((finding) => finding.ruleId === 'standards/contact-phone')?.evidence?.found).toBe(
      '+975 17 123 456',
    );
  });

  test('freshness: stale when the newest date is older than the limit, needs review when there is none', () => {
    const signal = { ...pageSignals(context, facts(), essentialPageName), newestDate: '2026-01-01' };
    expect(freshnessChecks(context.url, [signal], { today: '2026-11-28', staleAfterDays: 90 })[0]?.status).toBe('fail');
    expect(
      freshnessChecks(context.url, [{ ...signal, newestDate: '2026-11-01' }], {
        today: '2026-11-28',
        staleAfterDays: 90,
      })[0]?.status,
    ).toBe('pass');
    expect(
      freshnessChecks(context.url, [{ ...signal, newestDate: null }], { today: '2026-11-28', staleAfterDays: 90 })[0]
        ?.status,
    ).toBe('needs-review');
  });
});

describe('PDF text layers', () => {
  test('tells a text PDF, a scanned one and a legacy-font Dzongkha one apart', async () => {
    expect(
      (await analysePdf(new Uint8Array(buildPdf('Annual report of the Dzongkhag Administration')))).textChars,
    ).toBeGreaterThan(20);
    const scanned = await analysePdf(new Uint8Array(buildPdf(null)));
    expect(scanned).toMatchObject({ pages: 1, textChars: 0 });
    const legacy = await analysePdf(new Uint8Array(buildPdf(LEGACY_DZONGKHA_PDF_TEXT)));
    expect(legacy.brokenTibetan).toBe(true);
    const link = {
      url: 'https://x.gov.bt/dz/docs/act.pdf',
      text: DZONGKHA.slice(0, 12),
      lang: 'dz',
      pageUrl: 'https://x.gov.bt/dz/',
    };
    expect(
      downloadFindings(link, { contentType: 'application/pdf', bytes: 12 * 1024 * 1024, pdf: legacy }).map(
        (f) => f.ruleId,
      ),
    ).toEqual(['downloads/large-file', 'dzongkha/pdf-text-layer']);
  });

  const dzongkhaLink = {
    url: 'https://x.gov.bt/downloads/rules.pdf',
    text: DZONGKHA.slice(0, 12),
    lang: 'dz',
    pageUrl: 'https://x.gov.bt/dz/downloads/',
  };
  const englishLink = { ...dzongkhaLink, text: 'Rules', lang: 'en', pageUrl: 'https://x.gov.bt/en/downloads/' };
  const verdicts = async (link: typeof dzongkhaLink, pdf: Buffer) =>
    downloadFindings(link, {
      contentType: 'application/pdf',
      bytes: pdf.length,
      pdf: await analysePdf(new Uint8Array(pdf)),
    }).map((finding) => `${finding.ruleId} ${finding.status}`);
  const tagged = { tagged: true, title: 'Rules', displayDocTitle: true };

  test('an English PDF linked from a Dzongkha page is for review, not a failed Dzongkha text layer', async () => {
    const english = buildPdf('Rules of the Dzongkhag Tshogdu, adopted in 2026', { ...tagged, lang: 'en' });
    expect(await verdicts(dzongkhaLink, english)).toEqual(['dzongkha/pdf-text-layer needs-review']);
    expect(await verdicts(englishLink, english)).toEqual([]);
    // Declared Dzongkha yet without Tibetan text: its text layer is what is wrong.
    const declared = buildPdf('Rules of the Dzongkhag Tshogdu, adopted in 2026', { ...tagged, lang: 'dz' });
    expect(await verdicts(dzongkhaLink, declared)).toEqual(['dzongkha/pdf-text-layer fail']);
    expect(await verdicts(dzongkhaLink, buildPdf(null))).toEqual(['dzongkha/pdf-text-layer fail']);
  });

  test('a file linked from both language versions is judged by the same link whichever page came first', () => {
    expect(tellingLink(englishLink, dzongkhaLink)).toBe(dzongkhaLink);
    expect(tellingLink(dzongkhaLink, englishLink)).toBe(dzongkhaLink);
    const otherEnglish = { ...englishLink, pageUrl: 'https://x.gov.bt/en/about/' };
    expect(tellingLink(englishLink, otherEnglish)).toBe(otherEnglish);
    expect(tellingLink(otherEnglish, englishLink)).toBe(otherEnglish);
  });
});

describe('PDFs checked inside', () => {
  const link = {
    url: 'https://x.gov.bt/docs/report.pdf',
    text: 'Annual report',
    lang: 'en',
    pageUrl: 'https://x.gov.bt/',
  };
  const rulesOf = async (pdf: Buffer) =>
    downloadFindings(link, {
      contentType: 'application/pdf',
      bytes: pdf.length,
      pdf: await analysePdf(new Uint8Array(pdf)),
    }).map((finding) => `${finding.ruleId} ${finding.status}`);
  const TEXT = 'Annual report of the Dzongkhag Administration';

  test('an accessible PDF (tagged, with language and a title shown by the viewer) has no finding', async () => {
    expect(
      await rulesOf(buildPdf(TEXT, { tagged: true, lang: 'en-GB', title: 'Annual report', displayDocTitle: true })),
    ).toEqual([]);
  });

  test('untagged, without language, and with a title the viewer does not show', async () => {
    expect(await rulesOf(buildPdf(TEXT, { title: 'Annual report' }))).toEqual([
      'downloads/pdf-untagged fail',
      'downloads/pdf-no-language fail',
      'downloads/pdf-no-title fail',
    ]);
  });

  test('scanned pages fail in an untagged PDF and need review in a tagged one, which may give them alt text', async () => {
    const untagged = await analysePdf(
      new Uint8Array(buildPdf(TEXT, { lang: 'en', title: 'T', displayDocTitle: true, scannedPages: 2 })),
    );
    expect(untagged).toMatchObject({ pages: 3, scannedPages: [2, 3], tagged: false });
    expect(
      await rulesOf(buildPdf(TEXT, { tagged: true, lang: 'en', title: 'T', displayDocTitle: true, scannedPages: 1 })),
    ).toEqual(['downloads/pdf-scanned-pages needs-review']);
    expect(await rulesOf(buildPdf(TEXT, { lang: 'en', title: 'T', displayDocTitle: true, scannedPages: 1 }))).toContain(
      'downloads/pdf-scanned-pages fail',
    );
  });

  test('a damaged PDF, or one that takes too long, needs review and never throws', async () => {
    expect(await rulesOf(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog'))).toEqual([
      'downloads/pdf-unreadable needs-review',
    ]);
    const slow = await analysePdf(new Uint8Array(buildPdf(TEXT, { scannedPages: 5 })), -1);
    expect(slow.unreadable).toMatch(/not read within/);
  });
});

test('contact details in schema.org structured data count', () => {
  const jsonLd = JSON.stringify({
    '@type': 'GovernmentOrganization',
    contactPoint: { telephone: '+975-2-334455', email: 'webmaster@x.gov.bt' },
  });
  const signals = pageSignals(context, facts({ jsonLd: [jsonLd] }), essentialPageName);
  expect(signals.phones).toEqual(['+975 2 334455']);
  expect(signals.emails).toEqual(['webmaster@x.gov.bt']);
});
