import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preloadDzongkhaFont } from '../src/build/font-preload.ts';

const dist = mkdtempSync(join(tmpdir(), 'druk-preload-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const page = (lang: string) =>
  `<!DOCTYPE html><html lang="${lang}" dir="ltr"><head><title>t</title><link rel="stylesheet" href="/_fonts/druk-fonts.css"></head><body></body></html>`;

describe('preloadDzongkhaFont', () => {
  it('preloads the subset on Dzongkha pages only, before the font stylesheet', () => {
    mkdirSync(join(dist, 'dz'), { recursive: true });
    mkdirSync(join(dist, 'en'), { recursive: true });
    writeFileSync(join(dist, 'dz/index.html'), page('dz'));
    writeFileSync(join(dist, 'en/index.html'), page('en'));
    const url = '/_fonts/files/jomolhari-tibetan-400-normal-subset-0123456789.woff2';
    expect(preloadDzongkhaFont(dist, ['dz/index.html', 'en/index.html'], url)).toBe(1);
    expect(readFileSync(join(dist, 'dz/index.html'), 'utf8')).toContain(
      `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin><link rel="stylesheet" href="/_fonts/druk-fonts.css">`,
    );
    expect(readFileSync(join(dist, 'en/index.html'), 'utf8')).toBe(page('en'));
  });
});
