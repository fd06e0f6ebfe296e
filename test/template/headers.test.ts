// The built site served by Debian's nginx with the shipped configuration (deploy/nginx.conf):
// every page answers with the security headers, and Chromium reports no Content-Security-Policy
// violation and makes no request outside the site on any page.
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { sitesUnderTest } from '../support/sites.ts';
import { builtPages, snapshotSite } from './built-site.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const REQUIRED = [
  'content-security-policy',
  'strict-transport-security',
  'referrer-policy',
  'permissions-policy',
  'x-content-type-options',
];

describe.each(sitesUnderTest())('$id site', (site) => {
  const copy = snapshotSite(site.dist);
  const dist = copy.dir;
  const pages = builtPages(dist).map(({ path }) => path);
  let nginx: NginxServer;

  beforeAll(async () => {
    nginx = await startNginx(readFileSync(join(site.dir, 'deploy/nginx.conf'), 'utf8'), dist);
  });

  afterAll(async () => {
    copy.remove();
    await nginx?.stop();
  });

  test('nginx sends the security headers, with no unsafe-inline script source', async () => {
    for (const path of [...pages, '/en/news/rss.xml', '/sitemap.xml', '/no-such-page/']) {
      const response = await fetch(new URL(path, nginx.url));
      expect(response.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      for (const header of REQUIRED) expect(response.headers.get(header), `${path} ${header}`).toBeTruthy();
      if (path.endsWith('/')) expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
      expect(csp).toContain("frame-ancestors 'none'");
      await response.arrayBuffer();
    }
    const notFound = await (await fetch(new URL('/no-such-page/', nginx.url))).text();
    expect(notFound).toContain('Page not found');
  });

  test("nginx serves the site at its own address when Debian's default site is enabled too", async () => {
    const beside = await startNginx(readFileSync(join(site.dir, 'deploy/nginx.conf'), 'utf8'), dist, {
      besideDebianDefault: true,
    });
    try {
      const host = new URL(site.config.url).hostname;
      const answer = await new Promise<{ status: number; body: string }>((done, failed) => {
        const request = get(new URL('/en/', beside.url), { headers: { host } }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => done({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', failed);
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<html lang="en"');
    } finally {
      await beside.stop();
    }
  });

  test('nginx compresses text and caches fingerprinted assets', async () => {
    const page = await fetch(new URL('/en/', nginx.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await page.text())?.[1] as string;
    const asset = await fetch(new URL(css, nginx.url));
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toBeTruthy();
    await asset.arrayBuffer();
  });

  test('no console error (CSP violation or other) and no third-party request in Chromium, on any page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => {
      // A CSP violation is reported as an error; so is a malformed page, e.g. a second declarative
      // shadow root on one host.
      if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) {
        problems.push(`${current}: ${message.text()}`);
      }
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(nginx.url)) problems.push(`${current}: request to ${request.url()}`);
    });
    try {
      for (const path of pages) {
        current = path;
        // The search page runs a query, so the index and its WebAssembly load under the policy too.
        const search = path.endsWith('/search/');
        await page.goto(new URL(search ? `${path}?q=dzong` : path, nginx.url).href, { waitUntil: 'load' });
        if (search) {
          const status = page.locator('#search-status');
          await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/[^…\s]$/);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
