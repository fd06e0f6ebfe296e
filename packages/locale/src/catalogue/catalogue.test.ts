import { describe, expect, it } from 'vitest';
import { LANGS, type CatalogueEntry } from '../types.ts';
import { catalogue, domains } from './index.ts';

const TIBETAN = /[\u0F00-\u0FFF]/;
const PLACEHOLDER = /\{([a-zA-Z0-9_]+)\}/g;
const names = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('string catalogue', () => {
  const entries = Object.entries(catalogue) as [string, CatalogueEntry][];

  it('has every id in every language, non-empty', () => {
    const incomplete = entries.filter(([, entry]) => LANGS.some((lang) => !entry[lang]?.trim()));
    expect(incomplete.map(([key]) => key)).toEqual([]);
  });

  it('has Dzongkha in Tibetan script, not a copy of the English', () => {
    const untranslated = entries.filter(([, entry]) => !TIBETAN.test(entry.dz) || entry.dz === entry.en);
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = entries.filter(([, entry]) => names(entry.en).join() !== names(entry.dz).join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('has no id in two domains (a merge would silently drop one)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [domain, strings] of Object.entries(domains)) {
      for (const key of Object.keys(strings)) {
        if (seen.has(key)) duplicates.push(`${key} (${seen.get(key)}, ${domain})`);
        seen.set(key, domain);
      }
    }
    expect(duplicates).toEqual([]);
    expect(seen.size).toBe(entries.length);
  });

  it('uses dotted lower-case ids', () => {
    const bad = entries.map(([key]) => key).filter((key) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(key));
    expect(bad).toEqual([]);
  });

  it('is stored in NFC, so lookups and comparisons are stable', () => {
    const notNfc = entries.filter(([, e]) => e.en !== e.en.normalize('NFC') || e.dz !== e.dz.normalize('NFC'));
    expect(notNfc.map(([key]) => key)).toEqual([]);
  });
});
