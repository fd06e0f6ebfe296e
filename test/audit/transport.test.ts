// druk-audit's transport-security checks against real servers on 127.0.0.1: certificates signed at test
// time by a throw-away CA (expired, expiring soon, valid), HSTS headers, and the http:// address of an
// https:// site (redirected, not redirected, redirected to http://, not answering).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { transportChecks, type TransportFacts } from '../../packages/audit/src/checks/site-checks.ts';
import { plainHttpUrl, probeHttpRedirect } from '../../packages/audit/src/crawl/http.ts';
import { audit, type Finding, type SiteResult } from '../../packages/audit/src/index.ts';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback.ts';
import {
  createCertificateAuthority,
  serveTls,
  trustInThisThread,
  type ServerCredentials,
  type TestCertificateAuthority,
} from '../support/test-certificates.ts';

const DAY_MS = 86_400_000;
const fromNow = (ms: number) => new Date(Date.now() + ms);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const HOME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Transport test</title></head>
<body><main><h1>Transport test</h1><p>One page served over HTTPS.</p></main></body></html>`;

/** A one-page HTTPS site; `hsts` is its Strict-Transport-Security header, if any. */
function serveHome(credentials: ServerCredentials, hsts?: string): Promise<LoopbackServer> {
  return serveTls(credentials, (request, response) => {
    if (request.url !== '/') return response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(hsts ? { 'strict-transport-security': hsts } : {}),
    });
    response.end(HOME_PAGE);
  });
}

let authority: TestCertificateAuthority;
let untrust: () => void;
const servers: LoopbackServer[] = [];

beforeAll(() => {
  authority = createCertificateAuthority();
  // The audit trusts what Node trusts; a user names a private CA in NODE_EXTRA_CA_CERTS.
  untrust = trustInThisThread(authority.certificate);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  untrust?.();
  authority?.dispose();
});

describe('certificate and HSTS of an audited HTTPS site', () => {
  const expiredOn = fromNow(-30 * DAY_MS);
  // An hour past ten days, so the run does not cross a day boundary of the count.
  const expiresOn = fromNow(10 * DAY_MS + 3_600_000);
  const validUntil = fromNow(200 * DAY_MS);
  let expired: SiteResult;
  let expiring: SiteResult;
  let valid: SiteResult;
  const outputDir = mkdtempSync(join(tmpdir(), 'druk-audit-transport-'));

  beforeAll(async () => {
    const sites = await Promise.all([
      serveHome(authority.issue(fromNow(-90 * DAY_MS), expiredOn)),
      serveHome(authority.issue(fromNow(-80 * DAY_MS), expiresOn), 'max-age=86400'),
      serveHome(authority.issue(fromNow(-DAY_MS), validUntil), 'max-age=31536000; includeSubDomains'),
    ]);
    servers.push(...sites);
    const run = await audit({
      sites: sites.map((site) => ({ url: site.url })),
      outputDir,
      maxPages: 1,
      checkExternalLinks: false,
      formats: ['json'],
    });
    [expired, expiring, valid] = run.sites as [SiteResult, SiteResult, SiteResult];
  });

  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  const finding = (site: SiteResult, ruleId: string): Finding | undefined =>
    [...site.findings, ...site.passes].find((candidate) => candidate.ruleId === ruleId);

  test('audits the page of a site whose certificate has expired', () => {
    for (const site of [expired, expiring, valid]) {
      expect(site.pages[0]?.kind, site.site.url).toBe('html');
      expect(site.pages[0]?.status, site.site.url).toBe(200);
    }
  });

  test('fails an expired certificate, saying so and giving the date', () => {
    const certificate = finding(expired, 'security/certificate');
    expect(certificate?.status).toBe('fail');
    expect(certificate?.message).toContain(`expired on ${isoDate(expiredOn)}`);
  });

  test('flags a certificate that expires within the warning window for review, with the days left', () => {
    const certificate = finding(expiring, 'security/certificate');
    expect(certificate?.status).toBe('needs-review');
    expect(certificate?.message).toContain(`expires on ${isoDate(expiresOn)}, in 10 days`);
  });

  test('passes a certificate that verifies and is far from expiry', () => {
    const certificate = finding(valid, 'security/certificate');
    expect(certificate?.status).toBe('pass');
    expect(certificate?.message).toContain(`valid until ${isoDate(validUntil)}`);
  });

  test('fails a missing or short HSTS header and passes one of a year', () => {
    expect(finding(expired, 'security/hsts')?.message).toBe('The home page has no Strict-Transport-Security header');
    expect(finding(expired, 'security/hsts')?.status).toBe('fail');
    expect(finding(expiring, 'security/hsts')?.status).toBe('fail');
    expect(finding(expiring, 'security/hsts')?.message).toContain('max-age is 86400 s (1 days)');
    expect(finding(valid, 'security/hsts')?.status).toBe('pass');
  });

  test('does not probe port 80 of a loopback address for the http:// redirect', () => {
    expect(finding(valid, 'security/http-redirect')).toBeUndefined();
  });
});

describe('the http:// address of an https:// site', () => {
  let httpsHome: LoopbackServer;
  let plain: LoopbackServer;
  let silent: LoopbackServer;
  let closedPort: number;

  const portOf = (server: LoopbackServer) => Number(new URL(server.url).port);

  beforeAll(async () => {
    httpsHome = await serveHome(authority.issue(fromNow(-DAY_MS), fromNow(200 * DAY_MS)));
    // Status and Location of each path of the plain-HTTP server.
    const routes: Record<string, [number, string?]> = {
      '/redirects/': [301, new URL('/redirects/', httpsHome.url).href],
      // http://host/ → http://www.host/ → https://www.host/ is common and fine.
      '/via-http/': [302, '/redirects/'],
      '/stays/': [200],
      '/to-http/': [301, '/elsewhere/'],
      '/elsewhere/': [200],
      '/loop/': [302, '/loop/'],
    };
    const handler: RequestListener = (request, response) => {
      const route = routes[request.url ?? ''];
      if (!route) return response.writeHead(404).end();
      const [status, location] = route;
      response.writeHead(status, location ? { location } : { 'content-type': 'text/html' }).end(HOME_PAGE);
    };
    plain = await listenOnLoopback(createServer(handler));
    // Accepts connections and never answers.
    silent = await listenOnLoopback(createServer(() => {}));
    const closed = await listenOnLoopback(createServer());
    closedPort = portOf(closed);
    await closed.close();
    servers.push(httpsHome, plain, silent);
  });

  /** The audit's verdict on the http:// address of the site's `path` when plain HTTP listens on `httpPort`. */
  async function redirectFinding(path: string, httpPort: number, timeoutMs?: number) {
    const home = new URL(path, httpsHome.url).href;
    const probe = await probeHttpRedirect(home, { httpPort, timeoutMs });
    const facts: TransportFacts = {
      homeUrl: home,
      https: true,
      localPreview: false,
      httpRedirect: probe,
      homeHeaders: {},
      cookies: [],
      sitemapXml: null,
    };
    return transportChecks(facts).find((finding) => finding.ruleId === 'security/http-redirect');
  }

  test('is the same host and path on port 80, whatever port the https:// URL names', () => {
    expect(plainHttpUrl('https://www.moic.gov.bt/en/?q=1')).toBe('http://www.moic.gov.bt/en/?q=1');
    expect(plainHttpUrl('https://x.gov.bt:8443/dz/')).toBe('http://x.gov.bt/dz/');
    expect(plainHttpUrl('https://127.0.0.1:8443/', 8080)).toBe('http://127.0.0.1:8080/');
  });

  test('passes a redirect to https://', async () => {
    const finding = await redirectFinding('/redirects/', portOf(plain));
    expect(finding?.status).toBe('pass');
    expect(finding?.message).toBe(`${new URL('/redirects/', plain.url).href} redirects to ${httpsHome.url}redirects/`);
  });

  test('passes redirects through another http:// address that end on https://', async () => {
    const finding = await redirectFinding('/via-http/', portOf(plain));
    expect(finding?.status).toBe('pass');
    expect(finding?.evidence?.hops).toBe(
      `${new URL('/via-http/', plain.url).href} 302 → ${new URL('/redirects/', plain.url).href} 301`,
    );
  });

  test('fails a page served over http:// without a redirect', async () => {
    const finding = await redirectFinding('/stays/', portOf(plain));
    expect(finding?.status).toBe('fail');
    expect(finding?.message).toBe(
      `${new URL('/stays/', plain.url).href} answers HTTP 200 without a redirect to https://`,
    );
  });

  test('fails a redirect to another http:// address that answers', async () => {
    const finding = await redirectFinding('/to-http/', portOf(plain));
    expect(finding?.status).toBe('fail');
    expect(finding?.message).toContain(
      `redirects to ${new URL('/elsewhere/', plain.url).href}, which answers HTTP 200`,
    );
  });

  test('fails http:// redirects that go round without reaching https://', async () => {
    const finding = await redirectFinding('/loop/', portOf(plain));
    expect(finding?.status).toBe('fail');
    expect(finding?.message).toMatch(/redirects \d+ times without reaching https:\/\//);
  });

  test('records a plain-HTTP port that refuses or never answers as needs review', async () => {
    const refused = await redirectFinding('/redirects/', closedPort);
    expect(refused?.status).toBe('needs-review');
    expect(refused?.message).toContain('ECONNREFUSED');
    const unanswered = await redirectFinding('/redirects/', portOf(silent), 1000);
    expect(unanswered?.status).toBe('needs-review');
    expect(unanswered?.message).toContain('Timed out');
  });
});
