// The fragments: each part of the government chrome server-rendered with @druk/components/ssr, so that
// its shadow DOM is a declarative <template shadowrootmode="open"> the browser shows without JavaScript.
import { renderToString } from '@druk/components/ssr';
import { LANGS, type Lang, type NavigationItem, type SiteDescription } from './description.ts';

/** The chrome's elements, in the order the client script must define them (after the hydration support). */
export const CHROME_MODULES = [
  '@druk/components/skip-link',
  '@druk/components/masthead',
  '@druk/components/header',
  '@druk/components/language-switcher',
  '@druk/components/navigation',
  '@druk/components/footer',
] as const;

/** The parts a theme includes in each page, one fragment file per language each. */
export const PARTS = ['masthead', 'header', 'navigation', 'footer'] as const;
export type Part = (typeof PARTS)[number];

/** The files of the assets folder the fragments link to (see writeFragments). */
export const ASSET_FILES = {
  tokens: 'tokens.css',
  fonts: 'fonts/druk-fonts.css',
  script: 'druk-chrome.js',
} as const;

export type Fragments = Record<Lang, Record<Part, string>>;

let chromeDefined: Promise<unknown> | undefined;

/** Defines the chrome's elements on the server (once): renderToString needs their classes. */
function defineChrome(): Promise<unknown> {
  chromeDefined ??= Promise.all(CHROME_MODULES.map((module) => import(module)));
  return chromeDefined;
}

function links(items: NavigationItem[], lang: Lang): string {
  return JSON.stringify(items.map((item) => ({ label: item.label[lang], href: item.href[lang] })));
}

/**
 * The `<head>` lines every page that includes the fragments needs: the tokens (custom properties only,
 * so the theme's own CSS is untouched), the Tibetan fonts, and the script that hydrates the fragments.
 */
export function headFragment(site: Pick<SiteDescription, 'assets'>): string {
  const url = (file: string) => `${site.assets}/${file}`;
  return [
    `<link rel="stylesheet" href="${url(ASSET_FILES.tokens)}">`,
    `<link rel="stylesheet" href="${url(ASSET_FILES.fonts)}">`,
    `<script type="module" src="${url(ASSET_FILES.script)}"></script>`,
  ].join('\n');
}

async function renderPart(site: SiteDescription, part: Part, lang: Lang): Promise<string> {
  switch (part) {
    case 'masthead':
      // The skip link comes first in <body>, then the masthead.
      return (
        (await renderToString('druk-skip-link', { lang, attributes: { href: `#${site.main}` } })) +
        (await renderToString('druk-masthead', { lang }))
      );
    case 'header': {
      const versions = LANGS.map((version) => ({ lang: version, href: site.languages[version] }));
      const switcher = await renderToString('druk-language-switcher', {
        lang,
        attributes: { slot: 'language', versions: JSON.stringify(versions) },
      });
      return renderToString('druk-header', {
        lang,
        attributes: {
          agency: site.agency.en,
          'agency-dz': site.agency.dz,
          lineage: site.lineage?.[lang],
          home: site.languages[lang],
          'logo-src': site.logo?.src,
          'logo-alt': site.logo?.alt[lang],
        },
        content: switcher,
      });
    }
    case 'navigation':
      return renderToString('druk-navigation', { lang, attributes: { items: links(site.navigation, lang) } });
    case 'footer': {
      const { footer } = site;
      return renderToString('druk-footer', {
        lang,
        attributes: {
          agency: site.agency[lang],
          address: footer.address?.[lang],
          phone: footer.phone,
          email: footer.email,
          updated: site.updated,
          sitemap: footer.sitemap?.[lang],
          links: links(footer.links, lang),
        },
      });
    }
  }
}

/** Every part in every language, as HTML with declarative shadow DOM. */
export async function renderFragments(site: SiteDescription): Promise<Fragments> {
  await defineChrome();
  const fragments = {} as Fragments;
  for (const lang of LANGS) {
    fragments[lang] = {} as Record<Part, string>;
    for (const part of PARTS) fragments[lang][part] = await renderPart(site, part, lang);
  }
  return fragments;
}
