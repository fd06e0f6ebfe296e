import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../support/static-server.ts';

export interface Transfer {
  /** Gzip (level 6) bytes of every file the page requested, content photos excluded. */
  total: number;
  byType: Record<string, number>;
  requests: number;
  /** Paths of the files counted. */
  files: string[];
}

/** Content photos (processed by the image pipeline) are outside the budget; icons and logos are in. */
const CONTENT_PHOTO = /^\/_astro\/.+\.(avif|webp|jpe?g|png)$/;

function typeOf(path: string): string {
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  const extension = path.split('.').pop() ?? '';
  if (extension === 'css' || extension === 'js') return extension;
  if (extension === 'woff2') return 'font';
  return 'other';
}

/**
 * What a first visit to `path` downloads, measured the same way for every site: the files the
 * page requested in Chromium (fresh profile), each gzipped at level 6 as a typical host would.
 */
export async function firstVisitTransfer(browser: Browser, dist: string, path: string): Promise<Transfer> {
  const server = await serveStatic(dist);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requested = new Set<string>();
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(server.url).origin) requested.add(url.pathname);
    });
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    const transfer: Transfer = { total: 0, byType: {}, requests: 0, files: [] };
    for (const file of requested) {
      if (CONTENT_PHOTO.test(file)) continue;
      const onDisk = join(dist, decodeURIComponent(file), file.endsWith('/') ? 'index.html' : '');
      const bytes = gzipSync(readFileSync(onDisk), { level: 6 }).byteLength;
      const type = typeOf(file);
      transfer.byType[type] = (transfer.byType[type] ?? 0) + bytes;
      transfer.total += bytes;
      transfer.requests += 1;
      transfer.files.push(file);
    }
    return transfer;
  } finally {
    await context.close();
    await server.close();
  }
}
