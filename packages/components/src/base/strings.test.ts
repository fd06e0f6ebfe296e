import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DZONGKHA_JSON, dzongkhaJson } from '../../scripts/dzongkha.ts';
import {
  catalogueText,
  dzongkhaPending,
  fillPlaceholders,
  overrideAttribute,
  registerBilingualStrings,
  registerStrings,
} from './strings.ts';
import { toComponentLang } from './lang.ts';

describe('component strings', () => {
  it('derives the override attribute from the id', () => {
    expect(overrideAttribute('masthead.how-you-know')).toBe('text-how-you-know');
    expect(overrideAttribute('footer.updated')).toBe('text-updated');
  });

  it('looks up registered strings by language and refuses unregistered ones', () => {
    registerBilingualStrings({ 'footer.sitemap': { en: 'Sitemap', dz: 'ཝེབ་སའིཊ་ས་ཁྲ།' } });
    expect(catalogueText('footer.sitemap', 'dz')).toBe('ཝེབ་སའིཊ་ས་ཁྲ།');
    expect(() => catalogueText('tabs.label', 'en')).toThrow('String "tabs.label" is not registered');
  });

  it('answers Dzongkha with English until the Dzongkha, fetched on the first ask, is loaded', async () => {
    // Node's fetch reads no files: this one serves the JSON beside the module, the address a bundler keeps.
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => {
      fetched.push(url.href);
      return Promise.resolve(new Response(readFileSync(url)));
    });
    registerStrings({ 'contents-list.label': 'On this page' });
    expect(catalogueText('contents-list.label', 'dz')).toBe('On this page');
    const loading = dzongkhaPending();
    expect(loading).toBeInstanceOf(Promise);
    expect(dzongkhaPending()).toBe(loading);
    await loading;
    expect(dzongkhaPending()).toBeUndefined();
    expect(catalogueText('contents-list.label', 'dz')).toBe('ཤོག་ལེབ་འདི་ནང་།');
    expect(catalogueText('contents-list.label', 'en')).toBe('On this page');
    expect(fetched).toEqual([new URL('./dzongkha.json', import.meta.url).href]);
    vi.unstubAllGlobals();
  });

  it('fetches a dzongkha.json that matches the catalogue (node scripts/dzongkha.ts rewrites it)', () => {
    expect(readFileSync(DZONGKHA_JSON, 'utf8')).toBe(dzongkhaJson());
  });

  it('fills placeholders and names a missing one', () => {
    expect(fillPlaceholders('Page {page}', { page: '༣' })).toBe('Page ༣');
    expect(() => fillPlaceholders('Page {page}')).toThrow('Missing value for placeholder {page}');
  });

  it('maps language tags to the two catalogue languages', () => {
    expect(['dz', 'dz-BT', 'DZ', 'en', 'en-GB', '', null].map(toComponentLang)).toEqual([
      'dz',
      'dz',
      'dz',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});
