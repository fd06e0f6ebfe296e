import { describe, expect, it } from 'vitest';
import { accentCss, validateSiteConfig } from '../src/config.ts';
import { DrukValidationError } from '../src/validation.ts';
import { sampleConfig } from './fixtures.ts';

function errorOf(config: unknown): DrukValidationError {
  try {
    validateSiteConfig(config);
  } catch (error) {
    if (error instanceof DrukValidationError) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('site.config.ts validation', () => {
  it('accepts a minimal config and fills in the defaults', () => {
    const config = validateSiteConfig(sampleConfig());
    expect(config.url).toBe('https://example.gov.bt/');
    expect(config.defaultLang).toBe('en');
    expect(config.analytics.enabled).toBe(false);
    expect(config.markdownHtml).toBe(false);
    expect(Object.values(config.sections).every(Boolean)).toBe(true);
  });

  it('names the file and the field of a wrong value', () => {
    const config = sampleConfig();
    config.contact.phone = '17123456';
    const error = errorOf(config);
    expect(error.message).toContain('site.config.ts');
    expect(error.message).toContain('contact.phone: write the number with +975');
    expect(error.fields).toEqual(['contact.phone']);
  });

  it('accepts a navigation of links and sub-menus, labelled in both languages', () => {
    const navigation = [
      { label: { en: 'About', dz: 'སྐོར།' }, items: [{ label: { en: 'Divisions', dz: 'ལས་སྡེ།' }, href: 'divisions/' }] },
      { label: { en: 'Portal', dz: 'འཛུལ་སྒོ།' }, href: 'https://citizenservices.gov.bt/' },
    ];
    expect(validateSiteConfig({ ...sampleConfig(), navigation }).navigation).toEqual(navigation);
    expect(validateSiteConfig(sampleConfig()).navigation).toBeUndefined();
  });

  it('names each wrong navigation item: a language missing, a link with the language in it, both href and items', () => {
    const error = errorOf({
      ...sampleConfig(),
      navigation: [
        { label: { en: 'News' }, href: 'news/' },
        { label: { en: 'Services', dz: 'ཞབས་ཏོག' }, href: '/en/services/' },
        { label: { en: 'About', dz: 'སྐོར།' }, href: 'about/', items: [{ label: { en: 'A', dz: 'ཀ' }, href: 'about/' }] },
        { label: { en: 'Empty', dz: 'སྟོང་པ།' }, items: [] },
      ],
    });
    expect(error.fields).toEqual(
      expect.arrayContaining(['navigation[0].label.dz', 'navigation[1].href', 'navigation[2]', 'navigation[3].items']),
    );
    expect(error.message).toContain("write a page of this site without the language, e.g. 'services/'");
    expect(error.message).toContain('give either href (a link) or items (a sub-menu), not both');
  });

  it('lists every wrong field at once', () => {
    const config = { ...sampleConfig(), url: 'http://example.gov.bt', accent: 'red' };
    config.name = { en: 'Example', dz: '' };
    expect(errorOf(config).fields.sort()).toEqual(['accent', 'name.dz', 'url']);
  });

  it('rejects a misspelt key instead of ignoring it, and suggests the field it meant', () => {
    const error = errorOf({ ...sampleConfig(), sectoins: {} });
    expect(error.message).toContain('sectoins: there is no such field; did you mean sections?');
    const { shortName, ...rest } = sampleConfig();
    const renamed = errorOf({ ...rest, shortname: shortName });
    expect(renamed.message).toContain('shortname: there is no such field; did you mean shortName?');
    expect(renamed.message).toContain('shortName: is missing');
    // Inside a group too, with the group's own fields.
    const contact = { ...sampleConfig().contact, emial: 'a@b.bt' };
    expect(errorOf({ ...sampleConfig(), contact }).message).toMatch(
      /contact\.emial: there is no such field; did you mean email\? The fields here are: address, postcode/,
    );
  });

  it('reads in plain words: a missing group is "missing", and no stack trace follows the message', () => {
    const { contact: _contact, ...withoutContact } = sampleConfig();
    const error = errorOf(withoutContact);
    expect(error.message).toBe(
      'site.config.ts has a problem:\n  - contact: is missing: add this field (Invalid input: expected object, received undefined)',
    );
    expect(error.stack).toBe(`DrukValidationError: ${error.message}`);
  });

  it('suggests nothing for a key unlike any field', () => {
    expect(errorOf({ ...sampleConfig(), colour: 'red' }).message).toContain('colour: there is no such field. The');
  });

  it('rejects unknown sections and a non-boolean switch', () => {
    expect(errorOf({ ...sampleConfig(), sections: { blog: true } }).message).toMatch(/blog/);
    expect(errorOf({ ...sampleConfig(), sections: { news: 'no' } }).fields).toEqual(['sections.news']);
  });

  it('needs an analytics script address when analytics is switched on', () => {
    expect(errorOf({ ...sampleConfig(), analytics: { enabled: true } }).fields).toEqual(['analytics.scriptUrl']);
  });

  it('gives the analytics script only data-* attributes, so no setting can add an event handler', () => {
    const onload = { enabled: true, scriptUrl: 'https://stats.example.gov.bt/s.js', attributes: { onload: 'x()' } };
    expect(errorOf({ ...sampleConfig(), analytics: onload }).fields).toEqual(['analytics.attributes.onload']);
  });

  it('rejects an accent colour that white text cannot be read on, and themes a good one', () => {
    const error = errorOf({ ...sampleConfig(), accent: '#ffd520' });
    expect(error.fields).toEqual(['accent']);
    expect(error.message).toMatch(/contrast/);
    expect(accentCss('#1d4f91')).toMatch(/--druk-color-accent: #1d4f91;[\s\S]*--druk-color-on-accent: #ffffff;/);
  });

  it('rejects a logo that is not SVG or PNG', () => {
    expect(errorOf({ ...sampleConfig(), logo: 'logo.gif' }).fields).toEqual(['logo']);
  });
});
