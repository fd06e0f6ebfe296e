import { afterEach, describe, expect, it } from 'vitest';
import {
  createTranslator,
  defineOverrides,
  interpolate,
  resolveLang,
  reviewPending,
  setSiteOverrides,
  translate,
} from './translate.ts';
import type { MessageKey } from './catalogue/index.ts';

afterEach(() => setSiteOverrides({}));

describe('translate', () => {
  it('returns the string in the requested language', () => {
    expect(translate('language.dz', 'en')).toBe('Dzongkha');
    expect(translate('language.dz', 'dz')).toBe('རྫོང་ཁ');
  });

  it('fails clearly on an id that is not in the catalogue', () => {
    expect(() => translate('no.such-id' as MessageKey, 'en')).toThrow(/Unknown string id "no.such-id"/);
  });

  it('lets a site override a string, and a call override win over the site', () => {
    setSiteOverrides({ 'common.search': { en: 'Search this site' } });
    expect(translate('common.search', 'en')).toBe('Search this site');
    // Only English was overridden: Dzongkha still comes from the catalogue.
    expect(translate('common.search', 'dz')).toBe('འཚོལ་ཞིབ།');
    const local = defineOverrides({ 'common.search': { en: 'Find a service' } });
    expect(translate('common.search', 'en', undefined, local)).toBe('Find a service');
    expect(createTranslator('en', local)('common.search')).toBe('Find a service');
  });

  it('rejects overrides of unknown ids, languages and placeholders', () => {
    expect(() => defineOverrides({ 'common.serch': { en: 'x' } })).toThrow(/Unknown string id "common.serch"/);
    expect(() => defineOverrides({ 'common.search': { fr: 'x' } as never })).toThrow(/language "fr"/);
    expect(() => defineOverrides({ 'common.search': { en: 'Search {site}' } })).toThrow(/uses \{site\}/);
  });
});

describe('interpolate', () => {
  it('fills placeholders and rejects a missing value', () => {
    expect(interpolate('{count} files', { count: 3 })).toBe('3 files');
    expect(() => interpolate('{count} files', {}, 'x.y')).toThrow('Missing value for {count} in "x.y".');
  });
});

describe('resolveLang', () => {
  it('maps language tags to a catalogue language', () => {
    expect(resolveLang('dz')).toBe('dz');
    expect(resolveLang('dz-BT')).toBe('dz');
    expect(resolveLang('DZ')).toBe('dz');
    expect(resolveLang('en-GB')).toBe('en');
    expect(resolveLang('')).toBe('en');
    expect(resolveLang(null)).toBe('en');
    expect(resolveLang('dzo')).toBe('en');
  });
});

describe('reviewPending', () => {
  it('lists the Dzongkha still to be checked, and not the CLDR-sourced names', () => {
    const pending = reviewPending();
    expect(pending).toContain('masthead.official');
    expect(pending).not.toContain('language.dz');
  });
});
