import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FONT_FILES, copyFonts, fontFaceCss, subsetSite, tibetanCodePoints, unicodeRange } from '../src/index.ts';
import { dzongkhaSamples, type DzongkhaSample } from '../src/samples/samples.ts';

const SAMPLE = (dzongkhaSamples()[1] as DzongkhaSample).text;
const work = mkdtempSync(join(tmpdir(), 'druk-fonts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tibetanCodePoints', () => {
  it('collects Tibetan characters, including character references, and nothing else', () => {
    const found = tibetanCodePoints('<p lang="dz">རྫོང་ཁ</p> English &#xF40; &#3905;');
    expect([...found].sort((a, b) => a - b)).toEqual(
      [0x0f41, 0x0f40, 0x0f44, 0x0f0b, 0x0f62, 0x0fab, 0x0f7c].sort((a, b) => a - b),
    );
    expect(tibetanCodePoints('Ministry of Home Affairs — 👩‍💻 «»').size).toBe(0);
  });
});

describe('unicodeRange', () => {
  it('merges runs of code points', () => {
    expect(unicodeRange([0x0f42, 0x0f40, 0x0f41, 0x0f0b, 0x0f44])).toBe('U+0F0B, U+0F40-0F42, U+0F44');
    expect(() => unicodeRange([])).toThrow('Cannot write a unicode-range for no characters.');
  });
});

describe('fontFaceCss', () => {
  it('limits every face to the Tibetan block and swaps in when loaded', () => {
    const css = fontFaceCss(FONT_FILES.map((file) => ({ file, url: `files/${file.baseName}.woff2` })));
    expect(css.match(/unicode-range: U\+0F00-0FFF;/g)).toHaveLength(2);
    expect(css).not.toMatch(/U\+00|U\+200C|U\+3008/);
    expect(css.match(/font-display: swap;/g)).toHaveLength(2);
    expect(css).toContain("font-family: 'Jomolhari';");
  });
});

describe('copyFonts', () => {
  it('writes the fonts, a stylesheet and the OFL licence of each font', async () => {
    const dir = join(work, 'copy');
    await copyFonts(dir);
    for (const file of FONT_FILES) {
      expect(existsSync(join(dir, 'files', `${file.baseName}.woff2`))).toBe(true);
      expect(readFileSync(join(dir, file.licenceName), 'utf8')).toContain('SIL Open Font License, Version 1.1');
    }
    expect(readFileSync(join(dir, 'druk-fonts.css'), 'utf8')).toContain('files/jomolhari-tibetan-400-normal.woff2');
  });
});

describe('subsetSite', () => {
  it('writes subsets for the characters the site uses, declared after the full fonts', async () => {
    const site = join(work, 'site');
    mkdirSync(join(site, 'dz'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><p>Zhemgang</p></html>');
    writeFileSync(join(site, 'dz', 'index.html'), `<!doctype html><html lang="dz"><p>${SAMPLE}</p></html>`);
    const report = await subsetSite(site, { cacheDir: false });
    expect(report.pages).toBe(2);
    expect(report.codePoints).toBe(tibetanCodePoints(SAMPLE).size);
    for (const file of report.files) {
      expect(file.bytes).toBeGreaterThan(1000);
      expect(file.bytes).toBeLessThan(file.fullBytes);
      expect(existsSync(join(site, file.path))).toBe(true);
    }
    const css = readFileSync(report.css, 'utf8');
    // Later @font-face rules of a family are tried first: subset before full.
    expect(css.indexOf('-subset-')).toBeGreaterThan(css.lastIndexOf('jomolhari-tibetan-400-normal.woff2'));
    expect(css).toContain(`unicode-range: ${unicodeRange(tibetanCodePoints(SAMPLE))};`);
  }, 30_000);

  it('reuses a cached subset when the characters have not changed', async () => {
    const cacheDir = join(work, 'cache');
    const site = join(work, 'cached');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), '<html lang="dz"><p>འབྲུག་རྒྱལ་ཁབ།</p></html>');
    const first = await subsetSite(site, { cacheDir });
    const started = performance.now();
    const second = await subsetSite(site, { cacheDir });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(second.files).toEqual(first.files);
    expect(readdirSync(cacheDir)).toHaveLength(FONT_FILES.length);
  }, 30_000);

  it('says what is wrong with a folder that has no built pages', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    await expect(subsetSite(empty)).rejects.toThrow(`No .html files in ${empty}: run the site build first.`);
  });
});
