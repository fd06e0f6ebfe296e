// Renders the Dzongkha typography specimens behind docs/adr/0006-dzongkha-typography.md:
//   node packages/tokens/scripts/specimens.ts [out-dir]
// Real text from @druk/fonts samples, web fonts from the npm packages, Chromium from @druk/chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../chromium/src/index.js';
import { FONT_FILES, fontPath } from '../../fonts/src/index.ts';
import { dzongkhaSamples } from '../../fonts/src/samples/samples.ts';
import { dzongkha } from '../src/scale.ts';

const out = process.argv[2] ?? fileURLToPath(new URL('../../../docs/adr/0006-dzongkha-typography/', import.meta.url));
mkdirSync(out, { recursive: true });

// Own family names, so that an installed Jomolhari cannot stand in for the web font.
const faces = FONT_FILES.map(
  (file) => `@font-face { font-family: 'Web ${file.family}'; unicode-range: U+0F00-0FFF;
  src: url(data:font/woff2;base64,${readFileSync(fontPath(file)).toString('base64')}) format('woff2'); }`,
).join('\n');

const [paro, zhemgang, songs] = dzongkhaSamples().map((sample) => sample.text.split('\n').filter(Boolean));
const sentence = (paro?.[1] ?? '').slice(0, 150);
const english = 'The Royal Government of Bhutan publishes notices, tenders and vacancies on this website.';
const deepStacks = 'བསྒྲུབས་ ཧཱུཾ་ ཀྵ་ རྒྱལ་ཁབ་ཀྱི་ གྲྭ་ཚང་ སྒྲུབ་';

const label = (text: string) => `<div class="label">${text}</div>`;
const specimens: Record<string, string> = {
  size: [
    label('English, system-ui 16px'),
    `<p style="font:16px/1.8 system-ui">${english}</p>`,
    ...[1, dzongkha.scale, 1.375].map(
      (scale) =>
        `${label(`Jomolhari ${16 * scale}px (${scale}×)`)}<p style="font:${16 * scale}px/1.8 'Web Jomolhari',system-ui">${sentence}</p>`,
    ),
    label('Noto Serif Tibetan 16px (1×)'),
    `<p style="font:16px/1.8 'Web Noto Serif Tibetan',system-ui">${sentence}</p>`,
  ].join(''),
  'line-height': [1.2, 1.5, 1.8]
    .map(
      (height) =>
        `${label(`Jomolhari 19.2px, line-height ${height}`)}<p style="font:19.2px/${height} 'Web Jomolhari',system-ui">${(zhemgang?.[1] ?? '').slice(0, 260)}</p>`,
    )
    .join(''),
  headings: [1.25, 1.5]
    .map(
      (height) =>
        `${label(`Heading 33.6px, line-height ${height}`)}<h2 style="font:33.6px/${height} 'Web Jomolhari',system-ui;margin:0;width:400px">${deepStacks} ${songs?.[0] ?? ''}</h2>`,
    )
    .join(''),
  underline: ['auto', '0.3em', dzongkha.underlineOffset, '0.62em']
    .map(
      (offset) =>
        `${label(`Link underline offset ${offset}, two lines at line-height 1.8`)}<p style="font:22px/1.8 'Web Jomolhari',system-ui;width:420px"><a href="#" style="text-underline-offset:${offset};color:#7d1d1d">${deepStacks} ${deepStacks}</a></p>`,
    )
    .join(''),
  'noto-line-height': [1.5, 1.8]
    .map(
      (height) =>
        `${label(`Noto Serif Tibetan 16px, line-height ${height}`)}<p style="font:16px/${height} 'Web Noto Serif Tibetan',system-ui">${(zhemgang?.[1] ?? '').slice(0, 260)}</p>`,
    )
    .join(''),
};

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 720, height: 400 }, deviceScaleFactor: 1 });
  for (const [name, body] of Object.entries(specimens)) {
    await page.setContent(`<!doctype html><html lang="dz"><meta charset="utf-8"><style>${faces}
      body { margin: 16px; width: 680px; background: #fff; color: #1b1a1f; }
      p { margin: 0 0 12px; } .label { font: 12px/1.4 system-ui; color: #55525a; margin-top: 8px; }</style>
      <body>${body}</body></html>`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  }
} finally {
  await browser.close();
}
process.stdout.write(`Specimens written to ${out}\n`);
