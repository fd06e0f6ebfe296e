import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DescriptionError, fieldName, parseDescription } from './description.ts';

const EXAMPLE = readFileSync(new URL('../examples/site.yaml', import.meta.url), 'utf8');

/** The problems parseDescription reports for `text` (none when it is valid). */
function problems(text: string, file = 'site.yaml'): string[] {
  try {
    parseDescription(text, file);
    return [];
  } catch (error) {
    if (error instanceof DescriptionError) return error.problems;
    throw error;
  }
}

const MINIMAL = `agency: { en: Ministry of Health, dz: གསོ་བ་ལྷན་ཁག }
languages: { en: /en/, dz: /dz/ }
`;

describe('parseDescription', () => {
  it('reads the example description, with per-language URLs and defaults filled in', () => {
    const site = parseDescription(EXAMPLE, 'site.yaml');
    expect(site.agency).toEqual({ en: 'Yulsum Dzongkhag Administration', dz: 'ཡུལ་གསུམ་རྫོང་ཁག་བདག་སྐྱོང་།' });
    expect(site.navigation).toHaveLength(5);
    expect(site.navigation[2]).toEqual({
      label: { en: 'Services', dz: 'ཞབས་ཏོག' },
      href: { en: '/en/services/', dz: '/dz/services/' },
    });
    expect(site.footer.phone).toBe('+975 3 741 100');
    expect(site.updated).toBe('2026-11-20');
    expect(site.main).toBe('main');
  });

  it('reads JSON, takes one URL for both languages, and drops a trailing slash from the assets path', () => {
    const site = parseDescription(
      JSON.stringify({
        agency: { en: 'Ministry of Health', dz: 'གསོ་བ་ལྷན་ཁག' },
        languages: { en: '/en/', dz: '/dz/' },
        navigation: [{ label: { en: 'Portal', dz: 'དྲྭ་ཚིགས' }, href: 'https://www.gov.bt/' }],
        assets: '/themes/health/druk/',
      }),
      'site.json',
    );
    expect(site.navigation[0]?.href).toEqual({ en: 'https://www.gov.bt/', dz: 'https://www.gov.bt/' });
    expect(site.assets).toBe('/themes/health/druk');
    expect(site.footer).toEqual({ links: [] });
  });

  it('names the file, the line and the field of every problem, all at once', () => {
    const text = `${MINIMAL}navigation:
  - label: { en: Home }
    href: javascript:alert(1)
  - label: { en: News, dz: གསར་འགྱུར། }
footer:
  phone: call us
  email: webmaster at health
updated: 20/11/2026
colour: red
`;
    // In the order of the file, whatever order the checks run in.
    expect(problems(text, 'themes/health/site.yaml')).toEqual([
      'themes/health/site.yaml:4: navigation[1].label.dz: missing; expected the Dzongkha text',
      'themes/health/site.yaml:5: navigation[1].href: "javascript:alert(1)" is not a web address (a path such as /en/about or an https:// URL)',
      'themes/health/site.yaml:6: navigation[2].href: missing; expected a URL',
      'themes/health/site.yaml:8: footer.phone: "call us" is not a telephone number such as +975 2 322 602',
      'themes/health/site.yaml:9: footer.email: "webmaster at health" is not an e-mail address',
      'themes/health/site.yaml:10: updated: "20/11/2026" is not a date written YYYY-MM-DD, such as 2026-11-20',
      'themes/health/site.yaml:11: colour: unknown field; expected one of agency, lineage, logo, languages, navigation, footer, updated, assets, main',
    ]);
  });

  it('requires the agency in both languages, the Dzongkha in Dzongkha script, and both home pages', () => {
    expect(problems('agency: { en: Ministry of Health, dz: Ministry of Health }\nlanguages: { en: /en/ }\n')).toEqual([
      'site.yaml:1: agency.dz: expected the name in Dzongkha script',
      'site.yaml:2: languages.dz: missing; expected a URL',
    ]);
    expect(problems('')).toEqual([
      'site.yaml:1: expected a mapping with agency, lineage, logo, languages, navigation, footer, updated, assets, main',
    ]);
  });

  it('rejects a date that does not exist and an id the skip link cannot jump to', () => {
    expect(problems(`${MINIMAL}updated: 2026-02-30\nmain: '#main'\n`)).toEqual([
      'site.yaml:3: updated: "2026-02-30" is not a date written YYYY-MM-DD, such as 2026-11-20',
      'site.yaml:4: main: "#main" is not an id (no spaces, no #), e.g. main',
    ]);
  });

  it('gives the line of a YAML syntax error and of a repeated field', () => {
    expect(problems(`${MINIMAL}main: id: main\nupdated: 2026-11-20\n`)).toEqual([
      'site.yaml:3: Nested mappings are not allowed in compact mappings',
    ]);
    expect(problems(`${MINIMAL}agency: { en: Again, dz: ཡང་ }\n`)).toEqual(['site.yaml:3: Map keys must be unique']);
  });
});

describe('fieldName', () => {
  it('writes list positions from 1, as people count', () => {
    expect(fieldName(['footer', 'links', 0, 'label', 'dz'])).toBe('footer.links[1].label.dz');
  });
});
