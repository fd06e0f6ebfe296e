import { readFileSync, rmSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdown } from './fixtures.ts';
import { astro, scratchSite } from './scratch-site.ts';

// Starting Astro and each restart after a config edit take seconds on a busy 2-core machine.
const DEV_TIME = 240_000;

/** Calls `check` until it returns a value, or fails with the last reason once `ms` have passed. */
async function eventually<T>(check: () => Promise<T | undefined>, what: string, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s${last ? `: ${String(last)}` : ''}`);
}

describe('the dev server', { timeout: DEV_TIME }, () => {
  const site = scratchSite({}, { fromTemplate: true });
  let server: ChildProcess;
  let origin = '';
  let log = '';

  const page = async (path: string) => {
    const response = await fetch(new URL(path, origin));
    return { status: response.status, html: await response.text() };
  };
  const editConfig = (from: string, to: string) => {
    const file = join(site.root, 'site.config.ts');
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`site.config.ts has no ${from}`);
    site.write('site.config.ts', text.replace(from, to));
  };

  beforeAll(async () => {
    server = astro(site.root, ['dev', '--host', '127.0.0.1', '--port', '0']);
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    origin = await eventually(
      async () => /http:\/\/127\.0\.0\.1:\d+\//.exec(log)?.[0],
      'the dev server printing its address',
    );
    await eventually(async () => ((await page('/en/')).status === 200 ? true : undefined), 'the home page answering');
  }, DEV_TIME);

  afterAll(async () => {
    if (server.exitCode === null) {
      process.kill(server.pid as number, 'SIGTERM');
      await once(server, 'exit');
    }
    site.remove();
  });

  it('serves an edit of site.config.ts without a manual restart', async () => {
    expect((await page('/en/')).html).toContain('agency="Yulsum Dzongkhag Administration"');
    editConfig("en: 'Yulsum Dzongkhag Administration'", "en: 'Lhuntse Dzongkhag Administration'");
    await eventually(
      async () => ((await page('/en/')).html.includes('agency="Lhuntse Dzongkhag Administration"') ? true : undefined),
      'the new name on the home page',
    );
  });

  it('recovers from a wrong value once it is fixed, and from a logo added after the config names it', async () => {
    editConfig("phone: '+975 3 741 100'", "phone: '741 100'");
    await eventually(async () => (log.includes('contact.phone') ? true : undefined), 'the phone error in the log');
    // The error is fixed together with a visible change, which must then be served.
    editConfig("phone: '741 100'", "phone: '+975 3 741 200'");
    await eventually(
      async () => ((await page('/en/contact/')).html.includes('+975 3 741 200') ? true : undefined),
      'the fixed phone number on the contact page',
    );

    editConfig("logo: 'logo.svg'", "logo: 'emblem.svg'");
    await eventually(
      async () => ((await page('/en/')).html.includes('logo-src="/emblem.svg"') ? true : undefined),
      'the new logo address on the home page',
    );
    expect((await page('/emblem.svg')).status).toBe(404);
    site.write('public/emblem.svg', readFileSync(join(site.root, 'public/logo.svg')));
    await eventually(async () => ((await page('/emblem.svg')).status === 200 ? true : undefined), 'the added logo');
    expect((await page('/en/')).status).toBe(200);
  });

  it('serves a new Markdown file at once, and drops a deleted one from pages and lists', async () => {
    const file = 'src/content/en/news/new-bridge.md';
    site.write(file, markdown({ title: 'A new bridge at Trong', published: '2026-11-20' }, 'The bridge opened.'));
    await eventually(
      async () => ((await page('/en/news/new-bridge/')).html.includes('The bridge opened.') ? true : undefined),
      'the new page',
    );
    expect((await page('/en/news/')).html).toContain('href="/en/news/new-bridge/"');

    rmSync(join(site.root, file));
    await eventually(
      async () => ((await page('/en/news/new-bridge/')).status === 404 ? true : undefined),
      'the deleted page answering 404',
    );
    expect((await page('/en/news/')).html).not.toContain('new-bridge');
  });

  it('shows a picture added after the article that names it, resized, without a restart', async () => {
    const file = 'src/content/en/news/river-walk.md';
    const fields = {
      title: 'A walk by the river',
      published: '2026-11-21',
      image: 'images/river.jpg',
      imageAlt: 'The river',
    };
    site.write(file, markdown(fields, 'The path is open.'));
    // Astro renders on request: asking for the page is what reports the missing picture.
    await eventually(async () => {
      const answer = await page('/en/news/river-walk/');
      return answer.status === 500 && log.includes('images/river.jpg is not in the content folder') ? true : undefined;
    }, 'the missing picture reported');

    const river = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#2f5d7d' } })
      .jpeg()
      .toBuffer();
    site.write('src/content/images/river.jpg', river);
    const html = await eventually(async () => {
      const answer = await page('/en/news/river-walk/');
      return answer.status === 200 && answer.html.includes('<picture') ? answer.html : undefined;
    }, 'the article with its picture');
    const img = /<img src="([^"]+)"[^>]*alt="The river"/.exec(html.slice(html.indexOf('<picture')));
    expect(img?.[1]).toBeDefined();
    const served = await fetch(new URL((img?.[1] as string).replace(/&amp;/g, '&'), origin));
    expect(served.status).toBe(200);
    const { width } = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(width).toBeLessThan(2400);
  });

  // Last: by now the config edits above have restarted the server three times.
  it('loads the components once, at start and after each restart: no "loaded twice" warning', async () => {
    for (const path of ['/en/', '/dz/', '/en/contact/', '/dz/feedback/']) expect((await page(path)).status).toBe(200);
    expect(log).toContain('[200] /dz/feedback/');
    expect(log).not.toContain('loaded twice');
  });
});
