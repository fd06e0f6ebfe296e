// Tibetan font bytes a page downloads in Chromium, full fonts vs a site subset, for each real
// Dzongkha sample; and the time to subset a 100-page site.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { copyFonts, subsetSite } from '../../packages/fonts/src/index.ts';
import { dzongkhaSamples } from '../../packages/fonts/src/samples/samples.ts';
import { serveStatic } from '../support/static-server.ts';
import type { Bench, BenchRow } from './types.ts';

const samples = dzongkhaSamples();

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${lang}</title>` +
  `<link rel="stylesheet" href="/_fonts/druk-fonts.css">` +
  `<body style="font-family: Jomolhari, 'Noto Serif Tibetan', sans-serif">${body}</body></html>`;

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => `<p>${line}</p>`)
    .join('');

const bench: Bench = async () => {
  const work = mkdtempSync(join(tmpdir(), 'druk-fonts-bench-'));
  const rows: BenchRow[] = [];
  const browser = await launchChromium();
  try {
    // One single-page site per sample, so each subset holds only that page's characters.
    for (const sample of samples) {
      for (const variant of ['full', 'subset'] as const) {
        const site = join(work, sample.id, variant);
        mkdirSync(site, { recursive: true });
        writeFileSync(join(site, 'index.html'), page('dz', paragraphs(sample.text)));
        if (variant === 'full') await copyFonts(join(site, '_fonts'));
        else await subsetSite(site, { cacheDir: false });
        const server = await serveStatic(site);
        try {
          const tab = await browser.newPage();
          let bytes = 0;
          tab.on('response', async (response) => {
            if (response.request().resourceType() === 'font') bytes += (await response.body()).byteLength;
          });
          await tab.goto(server.url, { waitUntil: 'networkidle' });
          await tab.evaluate(() => document.fonts.ready.then(() => undefined));
          await tab.close();
          rows.push({ name: `${sample.id}: Tibetan font bytes, ${variant}`, value: bytes, unit: 'B' });
        } finally {
          await server.close();
        }
      }
    }
  } finally {
    await browser.close();
  }

  // A 100-page site: three in four pages are Dzongkha (the samples in turn, each with its own heading), the rest English.
  const site = join(work, 'hundred');
  for (let i = 0; i < 100; i += 1) {
    const dir = join(site, String(i));
    mkdirSync(dir, { recursive: true });
    const sample = samples[i % samples.length];
    const html =
      i % 4 === 3
        ? page('en', `<p>Page ${i} in English.</p>`)
        : page('dz', `<h1>${i}</h1>${paragraphs(sample?.text ?? '')}`);
    writeFileSync(join(dir, 'index.html'), html);
  }
  // CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report = await subsetSite(site, { cacheDir: false });
  const wall = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  rows.push(
    { name: `subset a ${report.pages}-page site (${report.codePoints} characters), wall`, value: wall, unit: 'ms' },
    {
      name: `subset a ${report.pages}-page site, CPU (user + system)`,
      value: Math.round((cpu.user + cpu.system) / 1000),
      unit: 'ms',
    },
    ...report.files.map((file) => ({
      name: `site subset, ${file.family} (full ${file.fullBytes} B)`,
      value: file.bytes,
      unit: 'B',
    })),
  );
  rmSync(work, { recursive: true, force: true });
  return rows;
};

export default bench;
