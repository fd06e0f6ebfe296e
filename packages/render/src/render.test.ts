import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDescription } from './description.ts';
import { headFragment, renderFragments, type Fragments } from './render.ts';

const site = parseDescription(readFileSync(new URL('../examples/site.yaml', import.meta.url), 'utf8'), 'site.yaml');
let fragments: Fragments;

beforeAll(async () => {
  fragments = await renderFragments(site);
});

/** The text a reader sees in a fragment: its markup without tags, styles and template comments. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The markup without Lit's hydration comments, white space collapsed: what the regular expressions read. */
function markup(html: string): string {
  return html.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
}

/** The opening tag of each druk-* element, with its attributes decoded. */
function attributes(html: string, tag: string): Record<string, string> {
  const opening = new RegExp(`<${tag}\\s([^>]*)>`).exec(html)?.[1] ?? '';
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&amp;/g, '&');
  return Object.fromEntries(
    [...opening.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, decode(value!)]),
  );
}

describe('renderFragments', () => {
  it('renders every part in both languages with a declarative shadow root per element', () => {
    const expected = { masthead: 2, header: 2, navigation: 1, footer: 1 };
    for (const lang of ['en', 'dz'] as const) {
      for (const [part, roots] of Object.entries(expected)) {
        const html = fragments[lang][part as keyof typeof expected];
        expect(html.match(/<template shadowroot="open" shadowrootmode="open">/g), `${lang} ${part}`).toHaveLength(
          roots,
        );
        // Every element says its language: a fragment has no page around it on the server.
        for (const [, tag, lang2] of html.matchAll(/<(druk-[a-z-]+)\s[^>]*?lang="(\w+)"/g))
          expect(lang2, tag).toBe(lang);
      }
    }
  });

  it('writes the English chrome in English, linking to the English pages', () => {
    const { masthead, navigation, footer } = fragments.en;
    const header = markup(fragments.en.header);
    expect(visibleText(masthead)).toContain('An official website of the Royal Government of Bhutan');
    expect(attributes(masthead, 'druk-skip-link').href).toBe('#main');
    expect(visibleText(header)).toContain('Yulsum Dzongkhag Administration');
    expect(visibleText(header)).toContain('Ministry of Home Affairs');
    expect(attributes(header, 'druk-header')).toMatchObject({ home: '/en/', 'logo-alt': 'Emblem of Yulsum Dzongkhag' });
    expect(header).toMatch(/<a[^>]*href="\/en\/"[^>]*aria-current="true"[^>]*>English<\/a ?>/);
    expect(header).toMatch(/<a[^>]*href="\/dz\/"[^>]*lang="dz"[^>]*hreflang="dz"[^>]*rel="alternate"[^>]*>རྫོང་ཁ<\/a ?>/);
    expect(JSON.parse(attributes(navigation, 'druk-navigation').items!)).toContainEqual({
      label: 'Services',
      href: '/en/services/',
    });
    expect(markup(navigation)).toMatch(/<a part="link" href="\/en\/services\/"[^>]*>Services<\/a>/);
    expect(visibleText(footer)).toContain('20 November 2026');
    expect(markup(footer)).toMatch(/href="tel:\+9753741100"/);
    expect(markup(footer)).toMatch(/<a href="\/en\/privacy\/"[^>]*>Privacy policy<\/a>/);
    expect(markup(footer)).toMatch(/<a href="\/en\/sitemap\/"[^>]*>Sitemap<\/a>/);
  });

  it('writes the Dzongkha chrome in Dzongkha, with Tibetan digits and the Dzongkha name first', () => {
    const { masthead, navigation, footer } = fragments.dz;
    const header = markup(fragments.dz.header);
    expect(visibleText(masthead)).toContain('འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།');
    expect(visibleText(header).indexOf('ཡུལ་གསུམ་རྫོང་ཁག་བདག་སྐྱོང་།')).toBeLessThan(
      visibleText(header).indexOf('Yulsum Dzongkhag Administration'),
    );
    expect(visibleText(header)).toContain('ནང་སྲིད་ལྷན་ཁག');
    expect(header).toMatch(/<a[^>]*href="\/dz\/"[^>]*aria-current="true"[^>]*>རྫོང་ཁ<\/a ?>/);
    expect(header).toMatch(/<a[^>]*href="\/en\/"[^>]*rel="alternate"[^>]*>English<\/a ?>/);
    expect(markup(navigation)).toMatch(/<a part="link" href="\/dz\/services\/"[^>]*>ཞབས་ཏོག<\/a>/);
    expect(visibleText(footer)).toContain('སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༠');
    expect(visibleText(footer)).toContain('རྫོང་ཁག་བདག་སྐྱོང་། ཡུལ་གསུམ་རྫོང་། ༣༤༠༠༡');
    expect(markup(footer)).toMatch(/<a href="\/dz\/privacy\/"[^>]*>སྒེར་གྱི་གསང་བའི་སྲིད་བྱུས།<\/a>/);
    expect(visibleText(footer)).not.toContain('Privacy policy');
  });

  it('escapes what the description says, so a label cannot write markup', async () => {
    const hostile = {
      ...site,
      navigation: [{ label: { en: '<img src=x onerror=alert(1)>', dz: 'ཞབས་ཏོག' }, href: { en: '/"x', dz: '/dz/' } }],
    };
    const navigation = (await renderFragments(hostile)).en.navigation;
    expect(navigation).not.toContain('<img');
    expect(navigation).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(navigation).toContain('href="/&quot;x"');
  });
});

describe('headFragment', () => {
  it('links the tokens, the fonts and the hydration script under the assets path', () => {
    expect(headFragment({ assets: '/themes/health/druk' }).split('\n')).toEqual([
      '<link rel="stylesheet" href="/themes/health/druk/tokens.css">',
      '<link rel="stylesheet" href="/themes/health/druk/fonts/druk-fonts.css">',
      '<script type="module" src="/themes/health/druk/druk-chrome.js"></script>',
    ]);
  });
});
