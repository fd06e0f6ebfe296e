// The site template: first-visit weight of the home pages, and the build speed of a generated
// 1,000-page bilingual site (pages per second and peak memory of the whole `astro build`).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { REPO_ROOT, TEMPLATE_DIR } from '../support/paths.ts';
import { firstVisitTransfer } from '../template/transfer.ts';
import type { BenchRow } from './types.ts';

const ASTRO = join(TEMPLATE_DIR, 'node_modules/.bin/astro');

function build(root: string): { seconds: number; cpuSeconds: number; peakMegabytes: number; pages: number } {
  const started = process.hrtime.bigint();
  // GNU time reports the peak resident memory (%M, KB) and the CPU time (user, system) of the
  // build and its children; CPU time stays meaningful when other work shares the 2 cores.
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ASTRO, 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`astro build failed in ${root}:\n${result.stdout}\n${result.stderr}`);
  const [peak, user, system] = (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) as [
    number,
    number,
    number,
  ];
  const pages = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length;
  return { seconds, cpuSeconds: user + system, peakMegabytes: Math.round(peak / 1024), pages };
}

/** A copy of the template with 250 news items and 250 notices in each language (1,000 item pages). */
function generatedSite(): string {
  // Inside the workspace, so Vite resolves the linked @druk packages as it does for the template.
  mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
  const root = mkdtempSync(join(REPO_ROOT, '.cache', 'bench-site-'));
  for (const entry of ['astro.config.mjs', 'site.config.ts', 'package.json', 'public']) {
    cpSync(join(TEMPLATE_DIR, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(TEMPLATE_DIR, 'node_modules'), join(root, 'node_modules'));
  const paragraph = {
    en: 'The Dzongkhag Administration informs the public that the work will continue as planned. '.repeat(12),
    dz: 'རྫོང་ཁག་བདག་སྐྱོང་གིས་ མི་མང་ལུ་ ལཱ་འདི་ འཆར་གཞི་བཞིན་དུ་ འཕྲོ་མཐུད་དེ་འབད་ནི་ཨིན་ཟེར་ བརྡ་བསྒྲགས་ཞུཝ་ཨིན། '.repeat(12),
  };
  for (const lang of ['en', 'dz'] as const) {
    for (const collection of ['news', 'notices']) {
      const dir = join(root, 'src/content', lang, collection);
      mkdirSync(dir, { recursive: true });
      for (let index = 1; index <= 250; index += 1) {
        const day = String((index % 28) + 1).padStart(2, '0');
        const closes = collection === 'notices' ? `\ncloses: 2099-12-${day}` : '';
        writeFileSync(
          join(dir, `item-${index}.md`),
          `---\ntitle: ${collection} ${index}\nsummary: Item ${index}\npublished: 2026-10-${day}${closes}\n---\n\n${paragraph[lang]}\n\n${paragraph[lang]}\n`,
        );
      }
    }
  }
  return root;
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const template = build(TEMPLATE_DIR);
  rows.push({ name: 'template build (whole process)', value: template.seconds.toFixed(1), unit: 's' });
  rows.push({ name: 'template pages', value: template.pages, unit: 'pages' });

  const browser = await launchChromium();
  try {
    for (const path of ['/en/', '/dz/']) {
      const transfer = await firstVisitTransfer(browser, join(TEMPLATE_DIR, 'dist'), path);
      rows.push({ name: `home ${path} first visit (gzip)`, value: (transfer.total / 1000).toFixed(1), unit: 'KB' });
      for (const [type, bytes] of Object.entries(transfer.byType)) {
        rows.push({ name: `  ${path} ${type}`, value: (bytes / 1000).toFixed(1), unit: 'KB' });
      }
      rows.push({ name: `  ${path} requests`, value: transfer.requests, unit: '' });
    }
  } finally {
    await browser.close();
  }

  const root = generatedSite();
  try {
    const generated = build(root);
    rows.push({ name: 'generated site pages', value: generated.pages, unit: 'pages' });
    rows.push({ name: 'generated site build', value: generated.seconds.toFixed(1), unit: 's' });
    rows.push({
      name: 'generated site speed',
      value: Math.round(generated.pages / generated.seconds),
      unit: 'pages/s',
    });
    rows.push({ name: 'generated site peak memory', value: generated.peakMegabytes, unit: 'MB' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
