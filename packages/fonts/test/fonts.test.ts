import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as hb from 'harfbuzzjs';
import { decompress } from 'wawoff2';
import { readWoff2AsSfnt } from '../src/glyph-subset.ts';
import {
  EDITABLE_FAMILY,
  FONT_FILES,
  copyFonts,
  fontFaceCss,
  fontPath,
  shapedGlyphs,
  scriptRuns,
  subsetFontFile,
  subsetSite,
  tibetanCodePoints,
  tibetanRuns,
  unicodeRange,
} from '../src/index.ts';
import { dzongkhaSamples, mixedScriptLines, type DzongkhaSample } from '../src/samples/samples.ts';

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

describe('tibetanRuns', () => {
  it('keeps whole text nodes and attribute values that hold Tibetan, spaces included', () => {
    const html = '<p lang="dz">རྫོང་ཁ་ <b>སློབ་སྦྱོང་</b> 2026</p><img alt="ཞལ་ངོ་ &#xF40;" src="a.png"><p>English</p>';
    expect(tibetanRuns(html)).toEqual(['རྫོང་ཁ་', 'སློབ་སྦྱོང་', 'ཞལ་ངོ་ ཀ']);
  });
});

/** Each glyph as its outline and position, so two fonts with different glyph ids can be compared. */
function shapedOutlines(sfnt: Uint8Array, text: string): string[] {
  const font = new hb.Font(new hb.Face(new hb.Blob(sfnt)));
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return (
    buffer
      .getGlyphInfos()
      // Glyph 0 (.notdef) stands for characters the font lacks; browsers take those from the next font.
      .map(
        (info, index) =>
          `${info.codepoint === 0 ? 'notdef' : font.glyphToPath(info.codepoint)} ${JSON.stringify(positions[index])}`,
      )
  );
}

describe('subsetFontFile', () => {
  const lines = dzongkhaSamples().flatMap((sample) => sample.text.split(/\n+/).filter(Boolean));

  for (const file of FONT_FILES) {
    it(`${file.family}: the subset shapes every line of the real texts to the full font's glyphs and positions`, async () => {
      const full = await decompress(readFileSync(fontPath(file)));
      const subset = await decompress(await subsetFontFile(file, lines));
      expect(subset.byteLength).toBeLessThan(full.byteLength / 2);
      for (const line of lines) expect(shapedOutlines(subset, line)).toEqual(shapedOutlines(full, line));
      // Control: a syllable the texts never use does not shape the same, so the comparison can fail.
      const unseen = 'ཧྥྱོ';
      expect(lines.join('')).not.toContain(unseen);
      expect(shapedOutlines(subset, unseen)).not.toEqual(shapedOutlines(full, unseen));
    }, 60_000);
  }

  it('refuses text with no Tibetan in it', async () => {
    await expect(subsetFontFile(FONT_FILES[0] as (typeof FONT_FILES)[number], ['Zhemgang'])).rejects.toThrow(
      'Cannot subset a font to no Tibetan text.',
    );
  });
});

describe('scriptRuns', () => {
  it('cuts where the script changes; spaces, digits and punctuation stay with the text around them', () => {
    expect(scriptRuns('Dzongpen ཨིན་རུང་ 2026 ལོ།')).toEqual([
      { text: 'Dzongpen ', script: 'Latn' },
      { text: 'ཨིན་རུང་ 2026 ལོ།', script: 'Tibt' },
    ]);
    // Leading Common characters join the first script; a closing bracket takes its opening bracket's script.
    expect(scriptRuns('« ཐིམ་ཕུ (Thimphu) ལུ། »')).toEqual([
      { text: '« ཐིམ་ཕུ (', script: 'Tibt' },
      { text: 'Thimphu', script: 'Latn' },
      { text: ') ལུ། »', script: 'Tibt' },
    ]);
    expect(scriptRuns('2026 — ?')).toEqual([{ text: '2026 — ?', script: undefined }]);
  });
});

describe('text that mixes scripts', () => {
  const mixed = mixedScriptLines();

  it('keeps the glyphs of the Dzongkha in a paragraph that begins with a Latin word', async () => {
    const sfnt = await readWoff2AsSfnt(fontPath(FONT_FILES[0] as (typeof FONT_FILES)[number]));
    const paragraph = 'Dzongpen ཨིན་རུང་';
    const dzongkhaOnly = shapedGlyphs(sfnt, ['ཨིན་རུང་']);
    const kept = shapedGlyphs(sfnt, [paragraph]);
    expect([...dzongkhaOnly].filter((glyph) => !kept.has(glyph))).toEqual([]);
    expect(kept.size).toBeGreaterThan(dzongkhaOnly.size);
  });

  for (const file of FONT_FILES) {
    it(`${file.family}: a subset of mixed paragraphs shapes their Dzongkha to the full font's glyphs`, async () => {
      const full = await decompress(readFileSync(fontPath(file)));
      const subset = await decompress(
        await subsetFontFile(
          file,
          mixed.map(({ line }) => line),
        ),
      );
      for (const part of mixed.flatMap(({ dzongkha }) => dzongkha)) {
        expect(shapedOutlines(subset, part)).toEqual(shapedOutlines(full, part));
      }
    }, 60_000);
  }
});

describe('subsetSite', () => {
  it('writes subsets for the text the site uses, declared after the full fonts', async () => {
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

  it('reuses a cached subset when the text has not changed, and makes a new one when it has', async () => {
    const cacheDir = join(work, 'cache');
    const site = join(work, 'cached');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), '<html lang="dz"><p>འབྲུག་རྒྱལ་ཁབ།</p></html>');
    const first = await subsetSite(site, { cacheDir });
    const cached = readdirSync(cacheDir);
    expect(cached).toHaveLength(FONT_FILES.length);
    // Mark the cached files: a second build that reads the cache writes the marked bytes.
    for (const name of cached)
      writeFileSync(join(cacheDir, name), Buffer.concat([readFileSync(join(cacheDir, name)), Buffer.from('cached')]));
    const second = await subsetSite(site, { cacheDir });
    expect(second.files.map((file) => file.bytes)).toEqual(first.files.map((file) => file.bytes + 6));
    writeFileSync(join(site, 'index.html'), '<html lang="dz"><p>འབྲུག་རྒྱལ་ཁབ། རྫོང་ཁ།</p></html>');
    await subsetSite(site, { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(2 * FONT_FILES.length);
  }, 30_000);

  it('declares the full Jomolhari as the editable family for form fields', async () => {
    const site = join(work, 'editable');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), `<html lang="dz"><p>${SAMPLE}</p></html>`);
    const css = readFileSync((await subsetSite(site, { cacheDir: false })).css, 'utf8');
    expect(css).toMatch(
      new RegExp(
        `font-family: '${EDITABLE_FAMILY}';[^}]*src: url\\('files/jomolhari-tibetan-400-normal\\.woff2'\\)[^}]*unicode-range: U\\+0F00-0FFF;`,
      ),
    );
  }, 30_000);

  it('says what is wrong with a folder that has no built pages', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    await expect(subsetSite(empty)).rejects.toThrow(`No .html files in ${empty}: run the site build first.`);
  });
});
