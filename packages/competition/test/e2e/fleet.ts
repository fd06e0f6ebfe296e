// Small government-like websites served on 127.0.0.1, for the mini competition and the round benchmark.
// Each site is a few static pages whose quality is set by flags, so a test can make one site better or worse
// between rounds and know which findings should appear or go.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../../../test/support/static-server.ts';

export interface SiteQuality {
  /** `<html lang>` set. */
  lang: boolean;
  /** Images carry alt text. */
  alt: boolean;
  /** Body text has enough contrast. */
  contrast: boolean;
  /** Form fields have labels. */
  labels: boolean;
}

export const GOOD: SiteQuality = { lang: true, alt: true, contrast: true, labels: true };

// Distinct section names: the crawler samples look-alike URLs (page-1, page-2 …), real sections it crawls.
const PAGES = [
  'about',
  'services',
  'news',
  'contact',
  'privacy',
  'tenders',
  'vacancies',
  'publications',
  'acts',
  'rules',
  'forms',
  'downloads',
  'gallery',
  'faq',
  'feedback',
  'statistics',
  'budget',
  'projects',
  'organisation',
  'directory',
  'events',
  'notices',
  'gewogs',
  'tourism',
  'health',
  'education',
  'agriculture',
  'disclaimer',
];

function pageHtml(siteName: string, title: string, quality: SiteQuality, links: string[]): string {
  const lang = quality.lang ? ' lang="en"' : '';
  const colour = quality.contrast ? '#1b1b1b' : '#b8b8b8';
  const image = `<img src="/emblem.svg" width="48" height="48"${quality.alt ? ' alt="Emblem of Bhutan"' : ''}>`;
  const field = quality.labels
    ? '<label for="q">Search</label><input id="q" name="q" type="search">'
    : '<input name="q" type="search">';
  const nav = links
    .map((link) => `<li><a href="/${link}/">${link[0]!.toUpperCase()}${link.slice(1)}</a></li>`)
    .join('');
  return `<!doctype html>
<html${lang}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${siteName}</title>
<style>body { font-family: sans-serif; color: ${colour}; background: #fff; }</style></head>
<body>
<header>${image}<p>${siteName}, Royal Government of Bhutan</p>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li>${nav}</ul></nav></header>
<main><h1>${title}</h1>
<p>Updated 1 November 2026. Contact: +975 2 322 345, info@example.gov.bt, Tashichhodzong, Thimphu.</p>
<form action="/search/" role="search">${field}<button type="submit">Go</button></form>
</main>
<footer><p><a href="/privacy/">Privacy policy</a> · © 2026 ${siteName}</p></footer>
</body></html>
`;
}

/** Writes (or rewrites) a site of `pageCount` pages into `dir`. */
export function writeSite(dir: string, siteName: string, quality: SiteQuality, pageCount = 4): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (pageCount > PAGES.length + 1) throw new Error(`a fleet site has at most ${PAGES.length + 1} pages`);
  const links = PAGES.slice(0, Math.max(0, pageCount - 1));
  writeFileSync(join(dir, 'index.html'), pageHtml(siteName, 'Home', quality, links));
  for (const link of links) {
    mkdirSync(join(dir, link), { recursive: true });
    writeFileSync(join(dir, link, 'index.html'), pageHtml(siteName, link, quality, links));
  }
  writeFileSync(
    join(dir, 'emblem.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20" fill="#f7a800"/></svg>',
  );
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
}

/** A site whose availability the test switches: while `down`, every request gets a 503. */
export interface SwitchableSite {
  url: string;
  down: boolean;
  close(): Promise<void>;
}

export async function serveSwitchable(dir: string): Promise<SwitchableSite> {
  const inner: StaticServer = await serveStatic(dir);
  const state = { down: false };
  // A thin front that either fails or forwards to the static server.
  const front: Server = createServer(async (request, response) => {
    if (state.down) {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('Service unavailable');
      return;
    }
    const upstream = await fetch(new URL(request.url ?? '/', inner.url), { method: request.method ?? 'GET' });
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((ready) => front.listen(0, '127.0.0.1', ready));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    close: async () => {
      front.closeAllConnections();
      await new Promise((done) => front.close(done));
      await inner.close();
    },
  };
}
