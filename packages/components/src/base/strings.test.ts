import { describe, expect, it } from 'vitest';
import { catalogueText, fillPlaceholders, overrideAttribute, registerStrings } from './strings.ts';
import { toComponentLang } from './lang.ts';

describe('component strings', () => {
  it('derives the override attribute from the id', () => {
    expect(overrideAttribute('masthead.how-you-know')).toBe('text-how-you-know');
    expect(overrideAttribute('footer.updated')).toBe('text-updated');
  });

  it('looks up registered strings by language and refuses unregistered ones', () => {
    registerStrings({ 'footer.sitemap': { en: 'Sitemap', dz: 'ཝེབ་སའིཊ་ས་ཁྲ།' } });
    expect(catalogueText('footer.sitemap', 'dz')).toBe('ཝེབ་སའིཊ་ས་ཁྲ།');
    expect(() => catalogueText('tabs.label', 'en')).toThrow('String "tabs.label" is not registered');
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
